import { createServerClient } from '@supabase/ssr';
import { createClient } from '@supabase/supabase-js';
import type { Cookies } from '@sveltejs/kit';
import type { Database } from '$lib/database.types';
import { serverClientOptions, statelessClientOptions } from './client-options';
import { supabaseAnonKey, supabaseUrl } from './config';

/** One client per request, acting as the signed-in user (or anon) through the auth cookies. */
export function createRequestClient(cookies: Cookies) {
	return createServerClient<Database>(supabaseUrl(), supabaseAnonKey(), {
		cookies: {
			getAll: () => cookies.getAll(),
			setAll: (cookiesToSet) => {
				for (const { name, value, options } of cookiesToSet) {
					cookies.set(name, value, { ...options, path: '/' });
				}
			}
		},
		...serverClientOptions
	});
}

/** Does the request carry Supabase auth cookies (sb-<ref>-auth-token, possibly in chunks)? */
export function hasAuthCookie(cookies: Cookies): boolean {
	return cookies.getAll().some((cookie) => cookie.name.startsWith('sb-'));
}

let shared: ReturnType<typeof createPublicClient> | undefined;

function createPublicClient() {
	const anonKey = supabaseAnonKey();
	return createClient<Database>(supabaseUrl(), anonKey, {
		...statelessClientOptions,
		// Always the anon key, so supabase-js skips its auth client on every query: looking up
		// the (never present) session took a lock and a chain of promises, about a fifth of the
		// CPU of a list page's search call. It also makes `auth` unusable here, as it should be.
		accessToken: async () => anonKey
	});
}

/**
 * One anonymous client for the whole process, for what anyone may read (the marketplace,
 * the municipality). Building a request client on every anonymous page view cost as much
 * as rendering the page. It never holds a session: signing in always goes through the
 * request's own client (locals.supabase).
 */
export function publicClient() {
	return (shared ??= createPublicClient());
}

/** The client for reading public data on behalf of this visitor: their own when signed in. */
export function readClient(locals: App.Locals) {
	return locals.user ? locals.supabase : publicClient();
}
