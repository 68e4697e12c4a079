/**
 * Learning from what people do with proposals, per municipality. Each feedback event on a
 * proposal ("niet interessant", a matchmaker's pin or veto, an agreed deal) is a signal about
 * the kind of pair it was: its two categories and the themes the proposal named. Signals add up
 * per kind into a weight the engine multiplies a pair's score by. A few events move a weight a
 * little; it never leaves [MIN_FACTOR, MAX_FACTOR], so what was learned can rerank proposals
 * but cannot hide a very good fit or invent one. Pure: events in, weights out; where events are
 * stored and how a matchmaker resets them is up to the caller (reset = no events).
 */
import { conceptLabel } from './lexicon';
import type { Lang } from './types';

export type FeedbackKind = 'deal_agreed' | 'pinned' | 'reinstated' | 'not_interested' | 'vetoed';

export type FeedbackEvent = {
	kind: FeedbackKind;
	offerCategory: string;
	requestCategory: string;
	/** Concept ids the proposal named as shared themes (the params of its `shared_theme` reason). */
	themes: string[];
};

/** How strongly each action says "more like this" (+) or "less like this" (-). */
export const SIGNAL: Record<FeedbackKind, number> = {
	deal_agreed: 1,
	pinned: 0.5,
	reinstated: 0.5,
	not_interested: -0.5,
	vetoed: -1
};

/** Pseudo-count: the first few events move a weight only a little. */
const PRIOR = 4;
/** How far a weight moves when every event of its kind points the same way. */
const STEP = 0.3;
export const MIN_FACTOR = 0.75;
export const MAX_FACTOR = 1.25;

export type LearnedWeight = { factor: number; events: number };

/** JSON-safe, so it can be stored and handed to worker threads as it is. */
export type LearnedWeights = {
	/** "offerCategory|requestCategory" -> weight */
	categories: Record<string, LearnedWeight>;
	/** concept id -> weight */
	themes: Record<string, LearnedWeight>;
	events: number;
};

export const NOTHING_LEARNED: LearnedWeights = { categories: {}, themes: {}, events: 0 };

const categoryKey = (offerCategory: string, requestCategory: string) => `${offerCategory}|${requestCategory}`;

function toWeights(sums: Map<string, { sum: number; n: number }>): Record<string, LearnedWeight> {
	const out: Record<string, LearnedWeight> = {};
	for (const [key, { sum, n }] of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, 1 + (STEP * sum) / (n + PRIOR)));
		out[key] = { factor: Math.round(factor * 1000) / 1000, events: n };
	}
	return out;
}

/** The weights one municipality's feedback events add up to. */
export function learnFromFeedback(events: readonly FeedbackEvent[]): LearnedWeights {
	const categories = new Map<string, { sum: number; n: number }>();
	const themes = new Map<string, { sum: number; n: number }>();
	const bump = (map: typeof categories, key: string, signal: number) => {
		const s = map.get(key) ?? { sum: 0, n: 0 };
		s.sum += signal;
		s.n += 1;
		map.set(key, s);
	};
	for (const e of events) {
		const signal = SIGNAL[e.kind];
		bump(categories, categoryKey(e.offerCategory, e.requestCategory), signal);
		for (const theme of new Set(e.themes)) bump(themes, theme, signal);
	}
	return { categories: toWeights(categories), themes: toWeights(themes), events: events.length };
}

/** Product of the learned weights for one pair, kept within [MIN_FACTOR, MAX_FACTOR]. */
export function learnedFactor(
	learned: LearnedWeights | undefined,
	offerCategory: string,
	requestCategory: string,
	themes: Iterable<string>
): number {
	if (!learned || learned.events === 0) return 1;
	let f = learned.categories[categoryKey(offerCategory, requestCategory)]?.factor ?? 1;
	for (const t of themes) f *= learned.themes[t]?.factor ?? 1;
	return Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, f));
}

/** Theme ids with a learned weight: the only concepts worth looking up in a pair. */
export function learnedThemes(learned: LearnedWeights | undefined): Set<string> {
	return new Set(learned ? Object.keys(learned.themes) : []);
}

export type LearnedLine = { kind: 'category' | 'theme'; label: string; factor: number; events: number };

/** What was learned, largest changes first, for the matchmaker's console. */
export function describeLearned(learned: LearnedWeights, lang: Lang = 'nl'): LearnedLine[] {
	const lines: LearnedLine[] = [];
	for (const [key, w] of Object.entries(learned.categories)) {
		const [offer, request] = key.split('|');
		lines.push({ kind: 'category', label: `${offer} → ${request}`, ...w });
	}
	for (const [id, w] of Object.entries(learned.themes))
		lines.push({ kind: 'theme', label: conceptLabel(id, lang), ...w });
	return lines
		.filter((l) => l.factor !== 1)
		.sort((a, b) => Math.abs(b.factor - 1) - Math.abs(a.factor - 1) || (a.label < b.label ? -1 : 1));
}
