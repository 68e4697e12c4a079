// Admin endpoints (service role only): users, invitations and generate_link.
import { randomUUID } from 'node:crypto';
import { AuthError, readBody, sendJson } from './http.js';

const GO_DURATION = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
const UNIT_MS = /** @type {Record<string, number>} */ ({
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	ms: 1,
	s: 1e3,
	m: 6e4,
	h: 3.6e6
});

/**
 * GoTrue's ban_duration: a Go duration such as "24h" or "1h30m", or "none" to lift a ban.
 * @param {unknown} value @returns {string | null | undefined} banned_until, null to lift, undefined to keep
 */
function bannedUntil(value) {
	if (value === undefined || value === null || value === '') return undefined;
	if (value === 'none') return null;
	const text = String(value);
	let ms = 0;
	let consumed = '';
	for (const [part, n, unit] of text.matchAll(GO_DURATION)) {
		ms += Number(n) * UNIT_MS[unit];
		consumed += part;
	}
	if (!consumed || consumed !== text)
		throw new AuthError('validation_failed', 'invalid format for ban duration');
	return new Date(Date.now() + ms).toISOString();
}

/** @param {import('./core.js').Context} ctx @returns {Record<string, import('./public-routes.js').Route>} */
export function adminRoutes(ctx) {
	/** @param {string} id */
	const userId = (id) => {
		if (!ctx.isUuid(id)) throw new AuthError('validation_failed', 'user_id must be an UUID');
		return id;
	};
	/** @param {unknown} v @param {string} name */
	const object = (v, name) => {
		if (v === undefined || v === null) return null;
		if (typeof v !== 'object' || Array.isArray(v))
			throw new AuthError('validation_failed', `${name} must be an object`);
		return v;
	};

	return {
		'POST /admin/users': async (req, res) => {
			await ctx.requireAdmin(req);
			const body = await readBody(req);
			if (body.phone && !body.email)
				throw new AuthError('validation_failed', 'Phone users are not enabled locally');
			const email = ctx.checkEmail(body.email);
			const passwordHash = body.password ? await ctx.hashPassword(body.password) : null;
			const user = await ctx.rpc('admin_create_user', {
				p_id: body.id && ctx.isUuid(body.id) ? body.id : randomUUID(),
				p_email: email,
				p_password_hash: passwordHash,
				p_confirm: Boolean(body.email_confirm),
				p_user_meta: object(body.user_metadata, 'user_metadata') ?? {},
				p_app_meta: object(body.app_metadata, 'app_metadata') ?? {},
				p_banned_until: bannedUntil(body.ban_duration) ?? null
			});
			sendJson(res, 200, user);
		},

		'GET /admin/users': async (req, res, url) => {
			await ctx.requireAdmin(req);
			const page = Math.max(1, Number.parseInt(url.searchParams.get('page') || '1', 10) || 1);
			const perPage = Math.min(
				1000,
				Math.max(1, Number.parseInt(url.searchParams.get('per_page') || '50', 10) || 50)
			);
			const { users, total } = await ctx.rpc('admin_list_users', { p_page: page, p_per_page: perPage });
			// GoTrue's pagination headers; supabase-js reads the page numbers out of `link`.
			const last = Math.max(1, Math.ceil(total / perPage));
			const links = [];
			if (page < last) links.push(`</admin/users?page=${page + 1}&per_page=${perPage}>; rel="next"`);
			links.push(`</admin/users?page=${last}&per_page=${perPage}>; rel="last"`);
			sendJson(
				res,
				200,
				{ users, aud: 'authenticated' },
				{ 'x-total-count': String(total), link: links.join(', ') }
			);
		},

		'GET /admin/users/:id': async (req, res, _url, id) => {
			await ctx.requireAdmin(req);
			sendJson(res, 200, await ctx.rpc('admin_get_user', { p_id: userId(id) }));
		},

		'PUT /admin/users/:id': async (req, res, _url, id) => {
			await ctx.requireAdmin(req);
			const body = await readBody(req);
			/** @type {Record<string, unknown>} */
			const patch = {};
			if (body.email) patch.email = ctx.checkEmail(body.email);
			if (body.password) patch.password_hash = await ctx.hashPassword(body.password);
			if (body.email_confirm === true) patch.email_confirm = true;
			if (body.user_metadata) patch.user_metadata = object(body.user_metadata, 'user_metadata');
			if (body.app_metadata) patch.app_metadata = object(body.app_metadata, 'app_metadata');
			if (typeof body.role === 'string' && body.role) patch.role = body.role;
			const ban = bannedUntil(body.ban_duration);
			if (ban !== undefined) patch.banned_until = ban;
			sendJson(res, 200, await ctx.rpc('admin_update_user', { p_id: userId(id), p_patch: patch }));
		},

		// Soft deletion is not imitated: both kinds remove the user (and, by cascade, the profile).
		'DELETE /admin/users/:id': async (req, res, _url, id) => {
			await ctx.requireAdmin(req);
			await ctx.rpc('admin_delete_user', { p_id: userId(id) });
			sendJson(res, 200, {});
		},

		'POST /admin/generate_link': async (req, res, url) => {
			await ctx.requireAdmin(req);
			const body = await readBody(req);
			const type = body.type;
			if (!['signup', 'magiclink', 'recovery', 'invite'].includes(type)) {
				throw new AuthError('validation_failed', 'Invalid or unsupported link type');
			}
			const email = ctx.checkEmail(body.email);
			/** @type {Record<string, unknown> | null} */
			let newUser = null;
			if (type === 'signup') {
				newUser = {
					id: randomUUID(),
					data: object(body.data, 'data') ?? {},
					password_hash: await ctx.hashPassword(body.password)
				};
			} else if (type === 'invite') {
				newUser = { id: randomUUID(), data: object(body.data, 'data') ?? {} };
			}
			const token = ctx.emailToken({ rateLimit: 0 });
			const row = await ctx.rpc('request_email_token', {
				p_email: email,
				p_type: type,
				p_new_user: newUser,
				p_token: token.args(email)
			});
			if (row.status === 'not_found') throw new AuthError('user_not_found', 'User with this email not found');
			const redirectTo = ctx.redirectOf(url, { redirect_to: body.redirect_to ?? body.redirectTo });
			sendJson(res, 200, {
				...row.user,
				action_link: ctx.actionLink(row.type, token.link, redirectTo),
				email_otp: token.code,
				hashed_token: token.link,
				verification_type: row.type,
				redirect_to: redirectTo
			});
		},

		'POST /invite': async (req, res, url) => {
			await ctx.requireAdmin(req);
			const body = await readBody(req);
			const email = ctx.checkEmail(body.email);
			const token = ctx.emailToken({ rateLimit: 0 });
			ctx.limiter.checkEmail();
			const row = await ctx.rpc('request_email_token', {
				p_email: email,
				p_type: 'invite',
				p_new_user: { id: randomUUID(), data: object(body.data, 'data') ?? {} },
				p_token: token.args(email)
			});
			await ctx.mail('invite', email, token, ctx.redirectOf(url, body));
			sendJson(res, 200, row.user);
		}
	};
}
