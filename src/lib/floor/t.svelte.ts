import { page } from '$app/state';
import { defaultLocale } from '$lib/i18n';
import { floorText, type FloorMessageKey } from './messages';

/** floorText in the current page's language (components). */
export function flt(key: FloorMessageKey, params?: Record<string, string | number>): string {
	return floorText(page.data.locale ?? defaultLocale, key, params);
}
