// Signed links bound to the server's secret LINK_SECRET (the local stack generates one; a
// deployment must set it: without it nothing is signed or verified, rather than with a guessable
// default). The pure functions live in token.ts, for tests and scripts that bring their own secret.
import { env } from '$env/dynamic/private';
import { MIN_SECRET_LENGTH, signLink, verifyLink, type LinkExtra, type VerifyResult } from './token';

export type { LinkExtra, LinkFailure, VerifiedLink, VerifyResult } from './token';
export { signLink, verifyLink } from './token';

/** The secret, or an error: a missing or short LINK_SECRET stops signing instead of weakening it. */
export function linkSecret(): string {
	const secret = env.LINK_SECRET;
	if (!secret || secret.length < MIN_SECRET_LENGTH) {
		throw new Error(
			`LINK_SECRET is not set (or shorter than ${MIN_SECRET_LENGTH} characters): signed links in emails need it`
		);
	}
	return secret;
}

/** A url-safe token for `purpose` about `subject`, valid until `expiresAt`. */
export function sign(purpose: string, subject: string, expiresAt: Date, extra?: LinkExtra): string {
	return signLink(linkSecret(), purpose, subject, expiresAt, extra);
}

/** The token's subject and extra if it is ours, for this purpose and not expired; else why not. */
export function verify(token: unknown, purpose: string, now?: Date): VerifyResult {
	return verifyLink(linkSecret(), token, purpose, now);
}
