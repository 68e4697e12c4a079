import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { languageSchema } from '$lib/schemas/account';
import { saveLocale } from '$lib/server/account';
import { parseForm } from '$lib/server/forms';
import { rememberLocale } from '$lib/server/locale';
import { safeNext } from '$lib/server/redirects';

export const load: PageServerLoad = async ({ url }) => {
	return { redirectTo: safeNext(url.searchParams.get('redirect_to'), '/') };
};

export const actions = {
	default: async ({ request, cookies, locals }) => {
		const parsed = parseForm(languageSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { locale, redirect_to } = parsed.data;

		rememberLocale(cookies, locale);
		const { user } = await locals.safeGetSession();
		if (user) await saveLocale(locals.supabase, user.id, locale);
		redirect(303, safeNext(redirect_to, '/'));
	}
} satisfies Actions;
