import { getLexicon, type Lexicon } from './lexicon';
import { contentTokens, splitCompound, stem } from './text';
import type { DocFreq, Vec } from './vector-index';

/** Sparse feature vector: "c:<concept>" for lexicon concepts, "t:<stem>" for plain terms. */
export type Features = Map<string, number>;

export type TextPart = { text: string | null | undefined; weight: number };

// Concepts carry the meaning across different words; plain terms catch names and rare words the lexicon lacks.
const CONCEPT_WEIGHT = 1;
const TERM_WEIGHT = 0.6;
// The head of a compound is what the thing is (keukentafel: a table); modifiers only colour it.
const HEAD_WEIGHT = 0.75;
const MODIFIER_WEIGHT = 0.35;
const WEAK_HEADS = new Set(
	'werk dag middag avond ochtend kost rond led lid groep plek tijd punt man mens dienst actie plan lijst week jar uur stuk zak'
		.split(' ')
		.map(stem)
);

function add(map: Map<string, number>, key: string, w: number): void {
	map.set(key, (map.get(key) ?? 0) + w);
}

function addConcepts(raw: Map<string, number>, lex: Lexicon, key: string, w: number): boolean {
	const ids = lex.termConcepts.get(key);
	if (!ids) return false;
	for (const id of ids) {
		add(raw, 'c:' + id, w * CONCEPT_WEIGHT);
		for (const a of lex.ancestors.get(id) ?? []) add(raw, 'c:' + a.id, w * CONCEPT_WEIGHT * a.weight);
	}
	return true;
}

const known = (lex: Lexicon) => (s: string) => lex.known.has(s) || lex.termConcepts.has(s);

type Contribution = [key: string, weight: number];

// Listings repeat the same words; a word's features (stem, concepts, compound parts) are worked out once.
const tokenCache = new Map<string, { stem: string; adds: Contribution[] }>();

function analyseToken(token: string, lex: Lexicon): { stem: string; adds: Contribution[] } {
	const cached = tokenCache.get(token);
	if (cached) return cached;
	const s = stem(token);
	const raw = new Map<string, number>();
	if (s.length >= 2) {
		add(raw, 't:' + s, TERM_WEIGHT);
		const direct = addConcepts(raw, lex, s, 1);
		if (!direct && token.length >= 7) {
			const split = splitCompound(token, known(lex));
			if (split) {
				// "schilderwerk", "dierenartskosten": a generic head leaves the meaning to the modifier
				const weak = WEAK_HEADS.has(split.head);
				const parts: [string, number][] = [[split.head, weak ? MODIFIER_WEIGHT : HEAD_WEIGHT]];
				for (const m of split.modifiers) parts.push([m, weak ? HEAD_WEIGHT : MODIFIER_WEIGHT]);
				for (const [part, w] of parts) {
					if (part === s) continue;
					add(raw, 't:' + part, TERM_WEIGHT * w);
					addConcepts(raw, lex, part, w);
				}
			}
		}
	}
	const info = { stem: s, adds: [...raw] };
	if (tokenCache.size < 200_000) tokenCache.set(token, info);
	return info;
}

/**
 * Features of one text; depends only on the text and the static lexicon, so a listing's
 * features never change when other listings arrive (incremental updates stay exact).
 */
export function extractFeatures(parts: TextPart[]): Features {
	const lex = getLexicon();
	const raw = new Map<string, number>();
	for (const { text, weight } of parts) {
		if (!text) continue;
		const infos = contentTokens(text).map((t) => analyseToken(t, lex));
		for (let i = 0; i < infos.length; i++) {
			const info = infos[i]!;
			if (info.stem.length < 2) continue;
			for (const [k, w] of info.adds) add(raw, k, weight * w);
			if (i + 1 < infos.length) addConcepts(raw, lex, info.stem + '_' + infos[i + 1]!.stem, weight);
		}
	}
	// Sublinear weighting: a word repeated five times is not five times as telling.
	const out: Features = new Map();
	for (const [k, v] of raw) out.set(k, Math.sqrt(v));
	return out;
}

/** Concepts shared by two packed vectors, strongest first (used for reasons). */
export function sharedConcepts(a: Vec, b: Vec, df: DocFreq, limit = 2): string[] {
	const shared: { id: string; w: number }[] = [];
	const names = df.space.names;
	let i = 0;
	let j = 0;
	while (i < a.keys.length && j < b.keys.length) {
		const x = a.keys[i]!;
		const y = b.keys[j]!;
		if (x < y) i++;
		else if (x > y) j++;
		else {
			const name = names[x]!;
			if (name.startsWith('c:'))
				shared.push({ id: name.slice(2), w: a.weights[i]! * b.weights[j]! * df.idf(x) ** 2 });
			i++;
			j++;
		}
	}
	shared.sort((x, y) => y.w - x.w || (x.id < y.id ? -1 : 1));
	return shared.slice(0, limit).map((s) => s.id);
}
