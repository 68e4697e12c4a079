// The signed-in user's own endpoints: GET/PUT /user and POST /logout.
import { AuthError, readBody, sendJson } from './http.js';

/** @param {import('./core.js').Context} ctx @returns {Record<string, import('./public-routes.js').Route>} */
export function userRoutes(ctx) {
	return {
		'GET /user': async (req, res) => {
			const { user } = await ctx.requireUser(req);
			sendJson(res, 200, user);
		},

		'PUT /user': async (req, res, url) => {
			const { claims, user, encryptedPassword } = await ctx.requireUser(req);
			const body = await readBody(req);
			if (body.phone) throw new AuthError('validation_failed', 'Phone numbers are not enabled locally');
			let passwordHash = null;
			if (body.password !== undefined && body.password !== null) {
				passwordHash = await ctx.hashPassword(body.password);
				if (encryptedPassword && (await ctx.checkPassword(body.password, encryptedPassword))) {
					throw new AuthError('same_password');
				}
			}
			if (body.data !== undefined && (typeof body.data !== 'object' || Array.isArray(body.data))) {
				throw new AuthError('validation_failed', 'data must be an object');
			}
			/** @type {{ email: string, token: ReturnType<typeof ctx.emailToken>, current: ReturnType<typeof ctx.emailToken> | null } | null} */
			let change = null;
			if (body.email !== undefined && body.email !== null) {
				const email = ctx.checkEmail(body.email);
				if (email !== user.email)
					change = {
						email,
						token: ctx.emailToken({ flow: ctx.pkceFlow(body, 'email_change') }),
						// Double confirmation (GoTrue's secure e-mail change): the present address
						// confirms too, so a stolen session cannot move the account to another inbox.
						current: ctx.o.doubleConfirmChanges && user.email ? ctx.emailToken() : null
					};
			}
			if (change) ctx.limiter.checkEmail();
			const row = await ctx.rpc('update_user', {
				p_user_id: user.id,
				p_session_id: typeof claims.session_id === 'string' ? claims.session_id : null,
				p_password_hash: passwordHash,
				p_data: body.data ?? null,
				p_email_change: change
					? {
							new_email: change.email,
							...change.token.args(change.email),
							current: change.current?.args(user.email) ?? null
						}
					: null
			});
			if (change) {
				const redirectTo = ctx.redirectOf(url, body);
				await ctx.mail('email_change', change.email, change.token, redirectTo);
				if (change.current) {
					await ctx.mail('email_change', user.email, change.current, redirectTo, 'email_change_current');
				}
			}
			sendJson(res, 200, row.user);
		},

		// supabase-js ignores 401/403/404 here and clears its local session regardless.
		'POST /logout': async (req, res, url) => {
			const { claims } = await ctx.requireUser(req);
			const scope = url.searchParams.get('scope') ?? 'global';
			if (!['global', 'local', 'others'].includes(scope)) {
				throw new AuthError('validation_failed', 'Unsupported logout scope');
			}
			await ctx.rpc('logout', {
				p_user_id: claims.sub,
				p_session_id: typeof claims.session_id === 'string' ? claims.session_id : null,
				p_scope: scope
			});
			res.writeHead(204, { 'access-control-allow-origin': '*' });
			res.end();
		}
	};
}
