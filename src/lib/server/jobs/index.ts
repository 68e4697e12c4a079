// The background jobs of a server process, started once from hooks.server.ts `init`. Each
// runs in this process on a timer (no pg_cron locally), one per process, and stops with it.
import { matchOnStart } from '$lib/server/matching';
import { startExpiryRunner } from './expiry';
import { startFollowupRunner } from './followup';
import { startMailRunner } from './mail';

export function startBackgroundJobs() {
	// Fills the proposals once when a municipality has none yet (a new database, a first deploy);
	// later changes are matched incrementally as listings change.
	void matchOnStart();
	// Delivers the email outbox (retries included) and enqueues proposal digests every 30 s.
	startMailRunner();
	// Marks listings past their end date expired (state and history) every hour.
	startExpiryRunner();
	// Asks the parties of agreed deals how it goes (and reminds them once) every 5 minutes.
	startFollowupRunner();
}
