// LOCAL ONLY: a stand-in for Supabase Auth (GoTrue) that speaks the HTTP API supabase-js
// 2.x calls, mounted by the local stack's gateway under /auth/v1. It keeps no state of its
// own: every change goes through the local_auth SQL functions (supabase/local/sql/auth.sql)
// over PostgREST, so that it works on PGlite's single connection as well as on PostgreSQL.
import { adminRoutes } from './admin-routes.js';
import { createContext } from './core.js';
import { AuthError, CORS, sendError } from './http.js';
import { publicRoutes } from './public-routes.js';
import { userRoutes } from './user-routes.js';

export { signJwt, verifyJwt } from './tokens.js';

/**
 * @param {import('./core.js').AuthOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, path: string) => Promise<void>}
 */
export function createAuthHandler(options) {
	const ctx = createContext(options);
	/** @type {Record<string, import('./public-routes.js').Route>} */
	const routes = { ...publicRoutes(ctx), ...userRoutes(ctx), ...adminRoutes(ctx) };

	return async (req, res, path) => {
		const method = req.method ?? 'GET';
		if (method === 'OPTIONS') {
			res.writeHead(204, { ...CORS, 'access-control-max-age': '86400' });
			res.end();
			return;
		}
		const url = new URL(req.url ?? '/', 'http://auth.local');
		const clean = '/' + path.replace(/^\/+|\/+$/g, '');
		let route = routes[`${method} ${clean}`];
		let param = '';
		const user = /^\/admin\/users\/([^/]+)$/.exec(clean);
		if (!route && user) {
			route = routes[`${method} /admin/users/:id`];
			param = decodeURIComponent(user[1]);
		}
		try {
			if (!route) throw new AuthError('not_found', `Not found: ${method} ${clean}`);
			ctx.limiter.checkRequest(`${method} ${clean}`, req);
			await route(req, res, url, param);
		} catch (e) {
			if (res.headersSent) return void res.end();
			if (e instanceof AuthError) return sendError(res, e);
			console.error('[auth] unexpected error', e);
			sendError(res, new AuthError('unexpected_failure'));
		}
	};
}

/**
 * An rpc() for createAuthHandler that calls PostgREST (directly or through a gateway's
 * /rest/v1) with the service role key. The local stack brings its own; tests and scripts that
 * run a second handler against the same database use this one.
 * @param {string} restUrl e.g. http://127.0.0.1:54321/rest/v1
 * @param {string} serviceRoleKey
 */
export function createRpc(restUrl, serviceRoleKey) {
	/** @param {string} fn @param {object} args */
	return async (fn, args) => {
		const res = await fetch(`${restUrl.replace(/\/+$/, '')}/rpc/${fn}`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				'content-profile': 'local_auth',
				'accept-profile': 'local_auth',
				apikey: serviceRoleKey,
				authorization: `Bearer ${serviceRoleKey}`
			},
			body: JSON.stringify(args)
		});
		const text = await res.text();
		const body = text ? JSON.parse(text) : null;
		if (!res.ok) {
			throw Object.assign(new Error(body?.message ?? res.statusText), {
				code: body?.code,
				details: body?.details,
				hint: body?.hint,
				status: res.status
			});
		}
		return body;
	};
}
