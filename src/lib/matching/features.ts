import { getLexicon, isAncestor, isParent, MAX_NGRAM, MAX_PHRASE, type Lexicon } from './lexicon';
import { derivations, isContent, normalise, splitCompound, stem, tokenise } from './text';
import type { DocFreq, Vec } from './vector-index';
import { dutchWords } from './wordlist';

/** Sparse feature vector: "c:<concept>" for lexicon concepts, "t:<stem>" for plain terms. */
export type Features = Map<string, number>;

export type TextPart = { text: string | null | undefined; weight: number };

// Concepts carry the meaning across different words; plain terms catch names and rare words the lexicon lacks.
const CONCEPT_WEIGHT = 1;
const TERM_WEIGHT = 0.5;
// A derived form (veiligheid -> veilig, modderig -> modder) says nearly what its base says.
const DERIVED_WEIGHT = 0.8;
// The head of a compound is what the thing is (keukentafel: a table); modifiers only colour it.
const HEAD_WEIGHT = 0.75;
const MODIFIER_WEIGHT = 0.35;
const WEAK_HEADS = new Set(
	(
		'werk dag middag avond ochtend kost rond led lid groep plek tijd punt man mens dienst actie plan lijst week jar uur stuk zak ' +
		// craft materials, sports gear: the modifier says what they are for
		'materiaal materialen spullen spul benodigdheden artikelen middelen'
	)
		.split(' ')
		.map(stem)
);

function add(map: Map<string, number>, key: string, w: number): void {
	map.set(key, (map.get(key) ?? 0) + w);
}

/** Adds the concepts of a term (with their ancestors) and returns whether it named any. */
function addConcepts(
	raw: Map<string, number>,
	lex: Lexicon,
	key: string,
	w: number,
	direct?: Map<string, number>,
	table = lex.termConcepts
): boolean {
	const hits = table.get(key);
	if (!hits) return false;
	for (const { id, weight } of hits) {
		const cw = w * weight * CONCEPT_WEIGHT;
		add(raw, 'c:' + id, cw);
		if (direct) add(direct, id, cw);
		for (const a of lex.ancestors.get(id) ?? []) add(raw, 'c:' + a.id, cw * a.weight);
	}
	return true;
}

/** A compound part is a word of the Dutch word list or of the lexicon. */
const partKnown = (lex: Lexicon) => {
	const words = dutchWords();
	// short lexicon stems ("len" of lenen) are not words: short parts must be real words
	// a stem has its long vowel written single (problemen -> problem); the word list has probleem
	const long = (s: string) => s.replace(/([^aeiouy])([aeou])([^aeiouy])$/, '$1$2$2$3');
	return (s: string) =>
		words.has(s) || (s.length >= 5 && (lex.known.has(s) || lex.termConcepts.has(s) || words.has(long(s))));
};

type Contribution = [key: string, weight: number];
type TokenInfo = { stem: string; adds: Contribution[]; direct: Contribution[] };

// Listings repeat the same words; a word's features (stem, concepts, compound parts) are worked out once.
const tokenCache = new Map<string, TokenInfo>();

function analyseToken(token: string, lex: Lexicon): TokenInfo {
	const cached = tokenCache.get(token);
	if (cached) return cached;
	const s = stem(token);
	const raw = new Map<string, number>();
	const direct = new Map<string, number>();
	if (s.length >= 2) {
		add(raw, 't:' + s, TERM_WEIGHT);
		let found = addConcepts(raw, lex, s, 1, direct);
		if (!found) {
			// derivations: veiligheid -> veilig, gevaarlijk -> gevaar, modderig -> modder
			for (const base of derivations(token)) {
				if (addConcepts(raw, lex, base, DERIVED_WEIGHT, direct)) {
					found = true;
					break;
				}
			}
		}
		if (found && token.length >= 8) {
			// a compound the lexicon knows still shares its head word with the plain word
			// (personenbusje and busje)
			const split = splitCompound(token, partKnown(lex));
			if (split && split.head !== s && !WEAK_HEADS.has(split.head) && split.raw[0]!.length >= 3)
				add(raw, 't:' + split.head, TERM_WEIGHT * MODIFIER_WEIGHT);
		} else if (!found && token.length >= 6) {
			const split = splitCompound(token, partKnown(lex));
			if (split) {
				// "schilderwerk", "dierenartskosten": a generic head leaves the meaning to the modifier
				const weak = WEAK_HEADS.has(split.head);
				const parts: [string, number, string][] = [
					[split.head, weak ? MODIFIER_WEIGHT : HEAD_WEIGHT, split.raw[0]!]
				];
				split.modifiers.forEach((m, i) =>
					parts.push([m, weak ? HEAD_WEIGHT : MODIFIER_WEIGHT, split.raw[i + 1]!])
				);
				for (const [part, w, written] of parts) {
					if (part === s) continue;
					add(raw, 't:' + part, TERM_WEIGHT * w);
					// A short part names a concept only as the lexicon writes it: stems of three letters
					// collide (maandag is no "dagje", personen no "peren").
					if (written.length <= 3 && !lex.rawTerms.has(written)) continue;
					// a modifier colours the compound: it is not what the text is about, so no theme of its own
					addConcepts(raw, lex, part, w, w === HEAD_WEIGHT ? direct : undefined);
				}
			}
		}
	}
	const info = { stem: s, adds: [...raw], direct: [...direct] };
	if (tokenCache.size < 200_000) tokenCache.set(token, info);
	return info;
}

