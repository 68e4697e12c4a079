// The email outbox against the real stack: rows in PostgreSQL/PGlite through PostgREST, sends
// through the Resend SDK to the stack's Resend-compatible sink, which can be told to fail.
import { Resend } from 'resend';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../src/lib/server/email/backoff';
import {
	deliverDue,
	enqueueEmail,
	storeEmail,
	type OutboxDeps,
	type OutboxRow
} from '../../src/lib/server/email/outbox';
import { resendMailer } from '../../src/lib/server/email/transport';
import { adminClient, anonClient, inbox, signedInUser, stack, uniqueEmail } from './clients';

const MINUTE = 60_000;

async function failNext(count: number) {
	const res = await fetch(`${stack().url}/inbox/api/fail-next`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ count })
	});
	expect(res.ok).toBe(true);
}

/** Outbox dependencies with a clock the test moves by hand. */
function outbox(start = new Date()) {
	let now = start;
	const deps: OutboxDeps = {
		db: adminClient(),
		mailer: resendMailer(
			new Resend('re_test', { baseUrl: stack().url }),
			'Beursvloer <noreply@beursvloer.local>'
		),
		now: () => now
	};
	return {
		deps,
		at: (when: Date) => (now = when),
		later: (ms: number) => (now = new Date(now.getTime() + ms))
	};
}

async function row(id: string): Promise<OutboxRow> {
	const { data, error } = await adminClient().from('email_outbox').select('*').eq('id', id).single();
	if (error) throw error;
	return data;
}

function message(to: string, key = `test/${to}`) {
	return {
		to,
		subject: 'Uitnodiging voor de beursvloer',
		html: '<p>Welkom</p>',
		text: 'Welkom',
		idempotencyKey: key,
		kind: 'invitation'
	};
}

