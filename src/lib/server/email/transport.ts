import type { Resend } from 'resend';

export type OutgoingEmail = {
	to: string;
	subject: string;
	html: string;
	text: string;
	idempotencyKey: string;
	/** Extra headers (List-Unsubscribe and List-Unsubscribe-Post). */
	headers?: Record<string, string>;
};

export type SendAttempt =
	| { ok: true; id: string | null }
	| { ok: false; error: string; /** retrying cannot help */ permanent: boolean };

/** What the outbox needs from a mail provider; the Resend one in the app, the same against the sink in tests. */
export type Mailer = { send(email: OutgoingEmail): Promise<SendAttempt> };

/** Well under the outbox's claim lease, so a hanging request never outlives its claim. */
const SEND_TIMEOUT_MS = 30_000;

/** Resend's answers that mean the message itself is wrong: sending it again fails again. */
const PERMANENT = new Set([
	'validation_error',
	'invalid_parameter',
	'invalid_from_address',
	'missing_required_field'
]);

/** Another request with the same idempotency key is still running: try again later. */
const CONCURRENT = 'concurrent_idempotent_requests';

/**
 * Whether retrying cannot help: any 4xx but 429 (rate limit) and 409 for a concurrent request
 * with the same key. 5xx, network errors (no status) and timeouts are retried.
 */
export function isPermanent(error: { name?: string; statusCode?: number | null }): boolean {
	const status = error.statusCode ?? null;
	if (status === null) return PERMANENT.has(error.name ?? '');
	if (status === 429 || error.name === CONCURRENT) return false;
	return status >= 400 && status < 500;
}

/**
 * Sends through the Resend SDK with the row's idempotency key, so a retry after a crash between
 * "sent" and "marked sent" is answered with the first result instead of a second email.
 * `resend` is null when no API key is configured: every attempt then fails and is retried.
 */
export function resendMailer(resend: Resend | null, from: string): Mailer {
	return {
		async send(email) {
			if (!resend) return { ok: false, error: 'RESEND_API_KEY is not set', permanent: false };
			try {
				const { data, error } = await resend.emails.send(
					{
						from,
						to: email.to,
						subject: email.subject,
						html: email.html,
						text: email.text,
						...(email.headers ? { headers: email.headers } : {})
					},
					{ idempotencyKey: email.idempotencyKey, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) }
				);
				if (error) {
					return {
						ok: false,
						error: `${'statusCode' in error && error.statusCode ? `${error.statusCode} ` : ''}${error.name}: ${error.message}`,
						permanent: isPermanent(error as { name?: string; statusCode?: number | null })
					};
				}
				return { ok: true, id: data?.id ?? null };
			} catch (e) {
				return { ok: false, error: e instanceof Error ? e.message : String(e), permanent: false };
			}
		}
	};
}
