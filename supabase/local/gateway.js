// One URL for the whole local stack, shaped like a Supabase project's API gateway:
// /rest/v1 -> PostgREST, /auth/v1 -> the auth stand-in, /emails -> the Resend sink,
// /inbox -> the development inbox.
import { Agent, createServer, request } from 'node:http';
import { inboxList, inboxMessage } from './inbox-page.js';

const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-headers': 'authorization, apikey, content-type, x-client-info, idempotency-key',
	'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS'
};

/** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
function json(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...CORS });
	res.end(JSON.stringify(body));
}

// Auth routes that hosted Supabase's gateway serves without an API key: links opened from an
// e-mail or by an OAuth provider, and the public keys.
const OPEN_AUTH_PATHS = [
	'/auth/v1/verify',
	'/auth/v1/callback',
	'/auth/v1/authorize',
	'/auth/v1/.well-known/jwks.json'
];

/**
 * Like the hosted gateway (Kong's key-auth), /rest/v1 and /auth/v1 need an `apikey` header or
 * query parameter; supabase-js always sends one. Only its presence is checked: PostgREST and
 * the auth stand-in check the bearer token that carries the role.
 * @param {import('node:http').IncomingMessage} req @param {string} raw
 */
function missingApiKey(req, raw) {
	if (req.method === 'OPTIONS') return false;
	const path = raw.split('?')[0];
	if (!path.startsWith('/rest/v1') && !path.startsWith('/auth/v1')) return false;
	if (OPEN_AUTH_PATHS.some((open) => path === open || path.startsWith(`${open}/`))) return false;
	if (req.headers.apikey) return false;
	const query = raw.indexOf('?');
	return query < 0 || !new URLSearchParams(raw.slice(query + 1)).get('apikey');
}

/** @param {import('node:http').IncomingMessage} req */
async function readJson(req) {
	const chunks = [];
	for await (const c of req) chunks.push(c);
	const text = Buffer.concat(chunks).toString('utf8');
	return text ? JSON.parse(text) : null;
}

/**
 * @param {{ postgrestUrl: string, mail: ReturnType<typeof import('./mail.js').createMailSink>,
 *   auth: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, path: string) => Promise<void>) | null }} parts
 */
export function createGateway({ postgrestUrl, mail, auth }) {
	const upstream = new URL(postgrestUrl);
	// Kept-alive connections to PostgREST: every page of the app makes at least one call.
	const agent = new Agent({ keepAlive: true, maxSockets: 64 });

	/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res @param {string} pathAndQuery */
	function proxyToPostgrest(req, res, pathAndQuery) {
		const headers = { ...req.headers, host: upstream.host };
		const proxied = request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: pathAndQuery,
				headers,
				agent
			},
			(up) => {
				res.writeHead(up.statusCode ?? 502, up.headers);
				up.pipe(res);
			}
		);
		proxied.on('error', (e) => json(res, 502, { message: `PostgREST unreachable: ${e.message}` }));
		// Reads (most calls) have no body: no stream to pipe.
		if (req.method === 'GET' || req.method === 'HEAD') proxied.end();
		else req.pipe(proxied);
	}

	const server = createServer(async (req, res) => {
		const raw = req.url ?? '/';
		if (missingApiKey(req, raw)) {
			return json(res, 401, {
				message: 'No API key found in request',
				hint: 'No `apikey` request header or url param was found.'
			});
		}
		// Every data call: straight through, without parsing the URL.
		if (raw.startsWith('/rest/v1')) {
			const rest = raw.slice('/rest/v1'.length);
			return proxyToPostgrest(req, res, rest.startsWith('/') ? rest : `/${rest}`);
		}
		const url = new URL(raw, 'http://gateway');
		const path = url.pathname;
		try {
			if (path.startsWith('/auth/v1')) {
				if (!auth)
					return json(res, 501, { code: 501, error_code: 'not_implemented', msg: 'Auth stand-in missing' });
				return await auth(req, res, path.slice('/auth/v1'.length) || '/');
			}
			if (req.method === 'OPTIONS') {
				res.writeHead(204, CORS);
				return res.end();
			}
			if (req.method === 'POST' && (path === '/emails' || path === '/emails/batch')) {
				const body = await readJson(req);
				const key = req.headers['idempotency-key'];
				const [status, out] = await mail.api(
					path === '/emails' ? 'single' : 'batch',
					body,
					req.headers.authorization,
					typeof key === 'string' ? key : undefined
				);
				return json(res, status, out);
			}
			if (path === '/inbox/api/messages') {
				if (req.method === 'DELETE') {
					mail.clear();
					return json(res, 200, { ok: true });
				}
				return json(res, 200, mail.messages(url.searchParams.get('to')));
			}
			if (path === '/inbox/api/faults' && req.method === 'POST') {
				mail.setFaults((await readJson(req)) ?? {});
				return json(res, 200, { ok: true });
			}
			if (path === '/inbox/api/stats') {
				if (req.method === 'DELETE') {
					mail.resetStats();
					return json(res, 200, { ok: true });
				}
				const key = url.searchParams.get('key');
				return json(res, 200, key ? { key, deliveries: mail.deliveries(key) } : mail.stats());
			}
			if (path === '/inbox/api/fail-next' && req.method === 'POST') {
				const body = await readJson(req);
				mail.failNext(Number(body?.count ?? 1));
				return json(res, 200, { ok: true });
			}
			if (path === '/inbox' || path === '/inbox/') {
				const to = url.searchParams.get('to');
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				return res.end(inboxList(mail.messages(to), to));
			}
			const message = path.startsWith('/inbox/') ? mail.get(path.slice('/inbox/'.length)) : null;
			if (message) {
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				return res.end(inboxMessage(message));
			}
			if (path === '/' || path === '/health')
				return json(res, 200, { ok: true, service: 'beursvloer local stack' });
			json(res, 404, { message: 'Not found' });
		} catch (e) {
			const message = e instanceof Error ? e.message : String(e);
			if (!res.headersSent) json(res, 500, { message });
			else res.end();
		}
	});
	// Idle kept-alive connections stay open for a minute. With Node's default of 5 s a client
	// under load (its own 4 s idle timer firing late) reuses a socket the gateway is closing, and
	// a POST whose body is still being written fails with EPIPE (seen in CI: a 1.5 MB insert).
	server.keepAliveTimeout = 65_000;
	server.headersTimeout = 66_000;
	return server;
}
