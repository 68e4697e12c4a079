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

// Templates split once at their {name} placeholders: literal text at even indexes, names at
// odd ones. A list page fills in dozens of them, and a regex replace per call showed up in
// the server's CPU profile.
const templateParts = new Map<string, string[]>();

function partsOf(template: string): string[] {
	let parts = templateParts.get(template);
	if (!parts) {
		parts = template.split(/\{(\w+)\}/);
		templateParts.set(template, parts);
	}
	return parts;
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = dictionaries[locale][key] ?? nl[key];
	if (!params) return template;
	const parts = partsOf(template);
	let out = parts[0];
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i];
		out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1];
	}
	return out;
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

const scoreFormatters = new Map<Locale, Intl.NumberFormat>();

/** A score (0..1) as the reader writes decimals: "0,97" in Dutch, "0.97" in English. */
export function formatScore(locale: Locale, score: number): string {
	let formatter = scoreFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.NumberFormat(intlLocales[locale], {
			minimumFractionDigits: 2,
			maximumFractionDigits: 2
		});
		scoreFormatters.set(locale, formatter);
	}
	return formatter.format(score);
}

// Building an Intl formatter costs ~50x a format call; list pages format a date per card.
const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, iso: string): string {
	const day = DATE_ONLY.exec(iso);
	if (day) return formatCalendarDate(locale, Number(day[1]), Number(day[2]), Number(day[3]));
	let formatter = dateFormatters.get(locale);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long' });
		dateFormatters.set(locale, formatter);
	}
	return formatter.format(new Date(iso));
}

const DATE_ONLY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The long date pattern of a locale: its parts in order, with the month names filled in. */
type CalendarPattern = { parts: Intl.DateTimeFormatPart[]; months: string[] };
const calendarPatterns = new Map<Locale, CalendarPattern>();

function calendarPattern(locale: Locale): CalendarPattern {
	let pattern = calendarPatterns.get(locale);
	if (!pattern) {
		const formatter = new Intl.DateTimeFormat(intlLocales[locale], { dateStyle: 'long', timeZone: 'UTC' });
		const months = Array.from(
			{ length: 12 },
			(_, m) => formatter.formatToParts(Date.UTC(2001, m, 1)).find((p) => p.type === 'month')?.value ?? ''
		);
		pattern = { parts: formatter.formatToParts(Date.UTC(2001, 0, 1)), months };
		calendarPatterns.set(locale, pattern);
	}
	return pattern;
}

/**
 * A date-only value (an end date, a "needed by") is a calendar day, not an instant: written
 * out from its own parts, as Intl's long style does (the spec checks every day against it).
 * Intl's format call cost ~5 µs, and a list page formats a date on every card.
 */
function formatCalendarDate(locale: Locale, year: number, month: number, day: number): string {
	const { parts, months } = calendarPattern(locale);
	let out = '';
	for (const part of parts) {
		if (part.type === 'day') out += day;
		else if (part.type === 'month') out += months[month - 1];
		else if (part.type === 'year') out += year;
		else out += part.value;
	}
	return out;
}
