import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { magicLinkSchema, signInPasswordSchema } from '$lib/schemas/auth';
import { authErrorKey, callbackUrl, landingPath, rememberPendingSignIn } from '$lib/server/auth';
import { municipalitySlug } from '$lib/server/config';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { safeNext } from '$lib/server/redirects';

export const load: PageServerLoad = async ({ url }) => {
	const next = url.searchParams.get('next');
	return {
		next: next ? safeNext(next) : '',
		linkFailed: url.searchParams.has('fout')
	};
};

export const actions = {
	password: async ({ request, locals, cookies }) => {
		const parsed = parseForm(signInPasswordSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'password' as const, values: parsed.values, errors: parsed.errors });
		const { email, password, next } = parsed.data;

		const { data, error } = await locals.supabase.auth.signInWithPassword({ email, password });
		if (error || !data.user) {
			const key = authErrorKey(error);
			const field = key === 'auth.error.generic' ? 'form' : 'password';
			return fail(error?.status === 429 ? 429 : 400, {
				form: 'password' as const,
				values: parsed.values,
				errors: fieldError(field, translate(locals.locale, key))
			});
		}
		setFlash(cookies, 'auth.signed_in');
		redirect(303, await landingPath(locals.supabase, data.user.id, next));
	},

	magic_link: async ({ request, locals, cookies, url }) => {
		const parsed = parseForm(magicLinkSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'magic_link' as const, values: parsed.values, errors: parsed.errors });
		const { email, next } = parsed.data;
		const target = next ? safeNext(next) : null;

		const { error } = await locals.supabase.auth.signInWithOtp({
			email,
			options: {
				shouldCreateUser: true,
				emailRedirectTo: callbackUrl(url.origin, target),
				// Read by the database trigger that creates the profile for a new user.
				data: { municipality: municipalitySlug(), locale: locals.locale }
			}
		});
		if (error) {
			return fail(error.status === 429 ? 429 : 400, {
				form: 'magic_link' as const,
				values: parsed.values,
				errors: fieldError('email', translate(locals.locale, authErrorKey(error)))
			});
		}
		rememberPendingSignIn(cookies, email, target);
		redirect(303, '/controleer-je-email');
	}
} satisfies Actions;
