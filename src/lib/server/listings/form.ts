import type { z } from 'zod';
import type { Locale } from '$lib/i18n';
import { listingMessage } from '$lib/listings';
import { parseForm } from '$lib/server/forms';

/**
 * parseForm with the listing schemas' own nl/en messages (listingMessages): they stay out
 * of the app dictionary, which every browser downloads.
 */
export function parseListingForm<S extends z.ZodType>(schema: S, formData: FormData, locale: Locale) {
	return parseForm(schema, formData, locale, { message: listingMessage });
}
