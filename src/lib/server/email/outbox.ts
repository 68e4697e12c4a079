// The email outbox (table email_outbox): enqueue stores a message and tries it at once;
// deliverDue sends whatever is due, with retries and backoff. Both take their dependencies (a
// service-role client, a mailer, a clock), so the integration tests run this very code against
// the local stack; index.ts binds them to the environment.
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Tables } from '$lib/database.types';
import { nextStep } from './backoff';
import type { Mailer, SendAttempt } from './transport';
import { withFooter, type MessageExtras } from './unsubscribe';
import type { EmailMessage } from './types';

export type AdminClient = SupabaseClient<Database>;
export type OutboxRow = Tables<'email_outbox'>;

/**
 * What the domains that send mail with links take (deals, follow-up): the outbox and the site's
 * origin the links point at. Routes bind it with `mailDeps` from ./index; tests bring their own.
 */
export type MailDeps = { outbox: OutboxDeps; origin: string };

export type OutboxDeps = {
	/** The service-role client: RLS gives nobody else access to the outbox. */
	db: AdminClient;
	mailer: Mailer;
	now?: () => Date;
	/** Headers and footer added at send time (the unsubscribe link); none when left out. */
	extras?: (row: OutboxRow) => MessageExtras | null;
	/** How long a claim holds before another process may take the row over (default 5 minutes). */
	leaseMs?: number;
	/** Waits between attempts (default backoff.ts's schedule); the bench uses short ones. */
	retryDelaysMs?: readonly number[];
};

export type Outcome = {
	id: string;
	outcome: 'sent' | 'retry' | 'failed';
	error: string | null;
	resendId: string | null;
};
export type DeliveryReport = {
	claimed: number;
	sent: number;
	retrying: number;
	failed: number;
	results: Outcome[];
};

export type EnqueueResult =
	| { status: 'sent'; id: string; resendId: string | null }
	/** Not sent on purpose: the recipient chose never (skipped) or the daily digest (held). */
	| { status: 'skipped' | 'held'; id: string }
	| { status: 'queued' | 'failed'; id: string; error: string | null };

const clock = (deps: OutboxDeps) => (deps.now ? deps.now() : new Date());

/**
 * What "due" is measured against when claiming: the database's own clock, unless the caller
 * brings one (tests), so a server whose clock runs behind still finds a row it just stored.
 */
const claimTime = (deps: OutboxDeps) => (deps.now ? deps.now().toISOString() : undefined);

/**
 * Stores the message; the same idempotency key twice stores it once and returns the first row.
 * Due at once: by the database's clock, or by `now` when the caller runs on a clock of its own.
 */
export async function storeEmail(db: AdminClient, message: EmailMessage, now?: Date): Promise<OutboxRow> {
	const key = message.idempotencyKey ?? `${message.kind ?? 'other'}/${randomUUID()}`;
	const { error } = await db.from('email_outbox').upsert(
		{
			municipality_id: message.municipalityId ?? null,
			user_id: message.userId ?? null,
			kind: message.kind ?? 'other',
			to_address: message.to,
			subject: message.subject,
			html: message.html,
			text: message.text,
			idempotency_key: key,
			...(now ? { next_attempt_at: now.toISOString() } : {})
		},
		{ onConflict: 'idempotency_key', ignoreDuplicates: true }
	);
	if (error) throw new Error(`Storing email failed: ${error.message}`);
	const { data, error: readError } = await db
		.from('email_outbox')
		.select('*')
		.eq('idempotency_key', key)
		.single();
	if (readError) throw new Error(`Reading stored email failed: ${readError.message}`);
	return data;
}

/**
 * Claims due rows (all, or only `ids`) and sends them one by one. Another process calling this at
 * the same time claims other rows: the claim RPC skips rows already locked or claimed.
 */
export async function deliverDue(
	deps: OutboxDeps,
	options: { limit?: number; ids?: string[] } = {}
): Promise<DeliveryReport> {
	const { data: rows, error } = await deps.db.rpc('claim_email_outbox', {
		p_limit: options.limit ?? 20,
		p_now: claimTime(deps),
		p_ids: options.ids,
		...(deps.leaseMs !== undefined ? { p_lease: `${Math.max(0, deps.leaseMs) / 1000} seconds` } : {})
	});
	if (error) throw new Error(`Claiming outbox rows failed: ${error.message}`);
	const report: DeliveryReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0, results: [] };
	for (const row of rows) {
		const result = await deliverRow(deps, row);
		report.results.push(result);
		if (result.outcome === 'sent') report.sent++;
		else if (result.outcome === 'retry') report.retrying++;
		else report.failed++;
	}
	return report;
}

