import type { z } from 'zod';
import { translate, type Locale } from '$lib/i18n';
import { listingMessage, type ListingKind } from '$lib/listings';
import { fieldError, parseForm, type FieldErrors } from '$lib/server/forms';
import { forbidden } from '$lib/server/guards';
import type { ListingFailure } from './types';

/**
 * parseForm with the listing schemas' own nl/en messages (listingMessages): they stay out
 * of the app dictionary, which every browser downloads.
 */
export function parseListingForm<S extends z.ZodType>(schema: S, formData: FormData, locale: Locale) {
	return parseForm(schema, formData, locale, { message: listingMessage });
}

/**
 * What the create and edit forms say when the database refused to save: 403 for a listing the
 * user may not touch, the end date's field for the database's own date check (a day boundary
 * passed between form and save), the daily quota, else a general message.
 */
export function saveFailureErrors(reason: ListingFailure, kind: ListingKind, locale: Locale): FieldErrors {
	if (reason === 'forbidden' || reason === 'not_found') forbidden(locale);
	const field = kind === 'offer' ? 'available_until' : 'needed_by';
	if (reason === 'ends_in_past') return fieldError(field, listingMessage('listing.date_past', locale) ?? '');
	return fieldError('form', translate(locale, reason === 'quota_exceeded' ? 'error.quota' : 'error.generic'));
}
