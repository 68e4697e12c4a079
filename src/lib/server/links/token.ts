// Signed links: a token that says "this subject may do this one thing until then", for links in
// emails that work without signing in (unsubscribe, follow-up answers). HMAC-SHA256 over the
// payload with a server secret; the purpose is part of the signed payload, so a token made for
// one purpose never passes for another. Single-use is up to the consumer: it checks the state it
// changes (an answered question, a kind already set to never).
//
// Token: base64url(JSON payload) "." base64url(HMAC-SHA256(secret, "beursvloer-link-v1." + payload part))
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkExtra = Record<string, string | number | boolean | null>;

export type VerifiedLink = { subject: string; extra: LinkExtra; expiresAt: Date };

export type LinkFailure = 'forged' | 'expired' | 'wrong_purpose' | 'malformed';

export type VerifyResult = ({ ok: true } & VerifiedLink) | { ok: false; reason: LinkFailure };

/** Purposes are short lower-case words, so they never need escaping and are easy to grep. */
const PURPOSE = /^[a-z][a-z0-9_]{0,39}$/;
/** Emails carry these links; a token much longer than this was not made by us. */
const MAX_TOKEN_LENGTH = 2048;
const DOMAIN = 'beursvloer-link-v1.';
/** A secret shorter than this is a configuration mistake, not a secret. */
export const MIN_SECRET_LENGTH = 32;

type Payload = { p: string; s: string; e: number; x?: LinkExtra };

function mac(secret: string, body: string): Buffer {
	return createHmac('sha256', secret)
		.update(DOMAIN + body)
		.digest();
}

function checkSecret(secret: string) {
	if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) {
		throw new Error(`The link secret must be at least ${MIN_SECRET_LENGTH} characters`);
	}
}

/**
 * Signs a link for `purpose` about `subject` (e.g. a user id, or "user:kind"), valid until
 * `expiresAt` (whole seconds). Returns a url-safe token (base64url and one dot).
 */
export function signLink(
	secret: string,
	purpose: string,
	subject: string,
	expiresAt: Date,
	extra?: LinkExtra
): string {
	checkSecret(secret);
	if (!PURPOSE.test(purpose)) throw new Error(`Invalid link purpose "${purpose}"`);
	if (typeof subject !== 'string' || subject.length === 0) throw new Error('A link needs a subject');
	const e = Math.floor(expiresAt.getTime() / 1000);
	if (!Number.isFinite(e)) throw new Error('A link needs a valid expiry');
	const payload: Payload = { p: purpose, s: subject, e, ...(extra ? { x: extra } : {}) };
	const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
	const token = `${body}.${mac(secret, body).toString('base64url')}`;
	if (token.length > MAX_TOKEN_LENGTH) throw new Error('Link payload too large');
	return token;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function isExtra(value: unknown): value is LinkExtra {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	return Object.values(value).every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
}

/**
 * Checks a token for `purpose`. The signature is checked first (in constant time), so nothing
 * about an unsigned payload is trusted or reported beyond "forged"; then the purpose, then the
 * expiry against `now`.
 */
export function verifyLink(
	secret: string,
	token: unknown,
	purpose: string,
	now: Date = new Date()
): VerifyResult {
	checkSecret(secret);
	if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
		return { ok: false, reason: 'malformed' };
	}
	const parts = token.split('.');
	if (parts.length !== 2 || !BASE64URL.test(parts[0]) || !BASE64URL.test(parts[1])) {
		return { ok: false, reason: 'malformed' };
	}
	const [body, signature] = parts;
	const given = Buffer.from(signature, 'base64url');
	const expected = mac(secret, body);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { ok: false, reason: 'forged' };
	}
	let payload: unknown;
	try {
		payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
	} catch {
		return { ok: false, reason: 'malformed' };
	}
	if (
		typeof payload !== 'object' ||
		payload === null ||
		typeof (payload as Payload).p !== 'string' ||
		typeof (payload as Payload).s !== 'string' ||
		typeof (payload as Payload).e !== 'number' ||
		((payload as Payload).x !== undefined && !isExtra((payload as Payload).x))
	) {
		return { ok: false, reason: 'malformed' };
	}
	const { p, s, e, x } = payload as Payload;
	if (p !== purpose) return { ok: false, reason: 'wrong_purpose' };
	if (now.getTime() >= e * 1000) return { ok: false, reason: 'expired' };
	return { ok: true, subject: s, extra: x ?? {}, expiresAt: new Date(e * 1000) };
}
