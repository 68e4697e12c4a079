import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/i18n';

export const LOCALE_COOKIE = 'locale';

/** Remembers a visitor's language for a year; signed-in users also keep it in their profile. */
export function rememberLocale(cookies: Cookies, locale: Locale) {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		httpOnly: false,
		sameSite: 'lax',
		maxAge: 60 * 60 * 24 * 365
	});
}
