import { page } from '$app/state';
import {
	defaultLocale,
	formatDate,
	formatScore,
	intlLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from './index';

// Components read the request's locale from the root layout data, so switching language
// re-renders every string without passing `t` down through props.
function currentLocale(): Locale {
	return page.data.locale ?? defaultLocale;
}

export function t(key: MessageKey, params?: MessageParams): string {
	return translate(currentLocale(), key, params);
}

export function date(iso: string): string {
	return formatDate(currentLocale(), iso);
}

/** A score (0..1) with the reader's decimal separator. */
export function score(value: number): string {
	return formatScore(currentLocale(), value);
}

/** The Intl locale tag of the current page, for numbers and custom date formats. */
export function intlTag(): string {
	return intlLocale(currentLocale());
}
