/**
 * Learning from what people do with proposals, per municipality. Each feedback event on a
 * proposal ("niet interessant", a matchmaker's pin or veto, an agreed deal) is a signal about
 * the kind of pair it was: its two categories and the themes the proposal named. Signals add up
 * per kind into a weight the engine multiplies a pair's score by. A few events move a weight a
 * little; it never leaves [MIN_FACTOR, MAX_FACTOR], so what was learned can rerank proposals
 * but cannot hide a very good fit or invent one. Pure: events in, weights out; where events are
 * stored and how a matchmaker resets them is up to the caller (reset = no events).
 */
import { directConcepts } from './features';
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

/** How many events of each kind a weight was learned from (the "why" the console shows). */
export type KindCounts = Partial<Record<FeedbackKind, number>>;

export type LearnedWeight = { factor: number; events: number; by?: KindCounts };

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

type Sum = { sum: number; n: number; by: KindCounts };

function toWeights(sums: Map<string, Sum>): Record<string, LearnedWeight> {
	const out: Record<string, LearnedWeight> = {};
	for (const [key, { sum, n, by }] of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		const factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, 1 + (STEP * sum) / (n + PRIOR)));
		out[key] = { factor: Math.round(factor * 1000) / 1000, events: n, by };
	}
	return out;
}

/** The weights one municipality's feedback events add up to. */
export function learnFromFeedback(events: readonly FeedbackEvent[]): LearnedWeights {
	const categories = new Map<string, Sum>();
	const themes = new Map<string, Sum>();
	const bump = (map: typeof categories, key: string, kind: FeedbackKind) => {
		const s = map.get(key) ?? { sum: 0, n: 0, by: {} };
		s.sum += SIGNAL[kind];
		s.n += 1;
		s.by[kind] = (s.by[kind] ?? 0) + 1;
		map.set(key, s);
	};
	for (const e of events) {
		bump(categories, categoryKey(e.offerCategory, e.requestCategory), e.kind);
		for (const theme of new Set(e.themes)) bump(themes, theme, e.kind);
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

export type LearnedLine = {
	kind: 'category' | 'theme';
	/** The theme's label, or "offer category → request category" (category ids; the caller may name them). */
	label: string;
	/** For a category line: the two category ids. */
	categories?: [string, string];
	factor: number;
	events: number;
	by: KindCounts;
};

/** What was learned, largest changes first, for the matchmaker's console. */
export function describeLearned(learned: LearnedWeights, lang: Lang = 'nl'): LearnedLine[] {
	const lines: LearnedLine[] = [];
	for (const [key, w] of Object.entries(learned.categories)) {
		const [offer = '', request = ''] = key.split('|');
		lines.push({
			kind: 'category',
			label: `${offer} → ${request}`,
			categories: [offer, request],
			factor: w.factor,
			events: w.events,
			by: w.by ?? {}
		});
	}
	for (const [id, w] of Object.entries(learned.themes))
		lines.push({
			kind: 'theme',
			label: conceptLabel(id, lang),
			factor: w.factor,
			events: w.events,
			by: w.by ?? {}
		});
	return lines
		.filter((l) => l.factor !== 1)
		.sort((a, b) => Math.abs(b.factor - 1) - Math.abs(a.factor - 1) || (a.label < b.label ? -1 : 1));
}

/**
 * The themes a feedback event is about: concepts both listings name themselves (not through a
 * broader theme), the same ones a proposal's "gaat allebei over" names. Works on closed
 * listings too, so a pair dismissed long ago still teaches something.
 */
export function pairThemes(
	offer: { title: string; description: string },
	request: { title: string; description: string }
): string[] {
	const of = (l: { title: string; description: string }) =>
		directConcepts([
			{ text: l.title, weight: 1.5 },
			{ text: l.description, weight: 1 }
		]);
	const a = of(offer);
	const b = of(request);
	const out: string[] = [];
	for (const [id, w] of a) if (w >= THEME_MIN && (b.get(id) ?? 0) >= THEME_MIN) out.push(id);
	return out.sort();
}

const THEME_MIN = 0.5;
