import { describe, expect, it } from 'vitest';
import { en } from './en';
import { localeFromAcceptLanguage, translate } from './index';
import { nl } from './nl';

describe('i18n', () => {
	it('has the same keys in every dictionary', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
	});

	it('fills in parameters and leaves unknown ones visible', () => {
		expect(translate('nl', 'dashboard.greeting', { name: 'Anna' })).toBe('Welkom, Anna.');
		expect(translate('en', 'dashboard.greeting')).toBe('Welcome, {name}.');
	});

	it('picks the best supported language from Accept-Language', () => {
		expect(localeFromAcceptLanguage('de-DE,en-GB;q=0.8,nl;q=0.9')).toBe('nl');
		expect(localeFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
		expect(localeFromAcceptLanguage('fr-FR')).toBeNull();
		expect(localeFromAcceptLanguage(null)).toBeNull();
	});
});
