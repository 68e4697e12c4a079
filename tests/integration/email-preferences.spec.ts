// Email preferences, one-click unsubscribe, and the outbox under concurrency and permanent
// failures, against the real stack: rows through PostgREST into PostgreSQL, mail through the
// Resend SDK into the stack's sink, which stores headers and counts deliveries per key.
import { Resend } from 'resend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleDailyDigests } from '../../src/lib/server/email/daily-digest';
import { failedEmails } from '../../src/lib/server/email/failed';
import { deliverDue, enqueueEmail, storeEmail, type OutboxDeps } from '../../src/lib/server/email/outbox';
import { resendMailer } from '../../src/lib/server/email/transport';
import {
	readUnsubscribeToken,
	unsubscribe,
	unsubscribeExtras,
	unsubscribeToken,
	UNSUBSCRIBE_VALID_MS
} from '../../src/lib/server/email/unsubscribe';
import { signLink } from '../../src/lib/server/links/token';
import { adminClient, inbox, signedInUser, stack } from './clients';
import { HELLENDOORN } from './fixtures';

const ORIGIN = 'https://beursvloer.test';
const DAY = 24 * 60 * 60_000;

async function sink(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
	const res = await fetch(`${stack().url}/inbox/api/${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	expect(res.ok).toBe(true);
	return res.json();
}
const deliveries = async (key: string): Promise<number> =>
	(await sink(`stats?key=${encodeURIComponent(key)}`)).deliveries;

function outbox(options: Partial<OutboxDeps> = {}): OutboxDeps {
	return {
		db: adminClient(),
		mailer: resendMailer(
			new Resend('re_test', { baseUrl: stack().url }),
			'Beursvloer <noreply@beursvloer.local>'
		),
		extras: unsubscribeExtras(stack().linkSecret, ORIGIN),
		...options
	};
}

function message(to: string, kind: string, key: string, subject = `Bericht ${key}`) {
	return {
		to,
		subject,
		html: `<html><body><p>${subject}</p></body></html>`,
		text: subject,
		idempotencyKey: key,
		kind,
		municipalityId: HELLENDOORN
	};
}

async function setPreference(userId: string, kind: string, frequency: 'immediately' | 'daily' | 'never') {
	const { error } = await adminClient()
		.from('email_preferences')
		.upsert({ user_id: userId, kind, frequency }, { onConflict: 'user_id,kind' });
	if (error) throw error;
}

async function status(id: string) {
	const { data, error } = await adminClient().from('email_outbox').select('*').eq('id', id).single();
	if (error) throw error;
	return data;
}

let run = 0;
const key = (what: string) => `email-spec/${process.pid}/${Date.now().toString(36)}/${++run}/${what}`;

describe('email preferences', () => {
	beforeEach(() => sink('faults', {}));

	it('sends at once by default, with the unsubscribe headers and footer', async () => {
		const user = await signedInUser('prefs-default');
		const k = key('default');
		const result = await enqueueEmail(outbox(), message(user.email, 'deal_started', k));
		expect(result.status).toBe('sent');
		expect((await status(result.id)).user_id).toBe(user.userId);

		const [mail] = await inbox(user.email);
		const headers = mail.headers;
		expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		const url = headers['List-Unsubscribe'].match(/^<(.+)>$/)?.[1] ?? '';
		expect(url.startsWith(`${ORIGIN}/afmelden/`)).toBe(true);
		expect(mail.text).toContain(url);
		expect(mail.html).toContain(url);
		// The footer goes inside the body.
		expect(mail.html.indexOf(url)).toBeLessThan(mail.html.indexOf('</body>'));
		const token = url.slice(`${ORIGIN}/afmelden/`.length);
		expect(readUnsubscribeToken(stack().linkSecret, token)).toEqual({
			ok: true,
			value: { userId: user.userId, kind: 'deal_started' }
		});
	});

	it('adds no unsubscribe link to mail nobody chooses for (an invitation)', async () => {
		const user = await signedInUser('prefs-invite');
		const result = await enqueueEmail(outbox(), message(user.email, 'invitation', key('invite')));
		expect(result.status).toBe('sent');
		const [mail] = await inbox(user.email);
		expect(mail.headers).toEqual({});
		expect(mail.text).not.toContain('/afmelden/');
	});

	it('without LINK_SECRET a message that needs an unsubscribe link waits; an invitation still goes', async () => {
		const user = await signedInUser('prefs-nosecret');
		const deps = outbox({
			extras: unsubscribeExtras(() => {
				throw new Error('LINK_SECRET is not set');
			}, ORIGIN)
		});
		const waiting = await enqueueEmail(deps, message(user.email, 'deal_started', key('nosecret')));
		expect(waiting).toMatchObject({ status: 'queued', error: 'LINK_SECRET is not set' });
		expect((await status(waiting.id)).status).toBe('pending');
		const invitation = await enqueueEmail(deps, message(user.email, 'invitation', key('nosecret-inv')));
		expect(invitation.status).toBe('sent');
		await adminClient().from('email_outbox').delete().eq('id', waiting.id);
	});

	it('never: stored as skipped and not sent', async () => {
		const user = await signedInUser('prefs-never');
		await setPreference(user.userId, 'deal_answered', 'never');
		const result = await enqueueEmail(outbox(), message(user.email, 'deal_answered', key('never')));
		expect(result.status).toBe('skipped');
		expect((await status(result.id)).status).toBe('skipped');
		// Other kinds still go.
		const other = await enqueueEmail(outbox(), message(user.email, 'deal_agreed', key('other')));
		expect(other.status).toBe('sent');
		expect((await inbox(user.email)).map((m) => m.subject)).toEqual([(await status(other.id)).subject]);
	});

	it('daily: held, then one digest per user once the oldest waited a day', async () => {
		const user = await signedInUser('prefs-daily');
		await setPreference(user.userId, 'deal_started', 'daily');
		await setPreference(user.userId, 'followup_question', 'daily');
		const first = await enqueueEmail(
			outbox(),
			message(user.email, 'deal_started', key('d1'), 'Eerste bericht')
		);
		const second = await enqueueEmail(
			outbox(),
			message(user.email, 'followup_question', key('d2'), 'Tweede bericht')
		);
		expect([first.status, second.status]).toEqual(['held', 'held']);
		expect(await inbox(user.email)).toEqual([]);

		// Not a day yet: nothing bundled.
		const early = await bundleDailyDigests(outbox(), { origin: ORIGIN });
		expect((await status(first.id)).status).toBe('held');
		expect(early.digests).toBeGreaterThanOrEqual(0);

		// A day later (the runner's clock), both go out in one digest, delivered once.
		const later = outbox({ now: () => new Date(Date.now() + DAY + 60_000) });
		const report = await bundleDailyDigests(later, { origin: ORIGIN });
		expect(report.digests).toBeGreaterThanOrEqual(1);
		const bundled = await status(first.id);
		expect(bundled.status).toBe('bundled');
		expect((await status(second.id)).bundled_into).toBe(bundled.bundled_into);
		// A second run finds nothing left for this user.
		await bundleDailyDigests(later, { origin: ORIGIN });
		const { count } = await adminClient()
			.from('email_outbox')
			.select('id', { count: 'exact', head: true })
			.eq('user_id', user.userId)
			.eq('kind', 'daily_digest');
		expect(count).toBe(1);

		await deliverDue(later, { ids: [bundled.bundled_into!] });
		const mails = await inbox(user.email);
		expect(mails).toHaveLength(1);
		expect(mails[0].subject).toBe('Je dagelijkse overzicht: 2 berichten');
		expect(mails[0].text).toContain('Eerste bericht');
		expect(mails[0].text).toContain('Tweede bericht');
	});

	it('the proposals digest is daily by nature: "daily" sends it as it is', async () => {
		const user = await signedInUser('prefs-proposals');
		await setPreference(user.userId, 'proposals_digest', 'daily');
		const result = await enqueueEmail(outbox(), message(user.email, 'proposals_digest', key('pd')));
		expect(result.status).toBe('sent');
	});

	it('a user reads and writes only their own preferences', async () => {
		const a = await signedInUser('prefs-a');
		const b = await signedInUser('prefs-b');
		const { error } = await a.client.rpc('save_email_preferences', {
			p_preferences: { deal_started: 'never', followup_reminder: 'daily' }
		});
		expect(error).toBeNull();
		const mine = await a.client.from('email_preferences').select('kind, frequency').order('kind');
		expect(mine.data).toEqual([
			{ kind: 'deal_started', frequency: 'never' },
			{ kind: 'followup_reminder', frequency: 'daily' }
		]);
		expect((await b.client.from('email_preferences').select('kind')).data).toEqual([]);
		const forged = await b.client
			.from('email_preferences')
			.insert({ user_id: a.userId, kind: 'deal_agreed', frequency: 'never' });
		expect(forged.error).not.toBeNull();
		const bad = await a.client.rpc('save_email_preferences', { p_preferences: { deal_started: 'hourly' } });
		expect(bad.error).not.toBeNull();
		const unknown = await a.client.rpc('save_email_preferences', { p_preferences: { spam: 'never' } });
		expect(unknown.error).not.toBeNull();
	});
});

describe('one-click unsubscribe', () => {
	it('a valid link turns the kind off without signing in, and again is harmless', async () => {
		const user = await signedInUser('unsub-valid');
		const token = unsubscribeToken(stack().linkSecret, user.userId, 'deal_agreed');
		const read = readUnsubscribeToken(stack().linkSecret, token);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		await unsubscribe(adminClient(), read.value);
		await unsubscribe(adminClient(), read.value);
		const result = await enqueueEmail(outbox(), message(user.email, 'deal_agreed', key('after-unsub')));
		expect(result.status).toBe('skipped');
	});

	it('refuses an expired, a forged and a wrong-purpose link', async () => {
		const user = await signedInUser('unsub-bad');
		const issued = new Date(Date.now() - UNSUBSCRIBE_VALID_MS - 1000);
		const expired = unsubscribeToken(stack().linkSecret, user.userId, 'deal_agreed', issued);
		expect(readUnsubscribeToken(stack().linkSecret, expired)).toEqual({ ok: false, reason: 'expired' });
		const forged = unsubscribeToken('someone-elses-secret-0123456789abcdef', user.userId, 'deal_agreed');
		expect(readUnsubscribeToken(stack().linkSecret, forged)).toEqual({ ok: false, reason: 'forged' });
		const other = signLink(stack().linkSecret, 'followup_answer', user.userId, new Date(Date.now() + DAY), {
			kind: 'deal_agreed'
		});
		expect(readUnsubscribeToken(stack().linkSecret, other)).toEqual({ ok: false, reason: 'wrong_purpose' });
		// Nothing changed for the user.
		const { data } = await adminClient().from('email_preferences').select('kind').eq('user_id', user.userId);
		expect(data).toEqual([]);
	});
});

describe('outbox robustness', () => {
	beforeEach(() => sink('faults', {}));
	afterEach(async () => {
		await sink('faults', {});
		// Rows left for a later retry would be delivered by other files' runners.
		const { error } = await adminClient()
			.from('email_outbox')
			.delete()
			.like('to_address', '%@test.beursvloer.local')
			.in('status', ['pending', 'sending']);
		if (error) throw error;
	});

	it('two workers at once deliver every message exactly once', async () => {
		const deps = outbox();
		const keys: string[] = [];
		const ids: string[] = [];
		for (let i = 0; i < 30; i++) {
			const k = key(`pair-${i}`);
			keys.push(k);
			ids.push(
				(
					await storeEmail(
						deps.db,
						message(`pair-${i}-${process.pid}@test.beursvloer.local`, 'invitation', k)
					)
				).id
			);
		}
		// Some answers are slow, so the two workers overlap on the sink too.
		await sink('faults', { slowMs: 30, slowShare: 0.3 });
		const worker = async () => {
			const me = outbox();
			let claimed = 0;
			for (;;) {
				const report = await deliverDue(me, { ids, limit: 4 });
				claimed += report.claimed;
				if (report.claimed === 0) return claimed;
			}
		};
		const [a, b] = await Promise.all([worker(), worker()]);
		expect(a + b).toBe(30);
		expect(a).toBeGreaterThan(0);
		expect(b).toBeGreaterThan(0);
		for (const id of ids) expect((await status(id)).status).toBe('sent');
		for (const k of keys) expect(await deliveries(k)).toBe(1);
	});

	it('a worker that died mid-send: its row is retried after the lease with the same key, delivered once', async () => {
		const deps = outbox({ leaseMs: 1000 });
		const k = key('lease');
		const row = await storeEmail(
			deps.db,
			message(`lease-${process.pid}@test.beursvloer.local`, 'invitation', k)
		);
		// The dying worker claims the row and its send reaches the provider, then it dies before
		// marking the row sent.
		const { data: claimed } = await deps.db.rpc('claim_email_outbox', { p_ids: [row.id], p_limit: 1 });
		expect(claimed).toHaveLength(1);
		const sent = await deps.mailer.send({
			to: row.to_address,
			subject: row.subject,
			html: row.html,
			text: row.text,
			idempotencyKey: k
		});
		expect(sent.ok).toBe(true);
		// Within the lease nobody else takes it.
		expect((await deliverDue(deps, { ids: [row.id] })).claimed).toBe(0);
		await new Promise((resolve) => setTimeout(resolve, 1200));
		const report = await deliverDue(deps, { ids: [row.id] });
		expect(report.sent).toBe(1);
		expect(await status(row.id)).toMatchObject({ status: 'sent', attempts: 2 });
		expect(await deliveries(k)).toBe(1);
	});

	it('retries a 429 and a 500, and records a permanent 422 as failed for the municipality', async () => {
		await sink('faults', { failTimes: 1, failStatus: 429, failShare: 1 });
		const k1 = key('429');
		const r1 = await enqueueEmail(
			outbox(),
			message(`retry-${process.pid}@test.beursvloer.local`, 'invitation', k1)
		);
		expect(r1.status).toBe('queued');
		expect((await status(r1.id)).last_error).toContain('rate_limit_exceeded');

		await sink('faults', { permanentPattern: '^refused-' });
		const to = `refused-${process.pid}-${run}@test.beursvloer.local`;
		const r2 = await enqueueEmail(outbox(), message(to, 'invitation', key('422')));
		expect(r2.status).toBe('failed');
		const row = await status(r2.id);
		expect(row.status).toBe('failed');
		expect(row.failed_at).not.toBeNull();
		expect(row.last_error).toContain('validation_error');
		const listed = await failedEmails(adminClient(), HELLENDOORN);
		expect(listed.find((f) => f.id === r2.id)).toMatchObject({ to, kind: 'invitation' });
	});
});
