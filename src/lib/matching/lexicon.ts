import { LEXICON_SOURCE, SPLIT_WORDS } from './lexicon-data';
import { normalise, stem } from './text';

export type Concept = { id: string; nl: string; en: string; parents: string[] };

export type Lexicon = {
	concepts: Map<string, Concept>;
	/** stem (or "stem_stem" for two-word terms) -> concept ids */
	termConcepts: Map<string, string[]>;
	/** stems that may appear as a part of a compound */
	known: Set<string>;
	/** concept id -> its ancestors with a decaying weight */
	ancestors: Map<string, { id: string; weight: number }[]>;
};

function termKey(term: string): string {
	return term
		.split('_')
		.map((part) => stem(normalise(part).replace(/ /g, '')))
		.join('_');
}

function parse(source: string, extraWords: string): Lexicon {
	const concepts = new Map<string, Concept>();
	const termConcepts = new Map<string, string[]>();
	const known = new Set<string>();
	for (const raw of source.split('\n')) {
		const line = raw.trim();
		if (!line) continue;
		const [id, nl, en, parents, terms] = line.split('|');
		if (!id || !nl || !en || terms === undefined) throw new Error(`Bad lexicon line: ${line}`);
		concepts.set(id, { id, nl, en, parents: (parents ?? '').split(',').filter(Boolean) });
		for (const term of terms.split(/\s+/).filter(Boolean)) {
			const key = termKey(term);
			if (key.length < 2) continue;
			const list = termConcepts.get(key) ?? [];
			if (!list.includes(id)) list.push(id);
			termConcepts.set(key, list);
			if (!key.includes('_') && key.length >= 3) known.add(key);
		}
	}
	for (const word of extraWords.split(/\s+/).filter(Boolean)) known.add(stem(word));

	const ancestors = new Map<string, { id: string; weight: number }[]>();
	for (const id of concepts.keys()) {
		const seen = new Map<string, number>();
		let frontier = [id];
		let weight = 0.5;
		for (let level = 0; level < 3 && frontier.length > 0; level++) {
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
	return { concepts, termConcepts, known, ancestors };
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
