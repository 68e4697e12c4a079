// The background mail job of a server process, bound to the environment: every 30 s it enqueues
// proposal digests for this deployment's municipality and delivers whatever the outbox holds.
import { env } from '$env/dynamic/private';
import { bundleDailyEmails, deliverDueEmails, outboxDeps } from '$lib/server/email';
import { findMunicipality } from '$lib/server/municipalities';
import { DAY_MS, notifyNewProposals } from '$lib/server/notifications/digest';
import { startProcessRunner, type Runner } from './runner';

const INTERVAL_MS = 30_000;
const SETTLE_MS = 10 * 60_000;

const positive = (value: string | undefined, fallback: number) => {
	const n = Number(value);
	return value && Number.isFinite(n) && n >= 0 ? n : fallback;
};

/** One round: digests first, so that they go out in the same round. */
async function runMailJobs(): Promise<void> {
	const id = (await findMunicipality(outboxDeps().db))?.id;
	// Without ORIGIN (development) the link points at the local dev server.
	const origin = env.ORIGIN || 'http://127.0.0.1:5173';
	if (id) {
		const digest = await notifyNewProposals(outboxDeps().db, {
			municipalityId: id,
			origin,
			// NOTIFY_DIGEST_HOURS: at most one digest per organisation per this many hours (default 24).
			minIntervalMs: positive(env.NOTIFY_DIGEST_HOURS, DAY_MS / 3_600_000) * 3_600_000,
			settleMs: positive(env.NOTIFY_SETTLE_MINUTES, SETTLE_MS / 60_000) * 60_000
		});
		if (digest.emails) {
			console.log(`Notifications: ${digest.emails} digests about ${digest.proposals} proposals enqueued`);
		}
	}
	// Messages held for users who chose one email a day, once the oldest has waited a day.
	const daily = await bundleDailyEmails();
	if (daily.digests) console.log(`Daily digests: ${daily.digests} bundling ${daily.messages} messages`);
	// Drain in batches, bounded so one round never runs for long.
	for (let round = 0; round < 10; round++) {
		const report = await deliverDueEmails(50);
		if (report.claimed < 50) break;
	}
}

/** Starts the background mail job (idempotent); stops with the process ('sveltekit:shutdown'). */
export function startMailRunner(): Runner {
	return startProcessRunner('mailRunner', runMailJobs, {
		intervalMs: INTERVAL_MS,
		firstDelayMs: 5_000,
		onError: (error) => console.error('Mail job failed:', error)
	});
}
