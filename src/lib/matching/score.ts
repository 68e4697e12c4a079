import { isCaveat } from './reasons';
import type { LatLon, Offer, Reason, Request } from './types';

/** Calibrated on the development set, then checked on the second labelled set (see bench-match-quality). */
export const WEIGHTS = {
	sameCategory: 1.1,
	/** categories are filled in by hand and often loosely; a mismatch costs a little, "other" nothing */
	otherCategory: 0.82,
	reciprocity: 0.6,
	/** raw -> (0,1): score = 1 - exp(-raw * squash) */
	squash: 3.5,
	/** absolute floor for emitted proposals */
	threshold: 0.4,
	/** a proposal must reach this share of the best score in its list */
	relative: 0.7,
	/** exponent of the mutual-fit factor (score / best score of the other listing) */
	mutual: 2,
	/** the mutual-fit factor compares with the other listing's k-th best pair */
	mutualRank: 1
};

const DAY = 86_400_000;

export function distanceKm(a: LatLon | null | undefined, b: LatLon | null | undefined): number | null {
	if (!a || !b) return null;
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * How far a kind of help reasonably travels: hands-on help and rooms are local,
 * expertise can partly happen online, goods can be delivered or fetched.
 * [distance up to which nothing changes, distance at which the floor is reached, floor]
 */
const REACH: Record<string, [number, number, number]> = {
	hands: [10, 45, 0.5],
	facilities: [15, 50, 0.6],
	expertise: [25, 70, 0.75],
	other: [20, 60, 0.7],
	materials: [60, 200, 0.85]
};

export function distanceFactor(km: number | null, offerCategory: string, travels: boolean): number {
	if (km === null) return 1;
	const [near, far, floor] = REACH[travels ? 'materials' : offerCategory] ?? REACH.other!;
	if (km <= near) return 1;
	if (km >= far) return floor;
	return 1 - ((km - near) / (far - near)) * (1 - floor);
}

// Pair scoring runs millions of times in a batch; the same date strings recur, so parse each once.
const dateCache = new Map<string, number | null>();
function parseDate(s: string | null | undefined): number | null {
	if (!s) return null;
	let t = dateCache.get(s);
	if (t === undefined) {
		const v = Date.parse(s);
		t = Number.isNaN(v) ? null : v;
		if (dateCache.size < 100_000) dateCache.set(s, t);
	}
	return t;
}

export type TimeFit = { factor: number; reason: Reason | null; expired: boolean };

/** An offer that starts after the deadline is nearly useless; one that ends long before it is weaker (storage, planning). */
const EXPIRED: TimeFit = { factor: 0, reason: null, expired: true };
const NO_DATES: TimeFit = { factor: 1, reason: null, expired: false };
const STARTS_AFTER: TimeFit = { factor: 0.35, reason: { code: 'starts_after_need' }, expired: false };
const ENDS_BEFORE: TimeFit = { factor: 0.75, reason: { code: 'ends_before_need' }, expired: false };
const IN_TIME: TimeFit = { factor: 1.04, reason: { code: 'available_in_time' }, expired: false };

export function timeFit(offer: Offer, request: Request, now: number): TimeFit {
	const from = parseDate(offer.availableFrom);
	const until = parseDate(offer.availableUntil);
	const need = parseDate(request.neededBy);
	if (until !== null && until < now) return EXPIRED;
	if (need !== null && need < now - DAY) return EXPIRED;
	if (need === null) return NO_DATES;
	if (from !== null && from > need) return STARTS_AFTER;
	if (until !== null && until < need - 60 * DAY) return ENDS_BEFORE;
	if (from !== null || until !== null) return IN_TIME;
	return NO_DATES;
}

const numberCache = new Map<string, number | null>();
function firstNumber(s: string | null | undefined): number | null {
	if (!s) return null;
	let n = numberCache.get(s);
	if (n === undefined) {
		const m = /(\d+(?:[.,]\d+)?)/.exec(s.replace(/(\d)\.(\d{3})/g, '$1$2'));
		n = m ? Number(m[1]!.replace(',', '.')) : null;
		if (numberCache.size < 100_000) numberCache.set(s, n);
	}
	return n;
}

type QuantityFit = { factor: number; reason: Reason | null };
const QTY_NONE: QuantityFit = { factor: 1, reason: null };
const QTY_ENOUGH: QuantityFit = { factor: 1.03, reason: { code: 'quantity_enough' } };
const QTY_SHORT: QuantityFit = { factor: 0.85, reason: { code: 'quantity_short' } };

/** Compares the leading numbers of both quantity fields; only a clear shortfall costs points. */
export function quantityFit(offer: Offer, request: Request): QuantityFit {
	const want = firstNumber(request.quantity);
	const have = firstNumber(offer.quantity);
	if (want === null || have === null || want <= 0) return QTY_NONE;
	if (have >= want) return QTY_ENOUGH;
	if (have < want * 0.5) return QTY_SHORT;
	return QTY_NONE;
}

export type PairInput = {
	offer: Offer;
	request: Request;
	textSim: number;
	recipSim: number;
	themes: string[];
	travels: boolean;
	now: number;
};

export type PairScore = { score: number; reasons: Reason[]; caveats: Reason[] };

/**
 * The pair's score; with `collect`, also what speaks for and against it. A batch scores every
 * candidate but shows only a few, so reasons are collected only for those (same arithmetic).
 */
function scoreCore(p: PairInput, collect: Reason[] | null): number {
	if (collect && p.themes.length > 0)
		collect.push({ code: 'shared_theme', params: { themes: p.themes.join('|') } });
	let raw = p.textSim;

	if (p.offer.category === p.request.category) {
		raw *= WEIGHTS.sameCategory;
		collect?.push({ code: 'same_category' });
	} else if (p.offer.category !== 'other' && p.request.category !== 'other') {
		raw *= WEIGHTS.otherCategory;
	}

	const km = distanceKm(p.offer.location, p.request.location);
	const df = distanceFactor(km, p.offer.category, p.travels);
	raw *= df;
	if (collect && km !== null) {
		if (km < 1.5 && p.offer.place && p.offer.place === p.request.place) collect.push({ code: 'same_place' });
		else collect.push({ code: 'distance_km', params: { km: Math.round(km) } });
		if (df < 0.8 && p.offer.category === 'hands') collect.push({ code: 'far_for_hands' });
		else if (km > 25 && (p.travels || p.offer.category === 'materials'))
			collect.push({ code: 'materials_travel' });
	}

	const time = timeFit(p.offer, p.request, p.now);
	if (time.expired) {
		if (collect) collect.length = 0;
		return 0;
	}
	raw *= time.factor;
	if (collect && time.reason) collect.push(time.reason);

	const qty = quantityFit(p.offer, p.request);
	raw *= qty.factor;
	if (collect && qty.reason) collect.push(qty.reason);

	if (p.recipSim > 0.12) {
		raw *= 1 + WEIGHTS.reciprocity * Math.min(1, p.recipSim * 2);
		collect?.push({ code: 'reciprocity_fit' });
	}
	return squash(raw);
}

/** Only the score of a pair (no reasons): what ranking and cycle edges need. */
export function pairScore(p: PairInput): number {
	return scoreCore(p, null);
}

export function scorePair(p: PairInput): PairScore {
	const reasons: Reason[] = [];
	const score = scoreCore(p, reasons);
	return {
		score,
		reasons: reasons.filter((r) => !isCaveat(r)),
		caveats: reasons.filter(isCaveat)
	};
}

/** The largest factor the pair scorer can apply to the text similarity (all bonuses at once). */
export const MAX_BOOST = WEIGHTS.sameCategory * 1.04 * 1.03 * (1 + WEIGHTS.reciprocity);

/** Inverse of `squash`: the raw score needed to reach `score`. */
export function rawFor(score: number): number {
	return -Math.log(1 - score) / WEIGHTS.squash;
}

export function squash(raw: number): number {
	return Math.round((1 - Math.exp(-raw * WEIGHTS.squash)) * 1000) / 1000;
}
