// Sign-up, sign-in and e-mail verification: the endpoints anyone may call with the anon key.
import { randomUUID } from 'node:crypto';
import { AuthError, readBody, redirect, sendJson } from './http.js';
import { otpHash, s256, sha256 } from './tokens.js';

/** verifyOtp/link type -> the kinds of stored token it may redeem. */
const VERIFY_TYPES = /** @type {Record<string, string[]>} */ ({
	email: ['signup', 'magiclink', 'invite'],
	signup: ['signup', 'magiclink', 'invite'],
	magiclink: ['magiclink', 'signup'],
	recovery: ['recovery'],
	invite: ['invite', 'signup'],
	email_change: ['email_change', 'email_change_current']
});

/** GoTrue's answer to the first of two e-mail change confirmations. */
const SINGLE_CONFIRMATION =
	'Confirmation link accepted. Please proceed to confirm link sent to the other email';

/** GoTrue's amr method per redeemed token kind. */
const AMR = /** @type {Record<string, string>} */ ({
	signup: 'otp',
	magiclink: 'otp',
	recovery: 'recovery',
	invite: 'invite',
	email_change: 'email_change'
});

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {(req: Req, res: Res, url: URL, param: string) => Promise<void>} Route
 */

/** @param {import('./core.js').Context} ctx @returns {Record<string, Route>} */
export function publicRoutes(ctx) {
	const { o } = ctx;

	return {
		'POST /signup': async (req, res, url) => {
			const body = await readBody(req);
			if (body.phone && !body.email)
				throw new AuthError('validation_failed', 'Phone signups are not enabled locally');
			const email = ctx.checkEmail(body.email);
			if (!body.password) throw new AuthError('validation_failed', 'Signup requires a valid password');
			const passwordHash = await ctx.hashPassword(body.password);
			const flow = ctx.pkceFlow(body, 'email/signup');
			const token = ctx.emailToken({ flow });
			if (!o.autoConfirm) ctx.limiter.checkEmail();
			const row = await ctx.rpc('sign_up', {
				p_user_id: randomUUID(),
				p_email: email,
				p_password_hash: passwordHash,
				p_data: body.data ?? {},
				p_session: o.autoConfirm ? ctx.newSession('password') : null,
				p_token: o.autoConfirm ? null : { ...token.args(email), relates_to: email }
			});
			if (row.status === 'exists_confirmed') {
				if (o.autoConfirm) throw new AuthError('user_already_exists');
				// GoTrue answers a taken, confirmed address with a look-alike user that has no
				// identities, so that sign-up cannot be used to find out who has an account.
				const now = new Date().toISOString();
				return sendJson(res, 200, {
					id: randomUUID(),
					aud: 'authenticated',
					role: 'authenticated',
					email,
					phone: '',
					confirmation_sent_at: now,
					app_metadata: { provider: 'email', providers: ['email'] },
					user_metadata: {},
					identities: [],
					created_at: now,
					updated_at: now,
					is_anonymous: false
				});
			}
			if (o.autoConfirm) return sendJson(res, 200, await ctx.sessionResponse(row));
			await ctx.mail('signup', email, token, ctx.redirectOf(url, body));
			sendJson(res, 200, row.user);
		},

		'POST /token': async (req, res, url) => {
			const grant = url.searchParams.get('grant_type');
			const body = await readBody(req);
			if (grant === 'password') return sendJson(res, 200, await passwordGrant(body));
			if (grant === 'refresh_token') return sendJson(res, 200, await refreshGrant(body));
			if (grant === 'pkce') return sendJson(res, 200, await pkceGrant(body));
			throw new AuthError('validation_failed', 'unsupported_grant_type');
		},

		'POST /otp': async (req, res, url) => {
			const body = await readBody(req);
			if (body.phone && !body.email)
				throw new AuthError('validation_failed', 'Phone sign-in is not enabled locally');
			const email = ctx.checkEmail(body.email);
			const flow = ctx.pkceFlow(body, 'magiclink');
			const token = ctx.emailToken({ flow });
			ctx.limiter.checkEmail();
			const row = await ctx.rpc('request_email_token', {
				p_email: email,
				p_type: 'magiclink',
				p_new_user: body.create_user === false ? null : { id: randomUUID(), data: body.data ?? {} },
				p_token: token.args(email)
			});
			if (row.status === 'not_found') throw new AuthError('otp_disabled');
			await ctx.mail(row.type, email, token, ctx.redirectOf(url, body));
			sendJson(res, 200, {});
		},

		'POST /recover': async (req, res, url) => {
			const body = await readBody(req);
			const email = ctx.checkEmail(body.email);
			const flow = ctx.pkceFlow(body, 'recovery');
			const token = ctx.emailToken({ flow });
			// Checked for unknown addresses too, so that a full hour reveals no accounts.
			ctx.limiter.checkEmail();
			const row = await ctx.rpc('request_email_token', {
				p_email: email,
				p_type: 'recovery',
				p_new_user: null,
				p_token: token.args(email)
			});
			// Unknown addresses get the same answer: no account discovery through this form.
			if (row.status === 'ok') await ctx.mail('recovery', email, token, ctx.redirectOf(url, body));
			sendJson(res, 200, {});
		},

		'POST /resend': async (req, res, url) => {
			const body = await readBody(req);
			const email = ctx.checkEmail(body.email);
			if (body.type !== 'signup')
				throw new AuthError('validation_failed', 'Only type "signup" can be resent locally');
			const token = ctx.emailToken({ flow: ctx.pkceFlow(body, 'email/signup') });
			ctx.limiter.checkEmail();
			const row = await ctx
				.rpc('request_email_token', {
					p_email: email,
					p_type: 'signup',
					p_new_user: null,
					p_token: token.args(email)
				})
				.catch((/** @type {unknown} */ e) => {
					// A confirmed address: nothing to resend, and no sign that the account exists.
					if (e instanceof AuthError && e.errorCode === 'email_exists') return { status: 'confirmed' };
					throw e;
				});
			if (row.status === 'ok') await ctx.mail('signup', email, token, ctx.redirectOf(url, body));
			sendJson(res, 200, {});
		},

		'POST /verify': async (req, res) => {
			const body = await readBody(req);
			const kinds = VERIFY_TYPES[body.type];
			if (!kinds) throw new AuthError('validation_failed', `Verify requires a verification type`);
			/** @type {{ lookup: string, hash: string, email: string | null }} */
			let find;
			if (typeof body.token_hash === 'string' && body.token_hash) {
				find = { lookup: 'link', hash: sha256(body.token_hash), email: null };
			} else {
				if (typeof body.token !== 'string' || !body.token)
					throw new AuthError('validation_failed', 'Verify requires a token or a token hash');
				const email = ctx.checkEmail(body.email);
				find = { lookup: 'otp', hash: otpHash(email, body.token), email };
			}
			const row = await ctx.rpc('verify_token', {
				p_lookup: find.lookup,
				p_hash: find.hash,
				p_email: find.email,
				p_types: kinds,
				p_session: ctx.newSession(AMR[body.type === 'email' ? 'magiclink' : body.type] ?? 'otp'),
				p_auth_code_hash: null
			});
			if (row.error) throw new AuthError(row.error);
			if (row.pending) return sendJson(res, 200, { msg: SINGLE_CONFIRMATION, code: '200' });
			sendJson(res, 200, await ctx.sessionResponse(row));
		},

		// The link in the e-mail. Errors go back to the app as GoTrue sends them: in the fragment
		// for the implicit flow, in the query string for PKCE.
		'GET /verify': async (_req, res, url) => {
			const type = url.searchParams.get('type') ?? '';
			const token = url.searchParams.get('token') ?? '';
			const target = new URL(ctx.redirectOf(url));
			target.hash = '';
			const pkce = token.startsWith('pkce_');
			const kinds = VERIFY_TYPES[type];
			const authCode = randomUUID();
			let row;
			try {
				if (!kinds || !token) throw new AuthError('otp_expired');
				row = await ctx.rpc('verify_token', {
					p_lookup: 'link',
					p_hash: sha256(token),
					p_email: null,
					p_types: kinds,
					p_session: ctx.newSession(AMR[type] ?? 'otp'),
					p_auth_code_hash: sha256(authCode)
				});
			} catch (e) {
				if (!(e instanceof AuthError)) throw e;
				const error = new URLSearchParams({
					error: e.status >= 500 ? 'server_error' : 'access_denied',
					error_code: e.errorCode,
					error_description:
						e.errorCode === 'otp_expired' ? 'Email link is invalid or has expired' : e.message
				});
				if (pkce) {
					for (const [k, v] of error) target.searchParams.set(k, v);
					return redirect(res, target.href);
				}
				return redirect(res, `${target.href}#${error}`);
			}
			if (row.pending) {
				if (pkce) target.searchParams.set('message', SINGLE_CONFIRMATION);
				return redirect(
					res,
					`${target.href}#${new URLSearchParams({ message: SINGLE_CONFIRMATION, sb: '' })}`
				);
			}
			if (row.flow) {
				target.searchParams.set('code', authCode);
				return redirect(res, target.href);
			}
			const s = await ctx.sessionResponse(row);
			const fragment = new URLSearchParams({
				access_token: s.access_token,
				expires_at: String(s.expires_at),
				expires_in: String(s.expires_in),
				refresh_token: s.refresh_token,
				token_type: 'bearer',
				type
			});
			redirect(res, `${target.href}#${fragment}`);
		},

		'GET /settings': async (_req, res) => {
			sendJson(res, 200, {
				external: { email: true, phone: false, anonymous_users: false },
				disable_signup: false,
				mailer_autoconfirm: o.autoConfirm,
				phone_autoconfirm: false,
				sms_provider: '',
				saml_enabled: false
			});
		},

		'GET /health': async (_req, res) => {
			sendJson(res, 200, {
				version: 'local',
				name: 'GoTrue',
				description: 'Beursvloer local stand-in for Supabase Auth'
			});
		},

		// Access tokens are HS256: there is no public key to publish, and supabase-js getClaims()
		// then verifies through GET /user instead.
		'GET /.well-known/jwks.json': async (_req, res) => {
			sendJson(res, 200, { keys: [] });
		}
	};

	/** @param {Record<string, any>} body */
	async function passwordGrant(body) {
		if (body.phone && !body.email) throw new AuthError('invalid_credentials');
		const email = ctx.checkEmail(body.email);
		if (typeof body.password !== 'string' || !body.password) {
			throw new AuthError('validation_failed', 'Missing password');
		}
		const found = await ctx.rpc('find_user', { p_email: email });
		// Unknown address and wrong password look the same, and take the same bcrypt time.
		const ok = await ctx.checkPassword(body.password, found?.encrypted_password);
		if (!found || !ok) throw new AuthError('invalid_credentials');
		if (!found.confirmed) throw new AuthError('email_not_confirmed');
		if (found.banned) throw new AuthError('user_banned');
		return ctx.sessionResponse(
			await ctx.rpc('create_session', { p_user_id: found.user.id, p_session: ctx.newSession('password') })
		);
	}

	/** @param {Record<string, any>} body */
	async function refreshGrant(body) {
		if (typeof body.refresh_token !== 'string' || !body.refresh_token) {
			throw new AuthError('refresh_token_not_found');
		}
		const next = ctx.newSession('token_refresh');
		const row = await ctx.rpc('refresh_session', {
			p_token_hash: sha256(body.refresh_token),
			p_new_id: next.refresh_id,
			p_new_hash: next.refresh_hash,
			p_reuse_interval: o.refreshTokenReuseInterval
		});
		if (row.error) throw new AuthError(row.error);
		return ctx.sessionResponse(row);
	}

	/** @param {Record<string, any>} body */
	async function pkceGrant(body) {
		if (typeof body.auth_code !== 'string' || !body.auth_code || typeof body.code_verifier !== 'string') {
			throw new AuthError(
				'validation_failed',
				'invalid request: both auth code and code verifier should be non-empty'
			);
		}
		const row = await ctx.rpc('exchange_auth_code', {
			p_auth_code_hash: sha256(body.auth_code),
			p_verifier: body.code_verifier,
			p_verifier_s256: s256(body.code_verifier),
			p_flow_ttl: o.flowStateTtl,
			p_session: ctx.newSession('pkce')
		});
		return ctx.sessionResponse(row);
	}
}
