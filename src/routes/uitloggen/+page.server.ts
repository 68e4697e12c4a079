import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { setFlash } from '$lib/server/flash';

// Signing out changes state, so it is a POST only; a GET just goes home.
export const load: PageServerLoad = async () => {
	redirect(303, '/');
};

export const actions = {
	default: async ({ locals, cookies }) => {
		const { error } = await locals.supabase.auth.signOut({ scope: 'local' });
		if (error) console.error('Sign-out failed', error.code);
		setFlash(cookies, 'auth.sign_out.done');
		redirect(303, '/');
	}
} satisfies Actions;
