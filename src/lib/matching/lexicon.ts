import { LEXICON_SOURCE, SPLIT_WORDS } from './lexicon-data';
import { normalise, stem, STOPWORDS } from './text';

export type Concept = { id: string; nl: string; en: string; parents: string[] };

export type TermConcept = { id: string; weight: number };

/** Longest multi-word term, in content words (stop words are left out on both sides). */
export const MAX_NGRAM = 3;
/** Longest phrase, in words including function words. */
export const MAX_PHRASE = 5;

/** A phrase's key: its words as stems, function words included. */
export function phraseKey(words: string[]): string {
	return words.map((w) => stem(w)).join('_');
}

export type Lexicon = {
	concepts: Map<string, Concept>;
	/** stem (or "stem_stem" for terms of two or three content words) -> concepts with the term's weight */
	termConcepts: Map<string, TermConcept[]>;
	/**
	 * Phrases with function words in them ("de deur niet uit", "te donker", "onder water"): every
	 * word stemmed, stop words kept, matched on the full word sequence of a text.
	 */
	phrases: Map<string, TermConcept[]>;
	/** first words (stems) of the phrases: only there can a phrase start */
	phraseStarts: Set<string>;
	/** stems that may appear as a part of a compound */
	known: Set<string>;
	/** single-word terms as written (normalised, not stemmed) */
	rawTerms: Set<string>;
	/** concept id -> its ancestors with a decaying weight */
	ancestors: Map<string, { id: string; weight: number }[]>;
	/** the same ancestors as sets, built on first use */
	ancestorIds?: Map<string, Set<string>>;
};

function termKey(term: string): string {
	const parts = term
		.split('_')
		.map((part) => normalise(part).replace(/ /g, ''))
		.filter((part) => part && !STOPWORDS.has(part));
	return parts
		.slice(0, MAX_NGRAM)
		.map((part) => stem(part))
		.join('_');
}

/** Ancestors count for less than the concept itself: a broad theme alone should not make a match. */
const ANCESTOR_WEIGHT = 0.5;
const ANCESTOR_LEVELS = 2;

function parse(source: string, extraWords: string): Lexicon {
	const concepts = new Map<string, Concept>();
	const termConcepts = new Map<string, TermConcept[]>();
	const phrases = new Map<string, TermConcept[]>();
	const known = new Set<string>();
	const rawTerms = new Set<string>();
	for (const raw of source.split('\n')) {
		const line = raw.trim();
		if (!line) continue;
		const [id, nl, en, parents, terms] = line.split('|');
		if (!id || !nl || !en || terms === undefined) throw new Error(`Bad lexicon line: ${line}`);
		concepts.set(id, { id, nl, en, parents: (parents ?? '').split(',').filter(Boolean) });
		for (const entry of terms.split(/\s+/).filter(Boolean)) {
			// "term:0.5" marks a word that hints at the concept without naming it
			const [term = '', w] = entry.split(':');
			const weight = w === undefined ? 1 : Number(w);
			if (Number.isNaN(weight)) continue;
			const words = term.split('_').map((part) => normalise(part).replace(/ /g, ''));
			const target = words.length > 1 && words.some((w) => STOPWORDS.has(w)) ? phrases : termConcepts;
			const key = target === phrases ? phraseKey(words.slice(0, MAX_PHRASE)) : termKey(term);
			if (key.length < 2) continue;
			const list = target.get(key) ?? [];
			const existing = list.find((t) => t.id === id);
			if (existing) existing.weight = Math.max(existing.weight, weight);
			else list.push({ id, weight });
			target.set(key, list);
			if (!key.includes('_') && key.length >= 3) known.add(key);
			if (words.length === 1) rawTerms.add(words[0]!);
		}
	}
	for (const word of extraWords.split(/\s+/).filter(Boolean)) known.add(stem(word));

	const ancestors = new Map<string, { id: string; weight: number }[]>();
	for (const id of concepts.keys()) {
		const seen = new Map<string, number>();
		let frontier = [id];
		let weight = ANCESTOR_WEIGHT;
		for (let level = 0; level < ANCESTOR_LEVELS && frontier.length > 0; level++) {
			const next: string[] = [];
			for (const c of frontier) {
				for (const p of concepts.get(c)?.parents ?? []) {
					if (p === id || seen.has(p)) continue;
					if (!concepts.has(p)) throw new Error(`Unknown parent concept ${p} of ${c}`);
					seen.set(p, weight);
					next.push(p);
				}
			}
			frontier = next;
			weight *= 0.5;
		}
		ancestors.set(
			id,
			[...seen].map(([pid, w]) => ({ id: pid, weight: w }))
		);
	}
	const phraseStarts = new Set([...phrases.keys()].map((k) => k.split('_')[0]!));
	return { concepts, termConcepts, phrases, phraseStarts, known, rawTerms, ancestors };
}

let defaultLexicon: Lexicon | null = null;

export function getLexicon(): Lexicon {
	defaultLexicon ??= parse(LEXICON_SOURCE, SPLIT_WORDS);
	return defaultLexicon;
}

export function conceptLabel(id: string, lang: 'nl' | 'en'): string {
	const c = getLexicon().concepts.get(id);
	return c ? c[lang] : id;
}

/** Whether `ancestor` is a broader theme of `id`. */
export function isAncestor(ancestor: string, id: string): boolean {
	const lex = getLexicon();
	lex.ancestorIds ??= new Map([...lex.ancestors].map(([k, v]) => [k, new Set(v.map((a) => a.id))]));
	return lex.ancestorIds.get(id)?.has(ancestor) ?? false;
}

let parents: Set<string> | null = null;

/** Whether some narrower concept has this one as its parent (a broad theme). */
export function isParent(id: string): boolean {
	parents ??= new Set([...getLexicon().concepts.values()].flatMap((c) => c.parents));
	return parents.has(id);
}
