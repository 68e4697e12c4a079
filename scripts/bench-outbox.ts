/**
 * Outbox benchmark: npm run bench:outbox
 *
 * Starts the local stack (embedded PostgreSQL 17, PostgREST, the Resend-compatible mail sink),
 * enqueues 1,000 messages and lets two worker processes (scripts/bench-outbox-worker.ts, the
 * app's own deliverDue) deliver them at once, while the sink injects faults: some keys fail
 * twice with 500, some get one 429, some answers are slow, and addresses starting "perm-" are
 * refused for good (422). Partway, one worker is killed with SIGKILL while it holds claimed rows
 * (in the middle of sending); a fresh worker takes its place, and the dead one's rows come back
 * after their lease (short here: 2 s) and are sent again with the same idempotency key.
 *
 * Counts, from the sink (deliveries per idempotency key) and the outbox table:
 *   delivered  keys the sink stored a message for
 *   lost       messages neither delivered nor failed permanently, or marked sent with no delivery
 *   duplicates deliveries beyond the first of a key (a message that reached the inbox twice)
 *   retried    attempts beyond the first, over all messages
 *   failed permanently  rows marked failed (the 422 addresses)
 * The last line is exactly:
 *   outbox: N enqueued, D delivered, L lost, X duplicates, R retried, F failed permanently
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../src/lib/database.types';
import { startStack } from '../supabase/local/stack.js';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 1000);
const LEASE_MS = 2000;
const PERMANENT_EVERY = 50; // every 50th address is refused for good: 2 %
const DEADLINE_MS = 100_000;
const root = new URL('..', import.meta.url).pathname;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
	const started = Date.now();
	const stack = await startStack({ db: 'embedded', stateDir: null, port: 0, seed: false });
	const workers = new Set<ChildProcess>();
	try {
		console.log(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${stack.dbLabel})`);
		const db = createClient<Database>(stack.url, stack.serviceRoleKey, {
			auth: { persistSession: false, autoRefreshToken: false },
			realtime: { transport: ws as never }
		});

		stack.mail.resetStats();
		stack.mail.setFaults({
			failTimes: 2,
			failStatus: 500,
			failShare: 0.1,
			rateLimitShare: 0.1,
			slowMs: 250,
			slowShare: 0.1,
			permanentPattern: '^perm-'
		});

		const run = Date.now().toString(36);
		const rows = Array.from({ length: MESSAGES }, (_, i) => ({
			kind: 'invitation',
			to_address: `${i % PERMANENT_EVERY === 7 ? 'perm' : 'bench'}-${i}@bench.beursvloer.local`,
			subject: `Bench ${i}`,
			html: `<p>Bench ${i}</p>`,
			text: `Bench ${i}`,
			idempotency_key: `bench/${run}/${i}`
		}));
		for (let i = 0; i < rows.length; i += 250) {
			const { error } = await db.from('email_outbox').insert(rows.slice(i, i + 250));
			if (error) throw new Error(`enqueue: ${error.message}`);
		}
		console.log(`enqueued ${MESSAGES} messages`);

		const startWorker = (name: string) => {
			const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-outbox-worker.ts'], {
				cwd: root,
				env: {
					...process.env,
					BENCH_URL: stack.url,
					BENCH_SERVICE_KEY: stack.serviceRoleKey,
					BENCH_LEASE_MS: String(LEASE_MS),
					BENCH_API_KEY: `re_bench_${name}`
				},
				stdio: ['ignore', 'pipe', 'inherit']
			});
			child.stdout?.on('data', (d) => process.stdout.write(`worker ${name}: ${d}`));
			workers.add(child);
			child.on('exit', () => workers.delete(child));
			return child;
		};

		const deliveryStart = Date.now();
		const a = startWorker('A');
		startWorker('B');

		// Once a quarter of the work is done, kill A in the middle of a send: while the sink is
		// still answering one of A's requests (a slow one), so that message reaches the inbox but A
		// never marks it sent. A also holds the rest of its claimed batch.
		let midSend: string | null = null;
		while (Date.now() - deliveryStart < 30_000) {
			if (stack.mail.stats().requests >= MESSAGES / 4) {
				midSend = stack.mail.inFlight().find(([, by]) => by === 're_bench_A')?.[0] ?? null;
				if (midSend) break;
			}
			await sleep(5);
		}
		a.kill('SIGKILL');
		await new Promise((resolve) => a.once('exit', resolve));
		const { data: orphaned } = await db
			.from('email_outbox')
			.select('idempotency_key')
			.eq('status', 'sending')
			.lte('claimed_at', new Date(Date.now() - 50).toISOString());
		console.log(
			`killed worker A (SIGKILL) after ${stack.mail.stats().requests} sink requests, ` +
				`${midSend ? `mid-send of ${midSend}` : 'not caught mid-send'}; rows claimed when it died: ${orphaned?.length ?? 0}`
		);
		startWorker('C');

		// Until every row is final (sent or failed), or the deadline.
		let open = MESSAGES;
		while (Date.now() - deliveryStart < DEADLINE_MS) {
			const { count, error } = await db
				.from('email_outbox')
				.select('id', { count: 'exact', head: true })
				.in('status', ['pending', 'sending']);
			if (error) throw error;
			open = count ?? 0;
			if (open === 0) break;
			await sleep(250);
		}
		const seconds = (Date.now() - deliveryStart) / 1000;
		for (const w of workers) w.kill('SIGTERM');
		await Promise.all([...workers].map((w) => new Promise((resolve) => w.once('exit', resolve))));

		const final: { idempotency_key: string; status: string; attempts: number }[] = [];
		for (let from = 0; ; from += 1000) {
			const { data, error } = await db
				.from('email_outbox')
				.select('idempotency_key, status, attempts')
				.like('idempotency_key', `bench/${run}/%`)
				.order('idempotency_key')
				.range(from, from + 999);
			if (error) throw error;
			final.push(...data);
			if (data.length < 1000) break;
		}
		const sink = stack.mail.stats();
		if (midSend) {
			const row = final.find((r) => r.idempotency_key === midSend);
			console.log(
				`the message A was sending: ${row?.status} after ${row?.attempts} attempts, delivered ${stack.mail.deliveries(midSend)} time(s)`
			);
		}
		let delivered = 0;
		let lost = 0;
		let failed = 0;
		let retried = 0;
		for (const row of final) {
			const n = stack.mail.deliveries(row.idempotency_key);
			if (n > 0) delivered++;
			retried += Math.max(0, row.attempts - 1);
			if (row.status === 'failed') failed++;
			// Lost: neither delivered nor failed for good; or the outbox says sent and the sink never got it.
			if (row.status === 'failed' ? n > 0 : n === 0 || row.status !== 'sent') lost++;
		}
		lost += MESSAGES - final.length;
		console.log(
			`sink: ${sink.requests} requests, ${sink.failed} answered 500, ${sink.rateLimited} answered 429, ` +
				`${sink.permanent} refused (422), ${sink.concurrent} concurrent-key 409, ${sink.replayed} idempotent replays`
		);
		console.log(
			`delivery took ${seconds.toFixed(1)} s with two workers at a time (${(MESSAGES / seconds).toFixed(0)} messages/s), ${open} still open`
		);
		console.log(
			`outbox: ${MESSAGES} enqueued, ${delivered} delivered, ${lost} lost, ${sink.duplicates} duplicates, ${retried} retried, ${failed} failed permanently`
		);
	} finally {
		for (const w of workers) w.kill('SIGKILL');
		await stack.stop();
	}
}

main().then(
	() => process.exit(0),
	(e) => {
		console.error(e);
		process.exit(1);
	}
);
