import { page } from '$app/state';
import { defaultLocale } from '$lib/i18n';
import { resultsText, type ResultsMessageKey } from './results';

/** resultsText in the current page's language (components). */
export function rt(key: ResultsMessageKey, params?: Record<string, string | number>): string {
	return resultsText(page.data.locale ?? defaultLocale, key, params);
}
