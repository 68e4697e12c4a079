import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';
import { getLexicon } from './lexicon';
import { splitCompound, stem } from './text';

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
