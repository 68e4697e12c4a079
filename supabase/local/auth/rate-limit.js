// Request and e-mail rate limits as hosted Supabase Auth applies them (supabase/auth,
// internal/api/apilimiter): per client IP a token bucket holding GoTrue's burst of 30 that
// refills at the configured number per 5 minutes, one bucket per endpoint; and one fixed
// window per hour for all e-mails the project sends. State lives in memory, as in GoTrue, so a
// restart of the stack forgets it. The clock is an option, so tests can move time.
import { AuthError } from './http.js';

/**
 * The numbers of supabase/config.toml's [auth.rate_limit], with hosted Supabase's defaults
 * for a project with its own SMTP server (the built-in mailer allows far fewer e-mails).
 * @typedef {{
 *   email_sent: number,          // e-mails per hour, the whole project
 *   token_refresh: number,       // POST /token (password, refresh, PKCE) per 5 min per IP
 *   token_verifications: number, // /verify (links and codes) per 5 min per IP
 *   sign_in_sign_ups: number,    // POST /signup, /otp, /recover, /resend, PUT /user per 5 min per IP
 *   burst: number                // requests a bucket holds when full (GoTrue: 30, fixed)
 * }} RateLimits
 */

/** @type {RateLimits} */
export const HOSTED_RATE_LIMITS = Object.freeze({
	email_sent: 30,
	token_refresh: 150,
	token_verifications: 30,
	sign_in_sign_ups: 30,
	burst: 30
});

/**
 * For a stack that many tests share from one address: no suite comes near these, so no test
 * depends on how many others ran before it.
 * @type {RateLimits}
 */
export const TEST_RATE_LIMITS = Object.freeze({
	email_sent: 1_000_000,
	token_refresh: 1_000_000,
	token_verifications: 1_000_000,
	sign_in_sign_ups: 1_000_000,
	burst: 1_000_000
});

/** The environment variables a self-hosted GoTrue reads for the same numbers. */
const ENV = /** @type {const} */ ({
	email_sent: 'GOTRUE_RATE_LIMIT_EMAIL_SENT',
	token_refresh: 'GOTRUE_RATE_LIMIT_TOKEN_REFRESH',
	token_verifications: 'GOTRUE_RATE_LIMIT_VERIFY',
	sign_in_sign_ups: 'GOTRUE_RATE_LIMIT_OTP'
});

/**
 * Limits from GoTrue's environment variables where set, hosted defaults otherwise.
 * @param {Record<string, string | undefined>} env
 * @returns {Partial<RateLimits>}
 */
export function rateLimitsFromEnv(env) {
	/** @type {Partial<RateLimits>} */
	const out = {};
	for (const [name, variable] of Object.entries(ENV)) {
		const raw = env[variable];
		if (raw === undefined || raw === '') continue;
		const value = Number(raw);
		if (!Number.isFinite(value) || value < 0) throw new Error(`${variable} must be a number >= 0`);
		out[/** @type {keyof typeof ENV} */ (name)] = value;
	}
	return out;
}

/**
 * Which limit and which of GoTrue's limiters guard an endpoint: the sign_in_sign_ups endpoints
 * each have a limiter of their own, both methods of /verify share one.
 */
const BUCKETS = /** @type {Record<string, [keyof typeof ENV, string]>} */ ({
	'POST /token': ['token_refresh', 'token'],
	'GET /verify': ['token_verifications', 'verify'],
	'POST /verify': ['token_verifications', 'verify'],
	'POST /signup': ['sign_in_sign_ups', 'signup'],
	'POST /otp': ['sign_in_sign_ups', 'otp'],
	'POST /magiclink': ['sign_in_sign_ups', 'magiclink'],
	'POST /recover': ['sign_in_sign_ups', 'recover'],
	'POST /resend': ['sign_in_sign_ups', 'resend'],
	'PUT /user': ['sign_in_sign_ups', 'user']
});

const FIVE_MINUTES = 300;
const HOUR_MS = 3_600_000;

/**
 * Clients are told apart by their socket address: the gateway runs in the same process, so it
 * is the caller's own (hosted projects take it from a header their proxy sets).
 * @param {{ limits?: Partial<RateLimits>, now?: () => number }} [options]
 */
export function createRateLimiter({ limits = {}, now = Date.now } = {}) {
	const l = { ...HOSTED_RATE_LIMITS, ...limits };
	/** @type {Map<string, { tokens: number, at: number }>} */
	const buckets = new Map();
	let emailWindow = { start: now(), count: 0 };

	/**
	 * Takes one request from the client's bucket of the route, or refuses with 429.
	 * @param {string} route e.g. 'POST /token' @param {import('node:http').IncomingMessage} req
	 */
	function checkRequest(route, req) {
		const guard = BUCKETS[route];
		if (!guard) return;
		const [kind, limiter] = guard;
		const perSecond = l[kind] / FIVE_MINUTES;
		const key = `${limiter}|${req.socket.remoteAddress ?? 'unknown'}`;
		const t = now();
		const bucket = buckets.get(key) ?? { tokens: l.burst, at: t };
		bucket.tokens = Math.min(l.burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
		bucket.at = t;
		buckets.set(key, bucket);
		if (bucket.tokens < 1) throw new AuthError('over_request_rate_limit');
		bucket.tokens -= 1;
	}

	function rollEmailWindow() {
		const t = now();
		const passed = Math.floor((t - emailWindow.start) / HOUR_MS);
		if (passed > 0) emailWindow = { start: emailWindow.start + passed * HOUR_MS, count: 0 };
	}

	return {
		checkRequest,
		/** Refuses before any work when this hour's e-mails are used up. */
		checkEmail() {
			rollEmailWindow();
			if (emailWindow.count >= l.email_sent)
				throw new AuthError('over_email_send_rate_limit', 'email rate limit exceeded');
		},
		/** Counts one e-mail about to be sent, or refuses it. */
		takeEmail() {
			rollEmailWindow();
			if (emailWindow.count >= l.email_sent)
				throw new AuthError('over_email_send_rate_limit', 'email rate limit exceeded');
			emailWindow.count += 1;
		}
	};
}

/** @typedef {ReturnType<typeof createRateLimiter>} RateLimiter */
