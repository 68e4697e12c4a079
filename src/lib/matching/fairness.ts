import type { ListingBase } from './types';

const DAY = 86_400_000;

// A batch asks for the same listing's time for every pair it is in: parse each string once.
const times = new Map<string, number>();
function parseTime(s: string): number {
	let t = times.get(s);
	if (t === undefined) {
		t = Date.parse(s);
		if (times.size < 100_000) times.set(s, t);
	}
	return t;
}

/** How long a served listing stays lowered, and how much at most. */
export const SERVED_WINDOW_DAYS = 14;
export const SERVED_MAX_PENALTY = 0.35;

/**
 * Factor in (0,1] for a listing that was recently served; fades linearly over the window.
 * A volunteer platform that did this got more listings helped per week (domain notes).
 */
export function servedFactor(listing: Pick<ListingBase, 'servedAt'>, now: number): number {
	if (!listing.servedAt) return 1;
	const t = parseTime(listing.servedAt);
	if (Number.isNaN(t)) return 1;
	const age = (now - t) / DAY;
	if (age < 0) return 1 - SERVED_MAX_PENALTY;
	if (age >= SERVED_WINDOW_DAYS) return 1;
	return 1 - SERVED_MAX_PENALTY * (1 - age / SERVED_WINDOW_DAYS);
}

export type Ranked = { id: string; org: string; score: number };

/**
 * Diversity re-ranking: each further item of the same organisation in one list is
 * dampened, and at most `maxPerOrg` are kept, so one large business cannot fill a
 * small organisation's whole list. Input must be sorted by score (descending).
 */
export function diversify<T extends Ranked>(sorted: T[], maxPerOrg: number, damp = 0.9): T[] {
	const seen = new Map<string, number>();
	const out: T[] = [];
	for (const item of sorted) {
		const n = seen.get(item.org) ?? 0;
		if (n >= maxPerOrg) continue;
		seen.set(item.org, n + 1);
		out.push(n === 0 ? item : { ...item, score: round3(item.score * damp ** n) });
	}
	return out.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
