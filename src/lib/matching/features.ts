import { getLexicon, type Lexicon } from './lexicon';
import { contentTokens, splitCompound, stem } from './text';

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

/**
 * Features of one text; depends only on the text and the static lexicon, so a listing's
 * features never change when other listings arrive (incremental updates stay exact).
 */
export function extractFeatures(parts: TextPart[]): Features {
	const lex = getLexicon();
	const isKnown = known(lex);
	const raw = new Map<string, number>();
	for (const { text, weight } of parts) {
		if (!text) continue;
		const tokens = contentTokens(text);
		const stems = tokens.map(stem);
		for (let i = 0; i < tokens.length; i++) {
			const token = tokens[i]!;
			const s = stems[i]!;
			if (s.length < 2) continue;
			add(raw, 't:' + s, weight * TERM_WEIGHT);
			const direct = addConcepts(raw, lex, s, weight);
			if (i + 1 < stems.length) addConcepts(raw, lex, s + '_' + stems[i + 1], weight);
			if (!direct && token.length >= 7) {
				const split = splitCompound(token, isKnown);
				if (split) {
					// "schilderwerk", "dierenartskosten": a generic head leaves the meaning to the modifier
					const weak = WEAK_HEADS.has(split.head);
					const parts: [string, number][] = [[split.head, weak ? MODIFIER_WEIGHT : HEAD_WEIGHT]];
					for (const m of split.modifiers) parts.push([m, weak ? HEAD_WEIGHT : MODIFIER_WEIGHT]);
					for (const [part, w] of parts) {
						if (part === s) continue;
						add(raw, 't:' + part, weight * TERM_WEIGHT * w);
						addConcepts(raw, lex, part, weight * w);
					}
				}
			}
		}
	}
	// Sublinear weighting: a word repeated five times is not five times as telling.
	const out: Features = new Map();
	for (const [k, v] of raw) out.set(k, Math.sqrt(v));
	return out;
}

/** Concepts shared by two vectors, strongest first (used for reasons). */
export function sharedConcepts(a: Features, b: Features, idf: (f: string) => number, limit = 2): string[] {
	const shared: { id: string; w: number }[] = [];
	for (const [k, va] of a) {
		if (!k.startsWith('c:')) continue;
		const vb = b.get(k);
		if (vb === undefined) continue;
		shared.push({ id: k.slice(2), w: va * vb * idf(k) ** 2 });
	}
	shared.sort((x, y) => y.w - x.w || (x.id < y.id ? -1 : 1));
	return shared.slice(0, limit).map((s) => s.id);
}
