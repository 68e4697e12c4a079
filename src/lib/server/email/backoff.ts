// When a failed delivery is tried again. Pure, so the schedule is tested without a clock.

const MINUTE = 60_000;

/** Waits after the 1st, 2nd, ... failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h. */
const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE] as const;

/** The first attempt plus one per delay; after that the row is marked failed for good. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export type NextStep = { status: 'pending'; at: Date } | { status: 'failed' };

/**
 * After attempt number `attempts` (1-based) failed: when to try again, or give up. A permanent
 * error (Resend rejected the message itself) is not retried: it would fail the same way.
 */
export function nextStep(
	attempts: number,
	now: Date,
	permanent = false,
	delays: readonly number[] = RETRY_DELAYS_MS
): NextStep {
	if (permanent || attempts >= delays.length + 1) return { status: 'failed' };
	const delay = delays[Math.max(0, attempts - 1)];
	return { status: 'pending', at: new Date(now.getTime() + delay) };
}
