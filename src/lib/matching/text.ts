/**
 * Dutch text handling: normalisation, tokens, a light snowball-like stemmer and
 * compound splitting. Both sides of a match go through the same functions, so
 * the stemmer only has to be consistent (singular and plural meet), not pretty.
 */

export function normalise(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/['’`]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Function words plus words every listing uses ("vereniging", "graag"): they carry no meaning for matching. */
const STOPWORD_LIST = `
aan af al alle alles als altijd andere ben bij bijvoorbeeld binnen boven daar daarna dan dat de deze die dit doen
doet door dus een eens elk elke en er erbij eruit even ff ge geen gewoon graag had heb hebben heeft hem hen het hier
hij hoe hun iemand ieder iets ik in is ja je jij jou jouw jullie kan kun kunnen komen komt maar me meer men met mij
mijn mits moet moeten na naar niet niets nog nu of om omdat onder ons onze ook op over te ten tegen tot tussen u uit
uw van veel voor vooral waar wanneer want was wat we wel welke wie wij wil willen worden wordt z zal ze zelf zich zij
zijn zo zoals zonder zou zouden zullen zo n zn mee per via toe wel weer net weten weet regelen missen denk denken zoiets misschien staan staat gaan gaat laten zitten liggen ligt hangt kijken kijkt vinden vindt steeds nooit echt heel erg zeer soms vaak
the a an and or of to for in on with our your we you is are be this that it from at by as
vereniging verenigingen stichting stichtingen club clubs organisatie organisaties vrijwilliger vrijwilligers leden lid
gratis zoeken zoekt gezocht nodig helpen helpt hulp goed goede mooi mooie leuk leuke nieuw nieuwe oud oude groot grote
klein kleine jaar jaren week weken dag dagen keer paar ongeveer ca maken maakt gemaakt krijgen geven geeft
kunnen mogen mag wij willen wensen zou fijn handig prima beetje stuk enkele twee drie vier vijf zes tien
`;
export const STOPWORDS = new Set(STOPWORD_LIST.split(/\s+/).filter(Boolean));

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);

/** Long vowels are written single in open syllables (boom/bomen, vraag/vragen); collapse them so both meet. */
function collapseVowels(word: string): string {
	return word.replace(/aa/g, 'a').replace(/ee/g, 'e').replace(/oo/g, 'o').replace(/uu/g, 'u');
}

function undouble(word: string): string {
	return /([bdfgklmnprstz])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** One inflectional step; returns the word unchanged when nothing applies. */
function stripOnce(w: string): string {
	if (w.length >= 7 && w.endsWith('heden')) return w.slice(0, -5) + 'heid';
	if (w.length >= 6 && /[^aeiouy]jes$/.test(w)) return diminutive(w.slice(0, -1));
	if (w.length >= 5 && /[^aeiouy]je$/.test(w)) return diminutive(w);
	if (w.length >= 6 && w.endsWith('ene') && !isVowel(w[w.length - 4])) return w.slice(0, -3);
	if (w.length >= 6 && /[aeou]ien$/.test(w)) return w.slice(0, -2); // snoeien, zaaien, bloeien
	if (w.length >= 5 && w.endsWith('en') && !isVowel(w[w.length - 3])) {
		let stem = undouble(w.slice(0, -2));
		if (stem.endsWith('z')) stem = stem.slice(0, -1) + 's';
		else if (stem.endsWith('v')) stem = stem.slice(0, -1) + 'f';
		return stem;
	}
	if (w.length >= 5 && w.endsWith('s') && !/[sjaeiouy]s$/.test(w) && !w.endsWith("'s")) return w.slice(0, -1);
	// plurals in -s after a vowel: installaties, foto's, collega's, machines, garages (not proces, adres)
	if (w.length >= 6 && w.endsWith('ies')) return w.slice(0, -1);
	if (w.length >= 5 && /[^aeiouy][ao]s$/.test(w)) return w.slice(0, -1);
	if (w.length >= 7 && /[^aeiouy][aeiouy][^aeiouy]es$/.test(w)) return w.slice(0, -1);
	if (w.length >= 5 && w.endsWith('e') && !isVowel(w[w.length - 2])) return undouble(w.slice(0, -1));
	return w;
}

function diminutive(w: string): string {
	// huisje, busje, balletje, boompje, koninkje: drop -je and the linking consonant/vowel
	let stem = w.slice(0, -2);
	if (stem.endsWith('et') && stem.length >= 5 && /([bdfgklmnprst])\1et$/.test(stem)) stem = stem.slice(0, -3);
	// -tje after a vowel or a long vowel and l/n/r/w (tuintje, stoeltje); -pje after a long vowel and m
	// (boompje); otherwise the t or p is the word's own (plantje, tentje, lampje)
	else if (/([aeiouy]|[aeiouy]{2}[lnrw])t$/.test(stem) || /[aeiouy]{2}mp$/.test(stem))
		stem = stem.slice(0, -1);
	return stem.length >= 2 ? stem : w;
}

const stemCache = new Map<string, string>();

/** Light Dutch stemmer: inflections (plural, -e, diminutive, ge-...-d participles) are removed to a fixpoint. */
// Plurals that would collide with another word after stemming (ouderen "elderly" vs ouders "parents").
const IRREGULAR: Record<string, string> = {
	ouderen: 'oudere',
	oudere: 'oudere',
	kinderen: 'kind',
	kinder: 'kind',
	// members, not LED lamps; numbers (tientallen), not language (taal)
	leden: 'lid',
	tallen: 'getal',
	// words whose stem would meet another word of the lexicon: angry is no wood (bos), to read no
	// lesson (les), sheep no shelf (schap), to ensure no care (zorg), to reach people no wifi range
	boos: 'boos',
	boze: 'boos',
	lezen: 'lezen',
	schapen: 'schaap',
	schaap: 'schaap',
	zorgen: 'zorgen',
	bereiken: 'bereiken',
	// boys, not young ("voor jong en oud" is everyone)
	jongens: 'jongen',
	jongen: 'jongen',
	// tyres and ribbons, not music bands (bands)
	banden: 'banden',
	// playing music or a match, not a game
	spelen: 'spelen'
};

const SEPARABLE =
	/^(aan|af|op|uit|in|mee|leeg|schoon|klaar|om|door|weg|bij|terug|samen|vast|los|neer|rond|voor|toe|over)ge([a-z]{3,}?)[dt]$/;

export function stem(word: string): string {
	const cached = stemCache.get(word);
	if (cached !== undefined) return cached;
	const irregular = IRREGULAR[word];
	if (irregular !== undefined) return irregular;
	let w = word;
	// separable verbs put ge- inside: opgeruimd, aangelegd, schoongemaakt meet opruimen, aanleggen, schoonmaken
	const separable = SEPARABLE.exec(w);
	if (w.length >= 9 && separable) w = separable[1]! + separable[2]!;
	// gesnoeid, geschilderd: ge- + stem + -d/-t (long words only, so "gezond" and "gebied" stay)
	else if (w.length >= 8 && w.startsWith('ge') && /[dt]$/.test(w) && !isVowel(w[w.length - 2]))
		w = w.slice(2, -1);
	else if (w.length >= 8 && w.startsWith('ge') && /[aeiou][dt]$/.test(w) && isVowel(w[w.length - 3]))
		w = w.slice(2, -1);
	// Endings come off to a fixpoint (fietsen -> fiets -> fiet, like fiets), but -en only once:
	// "rekenen" is reken, not rek (rack).
	let strippedEn = false;
	for (let i = 0; i < 3; i++) {
		if (strippedEn && w.endsWith('en')) break;
		const next = stripOnce(w);
		if (next === w) break;
		strippedEn ||= w.endsWith('en') && !w.endsWith('heden');
		w = next;
	}
	w = collapseVowels(w);
	if (stemCache.size < 200_000) stemCache.set(word, w);
	return w;
}

export function tokenise(text: string): string[] {
	const norm = normalise(text);
	return norm ? norm.split(' ') : [];
}

/** Content tokens: no stop words, no bare numbers, at least two letters. */
export function contentTokens(text: string): string[] {
	return tokenise(text).filter(isContent);
}

/** A content token: no stop word, no bare number, at least two letters. */
export function isContent(t: string): boolean {
	return t.length >= 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t);
}

// Prefixes and separable particles: "verlichting", "opslag", "afval", "overkapping" are words of
// their own, not compounds of "ver"/"op"/"af"/"over" and another word.
const PARTICLES = new Set(
	(
		'ver be ont her ge er mis over onder door aan op uit af mee toe voor in om weg bij terug samen vast los neer ' +
		'rond achter tegen na te wan aller vol'
	).split(' ')
);

/**
 * Splits a compound into known parts, longest head first. Dutch compounds are head-final
 * ("keukentafel" is a table), so the head (last part) is returned apart from the modifiers:
 * "huiswerkklas" -> head klas, modifier huiswerk. `known` is asked about a part as written and
 * as a stem ("bakken" -> "bak"); a modifier may carry a linking -s-, -e- or -en-
 * ("trainingsveld", "dierenarts"). Every part must be known: a head alone does not make a split.
 */
export function splitCompound(
	word: string,
	known: (s: string) => boolean
): { head: string; modifiers: string[]; raw: string[] } | null {
	if (word.length < 6) return null;
	const parts = splitParts(word, known, 0);
	if (!parts) return null;
	return {
		head: stem(parts[parts.length - 1]!),
		modifiers: parts.slice(0, -1).map((p) => stem(p)),
		raw: [parts[parts.length - 1]!, ...parts.slice(0, -1)]
	};
}

// Short parts are only trusted as written: "stellen" is not "ste" + "lenen".
const isPart = (raw: string, known: (s: string) => boolean): boolean =>
	raw.length >= 3 && (known(raw) || (raw.length >= 5 && known(stem(raw))));

// Derivational endings that are also words ("gemeenschap" is not gemeen + schap, a shelf).
const SUFFIX_HEADS = new Set(
	'schap schappen heid dom nis ing lijk baar zaam loos achtig erij ier aar ster tje lingen ling'.split(' ')
);

function splitParts(word: string, known: (s: string) => boolean, depth: number): string[] | null {
	for (let i = 3; i <= word.length - 3; i++) {
		const tail = word.slice(i);
		if (SUFFIX_HEADS.has(tail) || !isPart(tail, known)) continue;
		for (const left of linkForms(word.slice(0, i))) {
			if (PARTICLES.has(left)) continue;
			// a verb stem as modifier: "parkeerterrein", "zwemles"
			if (isPart(left, known) || (left.length >= 3 && !/([a-z])\1$/.test(left) && known(left + 'en')))
				return [left, tail];
			if (depth < 1 && left.length >= 6) {
				const sub = splitParts(left, known, depth + 1);
				if (sub) return [...sub, tail];
			}
		}
	}
	return null;
}

/** A modifier as written, and without a linking -s-, -en- or -e-. */
function linkForms(left: string): string[] {
	const out = [left];
	if (left.length >= 4 && left.endsWith('s')) out.push(left.slice(0, -1));
	if (left.length >= 5 && left.endsWith('en')) out.push(left.slice(0, -2));
	if (left.length >= 4 && left.endsWith('e')) out.push(left.slice(0, -1));
	return out;
}

const DERIVATIONAL: [suffix: string, min: number][] = [
	['heid', 3],
	['lijke', 3],
	['lijk', 3],
	['ige', 4],
	['ig', 4],
	['ing', 4],
	['ingen', 4],
	['isch', 4],
	['baar', 3],
	['loos', 3],
	['ers', 4],
	['er', 4],
	['aar', 4],
	// donkerte, stilte, warmte, leegte: the quality of the adjective
	['te', 4],
	// isolatie, renovatie, reparatie, ventilatie: the act of isoleren, renoveren, repareren
	['atie', 3]
];

/**
 * Base forms a derived word may come from, as stems: veiligheid -> veilig, gevaarlijk -> gevaar,
 * modderig -> modder, verlichting -> verlichten, fietser -> fiets. Used only when the word itself
 * names no concept, so a wrong guess costs nothing but a lookup.
 */
export function derivations(word: string): string[] {
	const out: string[] = [];
	for (const [suffix, min] of DERIVATIONAL) {
		if (!word.endsWith(suffix) || word.length - suffix.length < min) continue;
		const base = word.slice(0, -suffix.length);
		out.push(stem(base), stem(base + 'en'));
		if (suffix === 'atie') out.push(stem(base + 'eren'));
		if (/([bdfgklmnprst])\1$/.test(base)) out.push(stem(base.slice(0, -1)));
	}
	return [...new Set(out)].filter((b) => b.length >= 3);
}
