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
