import { createServerClient } from '@supabase/ssr';
import type { Cookies } from '@sveltejs/kit';
import WebSocket from 'ws';
import type { Database } from '$lib/database.types';
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
		// Node 20 has no global WebSocket; supabase-js refuses to start without a transport.
		realtime: { transport: WebSocket as never }
	});
}
