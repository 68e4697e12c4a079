// The app's email entry points, bound to the environment: the service-role client, Resend with
// RESEND_API_KEY (and RESEND_BASE_URL, the local sink in development) and EMAIL_FROM.
import { Resend } from 'resend';
import { env } from '$env/dynamic/private';
import { emailFrom } from '../config';
import { createAdminClient } from '../supabase-admin';
import {
	deliverDue as deliverDueWith,
	enqueueEmail as enqueueWith,
	type DeliveryReport,
	type OutboxDeps
} from './outbox';
import { resendMailer } from './transport';
import type { EmailMessage, SendResult } from './types';

export type { EmailMessage, SendResult } from './types';
export type { DeliveryReport, EnqueueResult, OutboxDeps } from './outbox';
export { invitationEmail } from './templates/invitation';

let deps: OutboxDeps | null = null;

/** Created on first use: the local stack writes its keys into the environment at start-up. */
export function outboxDeps(): OutboxDeps {
	if (deps) return deps;
	const key = env.RESEND_API_KEY;
	const resend = key ? new Resend(key, { baseUrl: env.RESEND_BASE_URL || undefined }) : null;
	deps = { db: createAdminClient(), mailer: resendMailer(resend, emailFrom()) };
	return deps;
}

/**
 * The single entry point for sending mail: stores the message in the outbox and tries to send it
 * at once. If that fails the outbox runner retries it later (`queued`); it never throws.
 */
export async function sendEmail(message: EmailMessage): Promise<SendResult> {
	let result;
	try {
		result = await enqueueWith(outboxDeps(), message);
	} catch (e) {
		// Only a missing service-role key gets here: enqueueEmail itself never throws.
		const error = e instanceof Error ? e.message : String(e);
		console.error(`Sending email "${message.subject}" failed: ${error}`);
		return { ok: false, queued: false, error };
	}
	if (result.status === 'sent') return { ok: true, id: result.resendId };
	return { ok: false, queued: result.status === 'queued', error: result.error ?? 'not sent yet' };
}

/** Sends what is due; for the periodic runner. */
export function deliverDueEmails(limit = 50): Promise<DeliveryReport> {
	return deliverDueWith(outboxDeps(), { limit });
}
