import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { magicLinkSchema, signInPasswordSchema } from '$lib/schemas/auth';
import { authErrorKey, landingPath, sendMagicLink } from '$lib/server/auth';
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

	magic_link: async (event) => {
		const parsed = parseForm(magicLinkSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'magic_link' as const, values: parsed.values, errors: parsed.errors });
		const { email, next } = parsed.data;
		return sendMagicLink(event, { email, next: next ? safeNext(next) : null, values: parsed.values });
	}
} satisfies Actions;
