import { page } from '$app/state';
import { defaultLocale } from '$lib/i18n';
import { followupText, type FollowupMessageKey } from './messages';

/** followupText in the current page's language (components). */
export function ft(key: FollowupMessageKey, params?: Record<string, string | number>): string {
	return followupText(page.data.locale ?? defaultLocale, key, params);
}
