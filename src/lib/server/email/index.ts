// The app's email entry points, bound to the environment: the service-role client, Resend with
// RESEND_API_KEY (and RESEND_BASE_URL, the local sink in development) and EMAIL_FROM.
import { Resend } from 'resend';
import { env } from '$env/dynamic/private';
import { emailFrom } from '../config';
import { linkSecret } from '../links';
import { createAdminClient } from '../supabase-admin';
import {
	deliverDue as deliverDueWith,
	enqueueEmail as enqueueWith,
	type DeliveryReport,
	type MailDeps,
	type OutboxDeps
} from './outbox';
import { resendMailer } from './transport';
import type { EmailMessage, SendResult } from './types';
import { bundleDailyDigests, type DigestRunReport } from './daily-digest';
import { failedEmails as failedEmailsWith, type FailedEmail } from './failed';
import { readUnsubscribeToken, unsubscribe, unsubscribeExtras, type Unsubscribe } from './unsubscribe';
import type { LinkFailure } from '../links';

export type { EmailMessage, SendResult } from './types';
export type { DeliveryReport, EnqueueResult, MailDeps, OutboxDeps } from './outbox';
export { invitationEmail } from './templates/invitation';
export type { FailedEmail } from './failed';
export type { EmailPreferences } from './preferences';
export { getEmailPreferences, saveEmailPreferences } from './preferences';

/** The app's public address: links in emails point here. Development: the local dev server. */
export function appOrigin(): string {
	return env.ORIGIN || 'http://127.0.0.1:5173';
}

let deps: OutboxDeps | null = null;

/** Created on first use: the local stack writes its keys into the environment at start-up. */
export function outboxDeps(): OutboxDeps {
	if (deps) return deps;
	const key = env.RESEND_API_KEY;
	const resend = key ? new Resend(key, { baseUrl: env.RESEND_BASE_URL || undefined }) : null;
	// Every message of a kind users choose for carries an unsubscribe link. Without LINK_SECRET
	// such a message is not sent (it waits, retried, with the error on its row) rather than sent
	// without a working way out; other mail (invitations) is unaffected.
	const extras = unsubscribeExtras(linkSecret, appOrigin());
	deps = { db: createAdminClient(), mailer: resendMailer(resend, emailFrom()), extras };
	return deps;
}

/** The outbox and the origin for the links of the deal and follow-up emails (routes: the request's). */
export function mailDeps(origin: string = appOrigin()): MailDeps {
	return { outbox: outboxDeps(), origin };
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
	if (result.status === 'queued' || result.status === 'failed') {
		return { ok: false, queued: result.status === 'queued', error: result.error ?? 'not sent yet' };
	}
	return { ok: true, id: null, held: result.status };
}

/** Sends what is due; for the periodic runner. */
export function deliverDueEmails(limit = 50): Promise<DeliveryReport> {
	return deliverDueWith(outboxDeps(), { limit });
}

/** Bundles held messages into daily digests; for the periodic runner. */
export function bundleDailyEmails(): Promise<DigestRunReport> {
	return bundleDailyDigests(outboxDeps(), { origin: appOrigin() });
}

/** Messages of the municipality that failed for good; the caller has checked the admin. */
export function failedEmails(municipalityId: string): Promise<FailedEmail[]> {
	return failedEmailsWith(outboxDeps().db, municipalityId);
}

/** What an unsubscribe link says, without changing anything (the confirmation page). */
export function checkUnsubscribeLink(
	token: string
): { ok: true; value: Unsubscribe } | { ok: false; reason: LinkFailure } {
	return readUnsubscribeToken(linkSecret(), token);
}

/** Turns the link's kind off for its user (the POST of the confirmation page or a mail client). */
export async function unsubscribeByLink(
	token: string
): Promise<{ ok: true; value: Unsubscribe } | { ok: false; reason: LinkFailure }> {
	const checked = checkUnsubscribeLink(token);
	if (!checked.ok) return checked;
	await unsubscribe(outboxDeps().db, checked.value);
	return checked;
}