// "dak- en thuislozen", "EHBO- en reanimatiecursus": the first word is a compound whose head is
// left out; it is completed with the head of the compound that follows (daklozen, EHBO-cursus).
const ELLIPSIS = /([\p{L}]+)-\s+(en|of|tot)\s+([\p{L}]+)/giu;

function completeEllipsis(text: string, lex: Lexicon): string {
	if (!text.includes('- ')) return text;
	return text.replace(ELLIPSIS, (all, first: string, conj: string, next: string) => {
		const split = splitCompound(normalise(next), partKnown(lex));
		return split ? `${first}${split.raw[0]} ${conj} ${next}` : all;
	});
}

function analyse(parts: TextPart[], direct?: Map<string, number>): Map<string, number> {
	const lex = getLexicon();
	const raw = new Map<string, number>();
	for (const { text, weight } of parts) {
		if (!text) continue;
		const words = tokenise(completeEllipsis(text, lex));
		const infos = words
			.filter(isContent)
			.map((t) => analyseToken(t, lex))
			.filter((info) => info.stem.length >= 2);
		for (let i = 0; i < infos.length; i++) {
			const info = infos[i]!;
			for (const [k, w] of info.adds) add(raw, k, weight * w);
			if (direct) for (const [k, w] of info.direct) add(direct, k, weight * w);
			// terms of two or three words in a row ("social media", "weinig geld", "in de watten")
			let key = info.stem;
			for (let n = 1; n < MAX_NGRAM && i + n < infos.length; n++) {
				key += '_' + infos[i + n]!.stem;
				addConcepts(raw, lex, key, weight, direct);
			}
		}
		// phrases that need their function words: "komen de deur niet meer uit", "te donker"
		if (lex.phrases.size) {
			const stems = words.map((t) => stem(t));
			for (let i = 0; i < stems.length; i++) {
				if (!lex.phraseStarts.has(stems[i]!)) continue;
				let key = stems[i]!;
				for (let n = 1; n < MAX_PHRASE && i + n < stems.length; n++) {
					key += '_' + stems[i + n]!;
					addConcepts(raw, lex, key, weight, direct, lex.phrases);
				}
			}
		}
	}
	return raw;
}

/**
 * Features of one text; depends only on the text and the static lexicon, so a listing's
 * features never change when other listings arrive (incremental updates stay exact).
 */
export function extractFeatures(parts: TextPart[], direct?: Map<string, number>): Features {
	const raw = analyse(parts, direct);
	// Sublinear weighting: a word repeated five times is not five times as telling.
	const out: Features = new Map();
	for (const [k, v] of raw) out.set(k, Math.sqrt(v));
	return out;
}

/** The concepts a text names itself (not only through a broader theme or a compound's modifier). */
export function directConcepts(parts: TextPart[]): Map<string, number> {
	const direct = new Map<string, number>();
	analyse(parts, direct);
	return direct;
}

/** A theme is only named when both texts are about it with at least this weight. */
const THEME_MIN = 0.5;

/**
 * Calls `visit` for every concept both sparse vectors carry (keys are sorted, so one merge
 * walk), with the concept id, its weight in each vector and its key.
 */
export function forEachSharedConcept(
	a: Vec,
	b: Vec,
	df: DocFreq,
	visit: (id: string, weightA: number, weightB: number, key: number) => void
): void {
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
			if (name.startsWith('c:')) visit(name.slice(2), a.weights[i]!, b.weights[j]!, x);
			i++;
			j++;
		}
	}
}

/**
 * Themes for a "gaat allebei over" reason, strongest first: concepts that one text names itself
 * and the other names itself or through a narrower concept (laptops are ICT). A theme is dropped
 * when a narrower chosen theme already says it, and so is a label that repeats another.
 */
export function sharedConcepts(
	a: Vec,
	b: Vec,
	df: DocFreq,
	directA: Map<string, number>,
	directB: Map<string, number>,
	limit = 2
): string[] {
	const shared: { id: string; w: number }[] = [];
	forEachSharedConcept(a, b, df, (id, wa, wb, key) => {
		// a broad theme ("faciliteiten", "klussen") only when both texts name it themselves
		// and each text names it itself or through a narrower concept: a compound's modifier
		// ("keukenvloer" is a floor) does not make a text about the modifier's theme
		const about = (direct: Map<string, number>) =>
			direct.has(id) || [...direct.keys()].some((d) => isAncestor(id, d));
		const named = isParent(id)
			? directA.has(id) && directB.has(id)
			: (directA.has(id) || directB.has(id)) && about(directA) && about(directB);
		if (named && Math.min(wa, wb) >= THEME_MIN) shared.push({ id, w: wa * wb * df.idf(key) ** 2 });
	});
	shared.sort((x, y) => y.w - x.w || (x.id < y.id ? -1 : 1));
	const lex = getLexicon();
	const chosen: string[] = [];
	const words = new Set<string>();
	for (const { id } of shared) {
		if (chosen.length >= limit) break;
		if (shared.some((s) => s.id !== id && isAncestor(id, s.id))) continue;
		if (chosen.some((c) => isAncestor(c, id))) continue;
		const label = (lex.concepts.get(id)?.nl ?? id).toLowerCase().split(/\s+/);
		if (label.some((w) => w.length > 3 && words.has(w))) continue;
		for (const w of label) words.add(w);
		chosen.push(id);
	}
	return chosen;
}
