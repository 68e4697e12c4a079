import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { translate } from '$lib/i18n';
import { passwordResetSchema } from '$lib/schemas/auth';
import { authErrorKey, callbackUrl } from '$lib/server/auth';
import { fieldError, parseForm } from '$lib/server/forms';

export const actions = {
	default: async ({ request, locals, url }) => {
		const parsed = parseForm(passwordResetSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors, sent: false });

		// The link signs the user in and opens the account page, where the password is changed.
		const { error } = await locals.supabase.auth.resetPasswordForEmail(parsed.data.email, {
			redirectTo: callbackUrl(url.origin, '/mijn/account#account-password-heading')
		});
		// Unknown addresses get the same answer as known ones, so the form reveals no accounts;
		// only a rate limit or a malformed address is worth telling.
		if (error && (error.status === 429 || error.code === 'email_address_invalid')) {
			return fail(error.status === 429 ? 429 : 400, {
				values: parsed.values,
				errors: fieldError('email', translate(locals.locale, authErrorKey(error))),
				sent: false
			});
		}
		if (error) console.error('Password reset request failed', error.code);
		return { values: parsed.values, sent: true };
	}
} satisfies Actions;