describe('email outbox', () => {
	// Every test starts from an outbox without due rows of earlier tests (the only mail in it).
	beforeEach(async () => {
		await failNext(0);
		const { error } = await adminClient()
			.from('email_outbox')
			.delete()
			.like('to_address', '%@test.beursvloer.local');
		if (error) throw error;
	});
	afterEach(() => failNext(0));

	it('sends at once when the provider is up', async () => {
		const { deps } = outbox();
		const to = uniqueEmail('direct');
		const result = await enqueueEmail(deps, message(to));
		expect(result.status).toBe('sent');
		const stored = await row(result.id);
		expect(stored).toMatchObject({ status: 'sent', attempts: 1, last_error: null, kind: 'invitation' });
		expect(stored.resend_id).toBeTruthy();
		expect(await inbox(to)).toHaveLength(1);
	});

	it('retries a send that failed and delivers it exactly once', async () => {
		const clock = outbox();
		const to = uniqueEmail('retry');
		await failNext(1);
		const first = await enqueueEmail(clock.deps, message(to));
		expect(first.status).toBe('queued');
		let stored = await row(first.id);
		expect(stored.status).toBe('pending');
		expect(stored.last_error).toContain('simulated failure');
		expect(await inbox(to)).toHaveLength(0);

		// Not due before its minute is up.
		expect((await deliverDue(clock.deps, { ids: [first.id] })).claimed).toBe(0);
		clock.later(MINUTE);
		const report = await deliverDue(clock.deps, { ids: [first.id] });
		expect(report).toMatchObject({ claimed: 1, sent: 1 });
		stored = await row(first.id);
		expect(stored).toMatchObject({ status: 'sent', attempts: 2 });

		// Later rounds and enqueueing the same email again send nothing more.
		// (Only this email: other test files enqueue mail of their own in the same database.)
		clock.later(60 * MINUTE);
		expect((await deliverDue(clock.deps, { ids: [first.id] })).claimed).toBe(0);
		expect((await enqueueEmail(clock.deps, message(to))).status).toBe('sent');
		expect(await inbox(to)).toHaveLength(1);
	});

	it('backs off 1 min, 5 min, 30 min, 2 h and 12 h, then marks the email failed with its error', async () => {
		const clock = outbox(new Date('2026-12-01T09:00:00Z'));
		const to = uniqueEmail('backoff');
		await failNext(MAX_ATTEMPTS);
		const { id } = await enqueueEmail(clock.deps, message(to));
		const waits: number[] = [];
		for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
			const before = await row(id);
			expect(before.status).toBe('pending');
			const due = new Date(before.next_attempt_at);
			waits.push((due.getTime() - new Date(before.claimed_at ?? 0).getTime()) / MINUTE);
			clock.at(due);
			await deliverDue(clock.deps, { ids: [id] });
		}
		expect(waits).toEqual([1, 5, 30, 120, 720]);
		const last = await row(id);
		expect(last).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
		expect(last.last_error).toContain('internal_server_error');
		// Failed for good: even much later nothing is claimed.
		clock.later(7 * 24 * 60 * MINUTE);
		expect((await deliverDue(clock.deps, { ids: [id] })).claimed).toBe(0);
		expect(await inbox(to)).toHaveLength(0);
	});

	it('does not send twice when a process died between sending and marking', async () => {
		const when = new Date();
		const clock = outbox(when);
		const to = uniqueEmail('crash');
		const stored = await storeEmail(clock.deps.db, message(to), when);
		// A process claims the row and sends it, then dies before marking it sent.
		const { data: claimed, error } = await clock.deps.db.rpc('claim_email_outbox', {
			p_ids: [stored.id],
			p_now: when.toISOString()
		});
		if (error) throw error;
		expect(claimed).toHaveLength(1);
		const sent = await clock.deps.mailer.send({ ...message(to), idempotencyKey: stored.idempotency_key });
		expect(sent.ok).toBe(true);

		// Within the lease nobody touches it; after it the row is taken over and "sent" again.
		expect((await deliverDue(clock.deps, { ids: [stored.id] })).claimed).toBe(0);
		clock.later(6 * MINUTE);
		expect(await deliverDue(clock.deps, { ids: [stored.id] })).toMatchObject({ claimed: 1, sent: 1 });
		expect((await row(stored.id)).status).toBe('sent');
		expect(await inbox(to)).toHaveLength(1);
	});

	it('never lets two concurrent deliveries send the same email', async () => {
		// Two server processes with their own client, both polling at the same moment.
		const when = new Date();
		const first = outbox(when);
		const second = outbox(when);
		const addresses = Array.from({ length: 12 }, () => uniqueEmail('concurrent'));
		const ids = await Promise.all(
			addresses.map(async (to) => (await storeEmail(first.deps.db, message(to), when)).id)
		);
		const [a, b] = await Promise.all([
			deliverDue(first.deps, { ids, limit: 12 }),
			deliverDue(second.deps, { ids, limit: 12 })
		]);
		expect(a.claimed + b.claimed).toBe(12);
		const claimed = [...a.results, ...b.results].map((r) => r.id).sort();
		expect(claimed).toEqual([...ids].sort());
		for (const to of addresses) expect(await inbox(to)).toHaveLength(1);
	});

	it('is closed to visitors and signed-in users', async () => {
		const { deps } = outbox();
		const to = uniqueEmail('secret');
		const stored = await storeEmail(deps.db, message(to));
		const user = await signedInUser('nosy');

		for (const client of [anonClient(), user.client]) {
			const read = await client.from('email_outbox').select('id, to_address');
			// Either refused outright or nothing visible: never a row.
			expect(read.data ?? []).toHaveLength(0);
			const write = await client
				.from('email_outbox')
				.insert({
					kind: 'other',
					to_address: to,
					subject: 'Nep',
					html: '<p>Nep</p>',
					text: 'Nep',
					idempotency_key: `fake/${to}`
				})
				.select('id');
			// Refused by the missing grant (42501), not by a bad row.
			expect(write.error?.code).toBe('42501');
			const update = await client
				.from('email_outbox')
				.update({ status: 'failed' })
				.eq('id', stored.id)
				.select('id');
			expect(update.data ?? []).toHaveLength(0);
			const claim = await client.rpc('claim_email_outbox', { p_ids: [stored.id] });
			expect(claim.error).not.toBeNull();
		}
		expect((await row(stored.id)).status).toBe('pending');
	});
});