async function deliverRow(deps: OutboxDeps, row: OutboxRow): Promise<Outcome> {
	let extras: MessageExtras | null = null;
	let attempt: SendAttempt | null = null;
	try {
		extras = deps.extras?.(row) ?? null;
	} catch (e) {
		// A configuration problem (no LINK_SECRET): try again later, the error on the row.
		attempt = { ok: false, error: e instanceof Error ? e.message : String(e), permanent: false };
	}
	attempt ??= await deps.mailer.send({
		to: row.to_address,
		subject: row.subject,
		html: extras ? withFooter(row.html, extras.htmlFooter) : row.html,
		text: extras ? row.text + '\n' + extras.textFooter : row.text,
		idempotencyKey: row.idempotency_key,
		...(extras ? { headers: extras.headers } : {})
	});
	const now = clock(deps);
	let outcome: Outcome;
	let update: Partial<OutboxRow>;
	if (attempt.ok) {
		outcome = { id: row.id, outcome: 'sent', error: null, resendId: attempt.id };
		update = { status: 'sent', sent_at: now.toISOString(), resend_id: attempt.id, last_error: null };
	} else {
		const step = nextStep(row.attempts, now, attempt.permanent, deps.retryDelaysMs);
		outcome = {
			id: row.id,
			outcome: step.status === 'failed' ? 'failed' : 'retry',
			error: attempt.error,
			resendId: null
		};
		update =
			step.status === 'failed'
				? { status: 'failed', last_error: attempt.error, failed_at: now.toISOString() }
				: { status: 'pending', next_attempt_at: step.at.toISOString(), last_error: attempt.error };
		console.error(`Email ${row.id} (${row.kind}) attempt ${row.attempts} failed: ${attempt.error}`);
	}
	// Only our own claim: if the lease ran out and another process took the row over, its
	// attempt count differs and this update changes nothing (Resend's idempotency key already
	// kept the message from going out twice).
	const { error } = await deps.db
		.from('email_outbox')
		.update(update)
		.eq('id', row.id)
		.eq('status', 'sending')
		.eq('attempts', row.attempts);
	if (error) console.error(`Marking email ${row.id} ${outcome.outcome} failed: ${error.message}`);
	return outcome;
}

/**
 * Stores the message and tries to deliver it right away, waiting at most `timeoutMs`. Never
 * throws: a message that could not even be stored comes back as failed, anything stored is sent
 * later by the runner if not now.
 */
export async function enqueueEmail(
	deps: OutboxDeps,
	message: EmailMessage,
	options: { timeoutMs?: number } = {}
): Promise<EnqueueResult> {
	let row: OutboxRow;
	try {
		row = await storeEmail(deps.db, message, deps.now?.());
	} catch (e) {
		const error = e instanceof Error ? e.message : String(e);
		console.error(`Email "${message.subject}" could not be stored: ${error}`);
		return { status: 'failed', id: '', error };
	}
	if (row.status === 'sent') return { status: 'sent', id: row.id, resendId: row.resend_id };
	if (row.status === 'skipped' || row.status === 'held' || row.status === 'bundled') {
		return { status: row.status === 'skipped' ? 'skipped' : 'held', id: row.id };
	}

	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<null>((resolve) => {
		timer = setTimeout(() => resolve(null), options.timeoutMs ?? 5_000);
	});
	const delivery = deliverDue(deps, { ids: [row.id], limit: 1 }).catch((e: unknown) => {
		console.error(`Delivering email ${row.id} failed:`, e);
		return null;
	});
	const report = await Promise.race([delivery, timeout]);
	clearTimeout(timer);
	const result = report?.results[0];
	if (result?.outcome === 'sent') return { status: 'sent', id: row.id, resendId: result.resendId };
	if (result?.outcome === 'failed') return { status: 'failed', id: row.id, error: result.error };
	return { status: 'queued', id: row.id, error: result?.error ?? null };
}
