// Shared machinery of the auth stand-in: options, RPC error mapping, sessions, passwords,
// redirects and the e-mail tokens. Routes live in public-routes.js, user-routes.js and
// admin-routes.js.
import { randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { AuthError, bearer, fromRpcError } from './http.js';
import { authEmail } from './mail.js';
import { createRateLimiter, rateLimitsFromEnv } from './rate-limit.js';
import {
	newRefreshToken,
	otpHash,
	randomOtp,
	randomToken,
	refreshTokenFor,
	sha256,
	signJwt,
	verifyJwt
} from './tokens.js';

/**
 * @typedef {{
 *   jwtSecret: string,
 *   rpc: (fn: string, args: object) => Promise<any>,
 *   sendMail: (m: { to: string, subject: string, html: string, text: string }) => Promise<unknown>,
 *   publicUrl: string,
 *   siteUrl: string,
 *   additionalRedirectUrls?: string[],
 *   accessTokenTtl?: number,
 *   otpTtl?: number,
 *   autoConfirm?: boolean,
 *   doubleConfirmChanges?: boolean,
 *   otpRateLimitSeconds?: number,
 *   refreshTokenReuseInterval?: number,
 *   flowStateTtl?: number,
 *   bcryptCost?: number,
 *   minPasswordLength?: number,
 *   rateLimits?: Partial<import('./rate-limit.js').RateLimits>,
 *   now?: () => number
 * }} AuthOptions
 */

/** @typedef {{ id: string, aud: string, role: string, email: string, app_metadata: object, user_metadata: object, is_anonymous: boolean } & Record<string, any>} User */
/** @typedef {{ user: User, session: { id: string, aal: string, amr: unknown[] }, refresh_id: string }} SessionRow */

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** @param {AuthOptions} options */
export function createContext(options) {
	const o = {
		additionalRedirectUrls: /** @type {string[]} */ ([]),
		accessTokenTtl: 3600,
		otpTtl: 3600,
		autoConfirm: false,
		doubleConfirmChanges: true,
		otpRateLimitSeconds: 30,
		refreshTokenReuseInterval: 10,
		flowStateTtl: 300,
		bcryptCost: 10,
		minPasswordLength: 6,
		now: Date.now,
		...options
	};
	// Hosted defaults, then GoTrue's own environment variables, then what the caller asks.
	const limiter = createRateLimiter({
		limits: { ...rateLimitsFromEnv(process.env), ...o.rateLimits },
		now: o.now
	});
	const publicUrl = o.publicUrl.replace(/\/+$/, '');
	const issuer = `${publicUrl}/auth/v1`;
	// Compared against when an address is unknown, so that both cases take as long.
	const dummyHash = bcrypt.hashSync(randomToken(), o.bcryptCost);

	/** Calls a local_auth function; its GoTrue error codes become AuthErrors. @param {string} fn @param {object} args */
	async function rpc(fn, args) {
		try {
			return await o.rpc(fn, args);
		} catch (e) {
			throw fromRpcError(e);
		}
	}

	/** A new session's ids and refresh token, to pass to a local_auth function. @param {string} method */
	function newSession(method) {
		const refresh = newRefreshToken(o.jwtSecret);
		return { session_id: randomUUID(), refresh_id: refresh.id, refresh_hash: refresh.hash, method };
	}

	/** GoTrue's token response for a row that local_auth returned. @param {SessionRow} row */
	async function sessionResponse(row) {
		const { user, session } = row;
		const iat = Math.floor(Date.now() / 1000);
		const exp = iat + o.accessTokenTtl;
		const access_token = await signJwt(o.jwtSecret, {
			aud: user.aud ?? 'authenticated',
			exp,
			iat,
			iss: issuer,
			sub: user.id,
			email: user.email ?? '',
			phone: user.phone ?? '',
			app_metadata: user.app_metadata ?? {},
			user_metadata: user.user_metadata ?? {},
			role: user.role ?? 'authenticated',
			aal: session.aal ?? 'aal1',
			amr: session.amr ?? [],
			session_id: session.id,
			is_anonymous: Boolean(user.is_anonymous)
		});
		return {
			access_token,
			token_type: 'bearer',
			expires_in: o.accessTokenTtl,
			expires_at: exp,
			refresh_token: refreshTokenFor(o.jwtSecret, row.refresh_id),
			user
		};
	}

	/** @param {unknown} email @returns {string} */
	function checkEmail(email) {
		if (typeof email !== 'string' || !email.trim()) throw new AuthError('validation_failed', 'Missing email');
		const trimmed = email.trim().toLowerCase();
		if (trimmed.length > 255 || !EMAIL.test(trimmed)) throw new AuthError('email_address_invalid');
		return trimmed;
	}

	/** Validates and hashes a new password. @param {unknown} password */
	async function hashPassword(password) {
		if (typeof password !== 'string' || password.length < o.minPasswordLength) {
			throw new AuthError('weak_password', `Password should be at least ${o.minPasswordLength} characters.`, {
				extra: { weak_password: { reasons: ['length'] } }
			});
		}
		// bcrypt ignores what lies beyond 72 bytes; GoTrue refuses such passwords.
		if (Buffer.byteLength(password) > 72) {
			throw new AuthError('validation_failed', 'Password cannot be longer than 72 characters');
		}
		return bcrypt.hash(password, o.bcryptCost);
	}

	/** @param {string} password @param {string | null | undefined} hash */
	async function checkPassword(password, hash) {
		const ok = await bcrypt.compare(String(password ?? ''), hash || dummyHash);
		return ok && Boolean(hash);
	}

	/**
	 * Where a link may send the user: the site or an allowed URL, like GoTrue's allow list.
	 * @param {unknown} wanted
	 */
	function safeRedirect(wanted) {
		if (typeof wanted !== 'string' || !wanted) return o.siteUrl;
		let url;
		try {
			url = new URL(wanted);
		} catch {
			return o.siteUrl;
		}
		if (url.origin === new URL(o.siteUrl).origin) return url.href;
		for (const allowed of o.additionalRedirectUrls) {
			if (url.href.startsWith(allowed) || url.origin === allowed) return url.href;
		}
		return o.siteUrl;
	}

	/**
	 * The redirect a request asked for: ?redirect_to= (supabase-js) or the body's.
	 * @param {URL} url @param {Record<string, any>} [body]
	 */
	function redirectOf(url, body = {}) {
		return safeRedirect(url.searchParams.get('redirect_to') ?? body.redirect_to);
	}

	/**
	 * Token material for one e-mail: link token and 6-digit code, and their digests. PKCE links
	 * carry GoTrue's `pkce_` prefix, which tells /verify to answer errors in the query string.
	 * @param {{ rateLimit?: number, flow?: object | null }} [opts]
	 */
	function emailToken({ rateLimit = o.otpRateLimitSeconds, flow = null } = {}) {
		const link = (flow ? 'pkce_' : '') + randomToken();
		const code = randomOtp();
		return {
			link,
			code,
			/** @param {string} email */
			args: (email) => ({
				token_hash: sha256(link),
				otp_hash: otpHash(email, code),
				ttl: o.otpTtl,
				rate_limit: rateLimit,
				flow
			})
		};
	}

	/** @param {string} type @param {string} link @param {string} redirectTo */
	function actionLink(type, link, redirectTo) {
		const q = new URLSearchParams({ token: link, type, redirect_to: redirectTo });
		return `${issuer}/verify?${q}`;
	}

	/**
	 * @param {string} type the link's verification type @param {string} to
	 * @param {{ link: string, code: string }} token @param {string} redirectTo
	 * @param {string} [template] the e-mail's text, when it differs from the type
	 */
	async function mail(type, to, token, redirectTo, template = type) {
		limiter.takeEmail();
		try {
			await o.sendMail(
				authEmail(template, {
					to,
					link: actionLink(type, token.link, redirectTo),
					code: token.code,
					minutes: Math.max(1, Math.round(o.otpTtl / 60))
				})
			);
		} catch {
			throw new AuthError('unexpected_failure', 'Error sending email');
		}
	}

	/**
	 * The PKCE flow a request asks for, or null (implicit flow).
	 * @param {Record<string, any>} body @param {string} authenticationMethod
	 */
	function pkceFlow(body, authenticationMethod) {
		const challenge = body.code_challenge;
		if (!challenge) return null;
		const method = String(body.code_challenge_method ?? 'plain').toLowerCase();
		if (
			typeof challenge !== 'string' ||
			!['s256', 'plain'].includes(method) ||
			!/^[\w.~-]{43,128}$/.test(challenge)
		) {
			throw new AuthError('validation_failed', 'Invalid code_challenge or code_challenge_method');
		}
		return {
			code_challenge: challenge,
			code_challenge_method: method,
			authentication_method: authenticationMethod
		};
	}

	/**
	 * The signed-in user of a request (Authorization: Bearer <access token>).
	 * @param {import('node:http').IncomingMessage} req
	 * @returns {Promise<{ claims: Record<string, any>, user: User, encryptedPassword: string | null }>}
	 */
	async function requireUser(req) {
		const claims = await requireJwt(req);
		if (typeof claims.sub !== 'string' || !UUID.test(claims.sub)) {
			throw new AuthError('bad_jwt', 'invalid claim: missing sub claim');
		}
		const sessionId =
			typeof claims.session_id === 'string' && UUID.test(claims.session_id) ? claims.session_id : null;
		let row;
		try {
			row = await rpc('get_user', { p_user_id: claims.sub, p_session_id: sessionId });
		} catch (e) {
			if (e instanceof AuthError && e.errorCode === 'user_not_found') {
				throw new AuthError('user_not_found', 'User from sub claim in JWT does not exist', { status: 403 });
			}
			throw e;
		}
		return { claims, user: row.user, encryptedPassword: row.encrypted_password };
	}

	/** @param {import('node:http').IncomingMessage} req */
	async function requireJwt(req) {
		const token = bearer(req);
		if (!token) throw new AuthError('no_authorization');
		const claims = await verifyJwt(o.jwtSecret, token);
		if (!claims) throw new AuthError('bad_jwt');
		return claims;
	}

	/** Admin endpoints take the service role key as bearer, like GoTrue behind Kong. @param {import('node:http').IncomingMessage} req */
	async function requireAdmin(req) {
		const claims = await requireJwt(req);
		if (claims.role !== 'service_role' && claims.role !== 'supabase_admin') throw new AuthError('not_admin');
	}

	return {
		o,
		limiter,
		issuer,
		rpc,
		newSession,
		sessionResponse,
		checkEmail,
		hashPassword,
		checkPassword,
		redirectOf,
		emailToken,
		actionLink,
		mail,
		pkceFlow,
		requireUser,
		requireAdmin,
		isUuid: (/** @type {unknown} */ v) => typeof v === 'string' && UUID.test(v)
	};
}

/** @typedef {ReturnType<typeof createContext>} Context */
