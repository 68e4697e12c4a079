import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { otpSchema } from '$lib/schemas/auth';
import { authErrorKey, forgetPendingSignIn, landingPath, pendingSignIn } from '$lib/server/auth';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';

export const load: PageServerLoad = async ({ cookies, url }) => {
	const pending = pendingSignIn(cookies);
	return { email: pending?.email ?? url.searchParams.get('adres') ?? '' };
};

export const actions = {
	// The 6-digit code from the email signs in on this device even when the link opened elsewhere.
	code: async ({ request, locals, cookies }) => {
		const parsed = parseForm(otpSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { email, code } = parsed.data;

		const { data, error } = await locals.supabase.auth.verifyOtp({ email, token: code, type: 'email' });
		if (error || !data.user) {
			return fail(400, {
				values: parsed.values,
				errors: fieldError('code', translate(locals.locale, authErrorKey(error ?? { code: 'otp_expired' })))
			});
		}
		const next = pendingSignIn(cookies)?.next ?? null;
		forgetPendingSignIn(cookies);
		setFlash(cookies, 'auth.signed_in');
		redirect(303, await landingPath(locals.supabase, data.user.id, next));
	}
} satisfies Actions;
