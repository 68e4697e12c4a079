import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { magicLinkSchema, signUpPasswordSchema } from '$lib/schemas/auth';
import { authErrorKey, callbackUrl, landingPath, sendMagicLink } from '$lib/server/auth';
import { municipalitySlug } from '$lib/server/config';
import { fieldError, parseForm } from '$lib/server/forms';

const intents = { bedrijf: 'business', organisatie: 'voluntary' } as const;

export const load: PageServerLoad = async ({ url }) => {
	const als = url.searchParams.get('als');
	return { intent: als === 'bedrijf' || als === 'organisatie' ? intents[als] : null };
};

/** After confirming, new users continue with onboarding, the organisation kind preselected. */
function onboardingPath(intent: 'business' | 'voluntary' | null) {
	return intent ? `/welkom?soort=${intent}` : '/welkom';
}

export const actions = {
	password: async ({ request, locals, url }) => {
		const parsed = parseForm(signUpPasswordSchema, await request.formData(), locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'password' as const, values: parsed.values, errors: parsed.errors });
		const { email, password, display_name, intent } = parsed.data;
		const next = onboardingPath(intent);

		const { data, error } = await locals.supabase.auth.signUp({
			email,
			password,
			options: {
				emailRedirectTo: callbackUrl(url.origin, next),
				data: { display_name, municipality: municipalitySlug(), locale: locals.locale }
			}
		});
		if (error) {
			const key = authErrorKey(error);
			const field =
				key === 'auth.error.weak_password' ? 'password' : key === 'auth.error.generic' ? 'form' : 'email';
			return fail(error.status === 429 ? 429 : 400, {
				form: 'password' as const,
				values: parsed.values,
				errors: fieldError(field, translate(locals.locale, key))
			});
		}
		// Projects without email confirmation return a session straight away.
		if (data.session && data.user) redirect(303, await landingPath(locals.supabase, data.user.id, next));
		redirect(303, `/controleer-je-email?adres=${encodeURIComponent(email)}`);
	},

	magic_link: async (event) => {
		const parsed = parseForm(magicLinkSchema, await event.request.formData(), event.locals.locale);
		if (!parsed.ok)
			return fail(400, { form: 'magic_link' as const, values: parsed.values, errors: parsed.errors });
		const { email, display_name, intent } = parsed.data;
		return sendMagicLink(event, {
			email,
			next: onboardingPath(intent),
			values: parsed.values,
			profile: display_name ? { display_name } : {}
		});
	}
} satisfies Actions;
