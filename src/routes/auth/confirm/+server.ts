import { redirect } from '@sveltejs/kit';
import type { EmailOtpType } from '@supabase/supabase-js';
import type { RequestHandler } from './$types';
import { forgetPendingSignIn, landingPath } from '$lib/server/auth';
import { setFlash } from '$lib/server/flash';

const otpTypes: EmailOtpType[] = ['signup', 'invite', 'magiclink', 'recovery', 'email_change', 'email'];

function isOtpType(value: string | null): value is EmailOtpType {
	return otpTypes.includes(value as EmailOtpType);
}

// Hosted Supabase email templates can link to `{{ .SiteURL }}/auth/confirm?token_hash=...&type=...`;
// unlike the PKCE callback this works in any browser.
export const GET: RequestHandler = async ({ url, locals, cookies }) => {
	const tokenHash = url.searchParams.get('token_hash');
	const type = url.searchParams.get('type');
	const next = url.searchParams.get('next');
	if (!tokenHash || !isOtpType(type)) redirect(303, '/inloggen?fout=link');

	const { data, error } = await locals.supabase.auth.verifyOtp({ token_hash: tokenHash, type });
	if (error || !data.user) {
		console.warn('Token verification failed', error?.code);
		redirect(303, '/inloggen?fout=link');
	}
	forgetPendingSignIn(cookies);
	setFlash(cookies, 'auth.signed_in');
	redirect(
		303,
		type === 'recovery' ? '/mijn/account' : await landingPath(locals.supabase, data.user.id, next)
	);
};
