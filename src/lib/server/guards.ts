import { error, redirect } from '@sveltejs/kit';
import type { User } from '@supabase/supabase-js';
import { translate, type Locale } from '$lib/i18n';

/**
 * Every load and action checks authorisation itself: a layout's load does not run before a
 * form action, so the route group's +layout.server.ts alone would not protect a POST.
 */
export async function requireUser(locals: App.Locals, url: URL): Promise<User> {
	const { user } = await locals.safeGetSession();
	if (!user) redirect(303, `/inloggen?next=${encodeURIComponent(url.pathname + url.search)}`);
	return user;
}

export function forbidden(locale: Locale): never {
	error(403, translate(locale, 'error.forbidden'));
}
