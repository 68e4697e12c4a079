// Listings past their end date are marked expired by the server process, so that the stored
// state and the history say so too (readers see them as expired at once: effective_state, and
// the matching engine skips them by date). pg_cron is not available locally; on a hosted
// project public.expire_listings() can be scheduled there instead.
import { expireListings } from '$lib/server/listings';
import { createAdminClient } from '$lib/server/supabase-admin';
import { startProcessRunner, type Runner } from './runner';

// End dates are days: an hour is soon enough, and an update of nothing costs little.
const INTERVAL_MS = 60 * 60_000;

async function expireNow(): Promise<void> {
	const expired = await expireListings(createAdminClient());
	if (expired) console.log(`Listings: ${expired} past their end date marked expired`);
}

/** Starts the hourly expiry job (idempotent): first a minute after start, then every hour. */
export function startExpiryRunner(): Runner {
	return startProcessRunner('expiryRunner', expireNow, {
		intervalMs: INTERVAL_MS,
		firstDelayMs: 60_000,
		onError: (error) => console.error('Expiring listings failed:', error)
	});
}
