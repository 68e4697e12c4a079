import { describe, expect, it } from 'vitest';
import { directConcepts, extractFeatures } from './features';
import { getLexicon } from './lexicon';
import { derivations, splitCompound, stem } from './text';
import { dutchWords } from './wordlist';

const lex = getLexicon();
const known = (s: string) => lex.known.has(s) || lex.termConcepts.has(s);

describe('stemmer', () => {
	it('brings singular and plural together', () => {
		expect(stem('laptops')).toBe(stem('laptop'));
		expect(stem('laptops')).toBe('laptop');
		expect(stem('bomen')).toBe(stem('boom'));
		expect(stem('fietsen')).toBe(stem('fiets'));
		expect(stem('huisjes')).toBe(stem('huis'));
	});

	it('reads separable verbs in the participle like their infinitive', () => {
		expect(stem('opgeruimd')).toBe(stem('opruimen'));
		expect(stem('aangelegd')).toBe(stem('aanleggen'));
		expect(stem('schoongemaakt')).toBe(stem('schoonmaken'));
	});

	it('keeps parents and the elderly apart', () => {
		expect(stem('ouders')).not.toBe(stem('ouderen'));
	});
});

describe('compounds', () => {
	it('splits huiswerkklas into its parts with klas as head', () => {
		const split = splitCompound('huiswerkklas', known);
		expect(split?.head).toBe(stem('klas'));
		expect(split?.modifiers).toContain(stem('huiswerk'));
	});

	it('lets schilderwerk meet schilderen through the painting concept', () => {
		const a = extractFeatures([{ text: 'schilderwerk', weight: 1 }]);
		const b = extractFeatures([{ text: 'schilderen', weight: 1 }]);
		expect(a.has('c:painting')).toBe(true);
		expect(b.has('c:painting')).toBe(true);
	});

	it('does not read a verb with a prefix as a compound', () => {
		expect(splitCompound('versnipperen', known)).toBeNull();
	});

	it('maps afgeschreven laptops and computers to the same ICT theme', () => {
		const offer = extractFeatures([{ text: 'afgeschreven laptops', weight: 1 }]);
		const request = extractFeatures([{ text: 'computers voor de huiswerkklas', weight: 1 }]);
		expect(offer.has('c:ict')).toBe(true);
		expect(request.has('c:ict')).toBe(true);
	});
});

describe('word forms and compounds with the Dutch word list', () => {
	it('finds the base of a derived word', () => {
		expect(derivations('veiligheid')).toContain(stem('veilig'));
		expect(derivations('gevaarlijk')).toContain(stem('gevaar'));
		expect(derivations('modderig')).toContain(stem('modder'));
	});

	it('takes -en off once only', () => {
		expect(stem('rekenen')).not.toBe(stem('rekken'));
	});

	it('splits a compound with a linking s into real words', () => {
		const words = dutchWords();
		const split = splitCompound('trainingsveld', (s) => words.has(s));
		expect(split?.head).toBe(stem('veld'));
		expect(split?.modifiers).toEqual([stem('training')]);
	});

	it('does not split prefixed words or derivational endings into spurious parts', () => {
		const words = dutchWords();
		const known = (s: string) => words.has(s);
		expect(splitCompound('opslag', known)).toBeNull();
		expect(splitCompound('volwassenen', known)).toBeNull();
		expect(splitCompound('gemeenschap', known)).toBeNull();
	});

	it('gives no theme through a broken split', () => {
		expect(directConcepts([{ text: 'de gemeenschap', weight: 1 }]).has('animals')).toBe(false);
		expect(directConcepts([{ text: 'beschikbaar stellen', weight: 1 }]).has('facilities')).toBe(false);
		expect(directConcepts([{ text: 'dichtgegroeid pad', weight: 1 }]).has('pruning')).toBe(true);
	});
});

describe('phrases with function words', () => {
	it('reads a problem told in a phrase', () => {
		expect(
			directConcepts([{ text: 'Onze gasten komen de deur niet meer uit', weight: 1 }]).has('outing')
		).toBe(true);
		expect(directConcepts([{ text: 'Het is er te donker', weight: 1 }]).has('electric')).toBe(true);
		// the same words out of order are not the phrase
		expect(directConcepts([{ text: 'uit de deur', weight: 1 }]).has('outing')).toBe(false);
	});
});

describe('words that only look alike', () => {
	it('brings plurals in -s after a vowel to their singular', () => {
		expect(stem('installaties')).toBe(stem('installatie'));
		expect(stem('fotos')).toBe(stem('foto'));
		expect(stem('machines')).toBe(stem('machine'));
		expect(stem('processen')).toBe(stem('proces'));
	});

	it('keeps the t or p that belongs to the word in a diminutive', () => {
		expect(stem('plantjes')).toBe(stem('planten'));
		expect(stem('plantje')).not.toBe(stem('plan'));
		expect(stem('tuintje')).toBe(stem('tuin'));
		expect(stem('boompje')).toBe(stem('boom'));
	});

	it('gives no theme through a short compound part the lexicon does not write', () => {
		// maandag is no outing (dagje), personen no pears, ledenwerving no LED lighting
		expect(directConcepts([{ text: 'maandag', weight: 1 }]).has('outing')).toBe(false);
		expect(extractFeatures([{ text: 'personen', weight: 1 }]).has('c:food')).toBe(false);
		expect(extractFeatures([{ text: 'ledenwerving', weight: 1 }]).has('c:electric')).toBe(false);
		expect(extractFeatures([{ text: 'tientallen', weight: 1 }]).has('c:language')).toBe(false);
	});

	it('completes a word left open before "en" with the head of the next compound', () => {
		const concepts = directConcepts([{ text: 'voor dak- en thuislozen', weight: 1 }]);
		expect(concepts.has('poverty')).toBe(true);
		expect(concepts.has('roof')).toBe(false);
	});
});
