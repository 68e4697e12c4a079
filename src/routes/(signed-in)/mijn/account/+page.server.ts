import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import {
	accountProfileSchema,
	changePasswordSchema,
	deleteAccountSchema,
	emailPreferencesSchema
} from '$lib/schemas/account';
import { deleteAccount, getProfile, saveProfile } from '$lib/server/account';
import { getEmailPreferences, saveEmailPreferences } from '$lib/server/email/preferences';
import { authErrorKey } from '$lib/server/auth';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { rememberLocale } from '$lib/server/locale';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const [profile, emailPreferences] = await Promise.all([
		getProfile(locals.supabase, user.id),
		getEmailPreferences(locals.supabase, user.id)
	]);
	return { email: user.email ?? '', profile, emailPreferences };
};

export const actions = {
	profile: async ({ locals, request, url, cookies }) => {
		const user = await requireUser(locals, url);
		const parsed = parseForm(accountProfileSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'profile' as const, values: parsed.values, errors: parsed.errors });

		await saveProfile(locals.supabase, user.id, parsed.data);
		rememberLocale(cookies, parsed.data.locale);
		setFlash(cookies, 'account.saved');
		redirect(303, '/mijn/account');
	},

	emails: async ({ locals, request, url, cookies }) => {
		await requireUser(locals, url);
		const parsed = parseForm(emailPreferencesSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'emails' as const, values: parsed.values, errors: parsed.errors });
		await saveEmailPreferences(locals.supabase, parsed.data);
		setFlash(cookies, 'email_prefs.saved');
		redirect(303, '/mijn/account#email-voorkeuren');
	},

	password: async ({ locals, request, url, cookies }) => {
		await requireUser(locals, url);
		const parsed = parseForm(changePasswordSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { form: 'password' as const, values: {}, errors: parsed.errors });

		const { error } = await locals.supabase.auth.updateUser({ password: parsed.data.password });
		if (error) {
			return fail(400, {
				form: 'password' as const,
				values: {},
				errors: fieldError('password', translate(locals.locale, authErrorKey(error)))
			});
		}
		setFlash(cookies, 'account.password_changed');
		redirect(303, '/mijn/account');
	},

	delete: async ({ locals, request, url, cookies }) => {
		const user = await requireUser(locals, url);
		const parsed = parseForm(deleteAccountSchema, await request.formData(), locals.locale);
		if (!parsed.ok || parsed.data.confirm_email !== (user.email ?? '').toLowerCase()) {
			return fail(400, {
				form: 'delete' as const,
				values: parsed.values,
				errors: fieldError('confirm_email', translate(locals.locale, 'validation.confirm_email'))
			});
		}

		const result = await deleteAccount(locals.supabase, user.id);
		if (!result.ok) {
			return fail(409, {
				form: 'delete' as const,
				values: parsed.values,
				errors: fieldError(
					'form',
					translate(locals.locale, 'account.delete_blocked', { names: result.blockedBy.join(', ') })
				)
			});
		}
		// The user no longer exists; drop the session cookies locally.
		await locals.supabase.auth.signOut({ scope: 'local' });
		setFlash(cookies, 'account.deleted');
		redirect(303, '/');
	}
} satisfies Actions;
