// Request parsing, JSON answers and GoTrue's error shape. supabase-js turns a non-2xx body
// `{code, error_code, msg}` into an AuthApiError whose `.code` is `error_code`.

export const CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-headers':
		'authorization, apikey, content-type, x-client-info, x-supabase-api-version, x-retry-count',
	'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
	'access-control-expose-headers': 'x-total-count, link, x-supabase-api-version'
};

/** GoTrue's status and message per error code (the messages hosted Supabase sends). */
const ERRORS = /** @type {const} */ ({
	invalid_credentials: [400, 'Invalid login credentials'],
	email_not_confirmed: [400, 'Email not confirmed'],
	user_already_exists: [422, 'User already registered'],
	email_exists: [422, 'A user with this email address has already been registered'],
	weak_password: [422, 'Password should be at least 6 characters.'],
	same_password: [422, 'New password should be different from the old password.'],
	otp_expired: [403, 'Token has expired or is invalid'],
	otp_disabled: [422, 'Signups not allowed for otp'],
	validation_failed: [400, 'Invalid request'],
	email_address_invalid: [400, 'Unable to validate email address: invalid format'],
	bad_json: [400, 'Could not parse request body as JSON'],
	bad_jwt: [403, 'invalid JWT: unable to parse or verify signature, token is malformed or expired'],
	no_authorization: [401, 'This endpoint requires a valid Bearer token'],
	not_admin: [403, 'User not allowed'],
	session_not_found: [403, 'Session from session_id claim in JWT does not exist'],
	refresh_token_not_found: [400, 'Invalid Refresh Token: Refresh Token Not Found'],
	refresh_token_already_used: [400, 'Invalid Refresh Token: Already Used'],
	flow_state_not_found: [404, 'invalid flow state, no valid flow state found'],
	flow_state_expired: [422, 'invalid flow state, flow state has expired'],
	bad_code_verifier: [400, 'code challenge does not match previously saved code verifier'],
	user_not_found: [404, 'User not found'],
	user_banned: [400, 'User is banned'],
	over_email_send_rate_limit: [429, 'For security purposes, you can only request this after a few seconds.'],
	over_request_rate_limit: [429, 'Request rate limit reached'],
	not_found: [404, 'Not found'],
	unexpected_failure: [500, 'Unexpected failure, please check server logs for more information']
});

/** @typedef {keyof typeof ERRORS} ErrorCode */

export class AuthError extends Error {
	/**
	 * @param {ErrorCode} errorCode
	 * @param {string} [message] overrides GoTrue's default message
	 * @param {{ status?: number, extra?: Record<string, unknown> }} [more]
	 */
	constructor(errorCode, message, more = {}) {
		const [status, fallback] = ERRORS[errorCode];
		super(message ?? fallback);
		this.errorCode = errorCode;
		this.status = more.status ?? status;
		this.extra = more.extra ?? {};
	}
}

/**
 * Errors raised by local_auth functions carry the GoTrue code in DETAIL (see auth.sql).
 * @param {unknown} e
 */
export function fromRpcError(e) {
	const details = /** @type {{ details?: unknown }} */ (e)?.details;
	if (typeof details === 'string' && details in ERRORS)
		return new AuthError(/** @type {ErrorCode} */ (details));
	return e;
}

/**
 * @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(res, status, body, headers = {}) {
	res.writeHead(status, {
		'content-type': 'application/json; charset=utf-8',
		'cache-control': 'no-store',
		...CORS,
		...headers
	});
	res.end(JSON.stringify(body));
}

/** @param {import('node:http').ServerResponse} res @param {AuthError} e */
export function sendError(res, e) {
	sendJson(res, e.status, { code: e.status, error_code: e.errorCode, msg: e.message, ...e.extra });
}

/** @param {import('node:http').ServerResponse} res @param {string} location */
export function redirect(res, location) {
	res.writeHead(303, { location, 'cache-control': 'no-store', ...CORS });
	res.end();
}

/**
 * The JSON body of a request; {} when empty. Bad JSON is GoTrue's bad_json.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<Record<string, any>>}
 */
export async function readBody(req) {
	const chunks = [];
	let size = 0;
	for await (const chunk of req) {
		size += chunk.length;
		if (size > 1_000_000) throw new AuthError('validation_failed', 'Request body too large');
		chunks.push(chunk);
	}
	const text = Buffer.concat(chunks).toString('utf8').trim();
	if (!text) return {};
	try {
		const body = JSON.parse(text);
		if (body && typeof body === 'object' && !Array.isArray(body)) return body;
	} catch {
		// fall through
	}
	throw new AuthError('bad_json');
}

/** The bearer token of a request, if any. @param {import('node:http').IncomingMessage} req */
export function bearer(req) {
	const header = req.headers.authorization ?? '';
	const match = /^Bearer\s+(\S+)$/i.exec(header);
	return match ? match[1] : null;
}
