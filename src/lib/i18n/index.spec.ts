import { describe, expect, it } from 'vitest';
import { en, enParts } from './en';
import { formatDate, formatScore, localeFromAcceptLanguage, translate } from './index';
import { nl, nlParts } from './nl';

describe('i18n', () => {
	it('has the same keys in every dictionary', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	// A later spread silently overrides an earlier one: two parts sharing a key would lose a text.
	it('defines every key in exactly one part of a dictionary', () => {
		for (const [dictionary, parts] of [
			[nl, nlParts],
			[en, enParts]
		] as const) {
			const owner = new Map<string, string>();
			const shared: string[] = [];
			for (const [part, messages] of Object.entries(parts)) {
				for (const key of Object.keys(messages)) {
					const earlier = owner.get(key);
					if (earlier) shared.push(`${key} (${earlier}, ${part})`);
					owner.set(key, part);
				}
			}
			expect(shared).toEqual([]);
			// Every part is spread into the dictionary, and nothing else is.
			expect([...owner.keys()].sort()).toEqual(Object.keys(dictionary).sort());
		}
	});

	it('keeps the parts of the two languages side by side', () => {
		expect(Object.keys(enParts)).toEqual(Object.keys(nlParts).map((name) => name.replace(/Nl$/, 'En')));
		for (const [name, messages] of Object.entries(nlParts)) {
			const english = enParts[name.replace(/Nl$/, 'En') as keyof typeof enParts];
			expect(Object.keys(english).sort(), name).toEqual(Object.keys(messages).sort());
		}
	});

	it("writes a score with the reader's decimal separator", () => {
		expect(formatScore('nl', 0.97)).toBe('0,97');
		expect(formatScore('en', 0.97)).toBe('0.97');
		expect(formatScore('nl', 0.5)).toBe('0,50');
	});

	it('fills in parameters and leaves unknown ones visible', () => {
		expect(translate('nl', 'dashboard.greeting', { name: 'Anna' })).toBe('Welkom, Anna.');
		expect(translate('en', 'dashboard.greeting')).toBe('Welcome, {name}.');
	});

	it('fills in several placeholders and keeps the text around them', () => {
		expect(translate('nl', 'market.card.until_offer', { date: '1 mei 2027' })).toBe(
			'Beschikbaar tot 1 mei 2027'
		);
		expect(translate('en', 'market.results.page', { page: 2, pages: 5 })).toBe('Page 2 of 5.');
		expect(translate('en', 'dashboard.greeting', { other: 'x' })).toBe('Welcome, {name}.');
	});

	it('writes a calendar date exactly as Intl does, in both languages', () => {
		for (const [locale, tag] of [
			['nl', 'nl-NL'],
			['en', 'en-GB']
		] as const) {
			const intl = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
			for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
				const iso = new Date(day).toISOString().slice(0, 10);
				expect(formatDate(locale, iso)).toBe(intl.format(day));
			}
		}
		expect(formatDate('nl', '2026-12-31')).toBe('31 december 2026');
		expect(formatDate('en', '2027-03-01')).toBe('1 March 2027');
	});

	it('picks the best supported language from Accept-Language', () => {
		expect(localeFromAcceptLanguage('de-DE,en-GB;q=0.8,nl;q=0.9')).toBe('nl');
		expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
		expect(localeFromAcceptLanguage('fr-FR')).toBeNull();
		expect(localeFromAcceptLanguage(null)).toBeNull();
	});
});
