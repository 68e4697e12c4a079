import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { forgetPendingSignIn, landingPath } from '$lib/server/auth';
import { setFlash } from '$lib/server/flash';

// Email links (magic link, sign-up confirmation) land here with a PKCE code. The code
// verifier sits in a cookie of the browser that asked for the link, so a link opened in
// another browser fails: we then point to the 6-digit code instead.
export const GET: RequestHandler = async ({ url, locals, cookies }) => {
	const code = url.searchParams.get('code');
	const next = url.searchParams.get('next');
	if (!code) redirect(303, '/inloggen?fout=link');

	const { data, error } = await locals.supabase.auth.exchangeCodeForSession(code);
	if (error || !data.user) {
		console.warn('Code exchange failed', error?.code);
		redirect(303, '/inloggen?fout=link');
	}
	forgetPendingSignIn(cookies);
	setFlash(cookies, 'auth.signed_in');
	redirect(303, await landingPath(locals.supabase, data.user.id, next));
};
