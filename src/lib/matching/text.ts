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
	if (w.length >= 5 && w.endsWith('e') && !isVowel(w[w.length - 2])) return undouble(w.slice(0, -1));
	return w;
}

function diminutive(w: string): string {
	// huisje, busje, balletje, boompje, koninkje: drop -je and the linking consonant/vowel
	let stem = w.slice(0, -2);
	if (stem.endsWith('et') && stem.length >= 5 && /([bdfgklmnprst])\1et$/.test(stem)) stem = stem.slice(0, -3);
	else if (stem.endsWith('t') || stem.endsWith('p')) stem = stem.slice(0, -1);
	return stem.length >= 2 ? stem : w;
}

const stemCache = new Map<string, string>();

/** Light Dutch stemmer: inflections (plural, -e, diminutive, ge-...-d participles) are removed to a fixpoint. */
// Plurals that would collide with another word after stemming (ouderen "elderly" vs ouders "parents").
const IRREGULAR: Record<string, string> = {
	ouderen: 'oudere',
	oudere: 'oudere',
	kinderen: 'kind',
	kinder: 'kind'
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
	for (let i = 0; i < 3; i++) {
		const next = stripOnce(w);
		if (next === w) break;
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
	return tokenise(text).filter((t) => t.length >= 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t));
}

/**
 * Splits a compound into known parts. Dutch compounds are head-final ("keukentafel" is a
 * table), so the head (last part) is returned separately from the modifiers.
 * "huiswerkklas" -> head klas, modifiers huiswerk/huis/werk. When only the head is known
 * ("driegangenmaaltijd") the head is still returned: it carries the meaning.
 * `known` holds stems; a modifier may carry a linking -s- or -e(n)- ("bestuurslid", "dierenarts").
 */
export function splitCompound(
	word: string,
	known: (s: string) => boolean
): { head: string; modifiers: string[] } | null {
	if (word.length < 7) return null;
	for (let i = 3; i <= word.length - 3; i++) {
		const tail = word.slice(i);
		const tailStem = stem(tail);
		if (tail.length < 3 || !known(tailStem)) continue;
		const head = word.slice(0, i);
		const modifiers = splitModifiers(head, known);
		// the longest known tail wins; a bare head is only trusted when it is long enough to be a word
		if (modifiers.length > 0) return { head: tailStem, modifiers };
		// "versnipperen" is a verb, not ver-snip-peren: a bare head needs length and no verbal prefix
		if (tailStem.length >= 4 && !/^(ver|be|ont|her|ge)/.test(word)) return { head: tailStem, modifiers };
	}
	return null;
}

function splitModifiers(head: string, known: (s: string) => boolean, depth = 0): string[] {
	const whole = linkedHead(head, known);
	if (whole !== null) return [whole, ...(depth < 1 && head.length >= 7 ? splitModifiers2(head, known) : [])];
	return depth < 2 ? splitModifiers2(head, known) : [];
}

function splitModifiers2(head: string, known: (s: string) => boolean): string[] {
	for (let i = 3; i <= head.length - 3; i++) {
		const left = linkedHead(head.slice(0, i), known);
		const right = linkedHead(head.slice(i), known);
		if (left !== null && right !== null) return [left, right];
	}
	return [];
}

function linkedHead(head: string, known: (s: string) => boolean): string | null {
	if (head.length >= 3 && known(stem(head))) return stem(head);
	if (head.length >= 4 && head.endsWith('s') && known(stem(head.slice(0, -1))))
		return stem(head.slice(0, -1));
	if (head.length >= 5 && head.endsWith('en') && known(stem(head.slice(0, -2))))
		return stem(head.slice(0, -2));
	if (head.length >= 4 && head.endsWith('e') && known(stem(head.slice(0, -1))))
		return stem(head.slice(0, -1));
	return null;
}
