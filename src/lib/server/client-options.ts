import WebSocket from 'ws';
import { nodeFetch } from './node-fetch';

/** What every server-side Supabase client is built with. */
export const serverClientOptions = {
	global: { fetch: nodeFetch },
	// Node 20 has no global WebSocket; supabase-js refuses to start without a transport.
	realtime: { transport: WebSocket as never }
};

/** For clients that act with a fixed key and never hold a session (anon reads, service role). */
export const statelessClientOptions = {
	...serverClientOptions,
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
};
