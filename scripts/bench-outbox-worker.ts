/**
 * One outbox worker for `npm run bench:outbox`: a separate process, like one app instance,
 * delivering the outbox in a loop with the app's own code (deliverDue) until it is stopped or
 * killed. Reads BENCH_URL, BENCH_SERVICE_KEY, BENCH_LEASE_MS, BENCH_RETRY_MS and BENCH_API_KEY.
 */
import { createClient } from '@supabase/supabase-js';
import { Resend } from 'resend';
import ws from 'ws';
import type { Database } from '../src/lib/database.types';
import { deliverDue, type OutboxDeps } from '../src/lib/server/email/outbox';
import { resendMailer } from '../src/lib/server/email/transport';

const url = process.env.BENCH_URL ?? '';
const key = process.env.BENCH_SERVICE_KEY ?? '';
const leaseMs = Number(process.env.BENCH_LEASE_MS ?? 2000);
const retry = (process.env.BENCH_RETRY_MS ?? '200,400,800,1600,3200').split(',').map(Number);

// The sink answers in the same process for everyone: keep Resend's own logging quiet.
console.error = () => {};

const deps: OutboxDeps = {
	db: createClient<Database>(url, key, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: ws as never }
	}),
	// Each worker its own API key, so the sink can tell which one a request came from.
	mailer: resendMailer(
		new Resend(process.env.BENCH_API_KEY ?? 're_bench', { baseUrl: url }),
		'Beursvloer <noreply@beursvloer.local>'
	),
	leaseMs,
	retryDelaysMs: retry
};

let stopping = false;
process.on('SIGTERM', () => (stopping = true));

let claimed = 0;
while (!stopping) {
	const report = await deliverDue(deps, { limit: 10 });
	claimed += report.claimed;
	if (report.claimed === 0) await new Promise((resolve) => setTimeout(resolve, 100));
}
process.stdout.write(JSON.stringify({ claimed }) + '\n');
process.exit(0);
