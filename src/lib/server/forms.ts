import type { z } from 'zod';
import { isMessageKey, translate, type Locale } from '$lib/i18n';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

/** Fields never echoed back to the browser after a failed submit. */
const SECRET_FIELDS = new Set(['password', 'password_confirm', 'new_password']);

function formValues(formData: FormData): FormValues {
	const values: FormValues = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string' && !SECRET_FIELDS.has(name)) values[name] = value;
	}
	return values;
}

/** Turns a zod issue's message key into text in the user's language, if it knows the key. */
export type MessageTranslator = (key: string, locale: Locale) => string | undefined;

const appMessage: MessageTranslator = (key, locale) =>
	isMessageKey(key) ? translate(locale, key) : undefined;

/**
 * Validates a submitted form with a zod schema whose messages are dictionary keys, and
 * translates the first problem of each field into the user's language. Schemas with their
 * own messages pass `message`; unknown keys fall back to "required".
 */
export function parseForm<S extends z.ZodType>(
	schema: S,
	formData: FormData,
	locale: Locale,
	{ message = appMessage }: { message?: MessageTranslator } = {}
):
	| { ok: true; data: z.output<S>; values: FormValues }
	| { ok: false; values: FormValues; errors: FieldErrors } {
	const raw: Record<string, string> = {};
	for (const [name, value] of formData) {
		if (typeof value === 'string') raw[name] = value;
	}
	const values = formValues(formData);
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data, values };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		if (errors[field]) continue;
		errors[field] = message(issue.message, locale) ?? translate(locale, 'validation.required');
	}
	return { ok: false, values, errors };
}

/** One error for one field, typed like parseForm's errors so pages can read any field. */
export function fieldError(field: string, message: string): FieldErrors {
	return { [field]: message };
}
