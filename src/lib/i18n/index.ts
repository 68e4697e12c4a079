import { en } from './en';
import { nl, type MessageKey } from './nl';

export type { MessageKey };
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

const dictionaries: Record<Locale, Record<MessageKey, string>> = { nl, en };

export type MessageParams = Record<string, string | number>;

export function isLocale(value: unknown): value is Locale {
	return value === 'nl' || value === 'en';
}

export function isMessageKey(value: unknown): value is MessageKey {
	return typeof value === 'string' && value in nl;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = dictionaries[locale][key] ?? nl[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** A `t` bound to one locale, for server code that knows `locals.locale`. */
export function translator(locale: Locale) {
	return (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
}

/** Picks the best supported locale from an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag, ...rest] = part.trim().split(';');
			const q = rest.find((p) => p.trim().startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.filter((entry) => entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		if (isLocale(base)) return base;
	}
	return null;
}

const intlLocales: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** The BCP 47 tag that Intl formatters use for a locale. */
export function intlLocale(locale: Locale): string {
	return intlLocales[locale];
}

// Building an Intl formatter costs ~50x a format call; list pages format a date per card.
const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, iso: string): string {
	let formatter = dateFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long' });
		dateFormatters.set(locale, formatter);
	}
	return formatter.format(new Date(iso));
}
