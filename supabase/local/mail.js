// A local stand-in for Resend's HTTP API (POST /emails, POST /emails/batch) plus an inbox
// that developers and tests read. The Resend SDK reaches it through RESEND_BASE_URL.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {{ id: string, from: string, to: string[], cc: string[], bcc: string[], reply_to: string[],
 *   subject: string, html: string, text: string, tags: unknown[], created_at: string }} Message
 */

const MAX_MESSAGES = 2000;

/** @param {unknown} v @returns {string[]} */
const list = (v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v ? [v] : []);

/** Pulls the bare address out of `Name <a@b.nl>`. @param {string} v */
const address = (v) => (v.match(/<([^>]+)>/)?.[1] ?? v).trim().toLowerCase();

/** @param {{ file?: string | null }} options */
export function createMailSink({ file = null } = {}) {
	/** @type {Message[]} */
	let messages = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
	/** @type {Map<string, string[]>} */
	const idempotent = new Map();
	let failNext = 0;

	function persist() {
		if (!file) return;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, JSON.stringify(messages));
	}

	/**
	 * Stores one message after the checks Resend makes.
	 * @param {Record<string, unknown>} body
	 * @returns {{ ok: true, message: Message } | { ok: false, status: number, name: string, error: string }}
	 */
	function accept(body) {
		const to = list(body.to);
		if (typeof body.from !== 'string' || !body.from) return invalid('The `from` field is missing.');
		if (to.length === 0) return invalid('The `to` field is missing.');
		if (to.length > 50) return invalid('The `to` field may hold at most 50 addresses.');
		if (typeof body.subject !== 'string' || !body.subject) return invalid('The `subject` field is missing.');
		if (!body.html && !body.text) return invalid('Either `html` or `text` must be provided.');
		/** @type {Message} */
		const message = {
			id: randomUUID(),
			from: body.from,
			to,
			cc: list(body.cc),
			bcc: list(body.bcc),
			reply_to: list(body.reply_to ?? body.replyTo),
			subject: body.subject,
			html: typeof body.html === 'string' ? body.html : '',
			text: typeof body.text === 'string' ? body.text : '',
			tags: Array.isArray(body.tags) ? body.tags : [],
			created_at: new Date().toISOString()
		};
		return { ok: true, message };
	}

	/** @param {string} error */
	function invalid(error) {
		return /** @type {const} */ ({ ok: false, status: 422, name: 'validation_error', error });
	}

	return {
		/** All messages, newest first, optionally only those to one address. @param {string | null} [to] */
		messages(to = null) {
			const wanted = to ? address(to) : null;
			return messages
				.filter((m) => !wanted || [...m.to, ...m.cc, ...m.bcc].some((a) => address(a) === wanted))
				.slice()
				.reverse();
		},
		/** @param {string} id */
		get(id) {
			return messages.find((m) => m.id === id) ?? null;
		},
		clear() {
			messages = [];
			persist();
		},
		/** Makes the next `count` sends fail with HTTP 500, so tests can prove retries. @param {number} count */
		failNext(count) {
			failNext = count;
		},
		/** Used by the auth stand-in, which sends without going through HTTP. @param {{ to: string, subject: string, html: string, text: string, from?: string }} m */
		async send(m) {
			const result = accept({ from: m.from ?? 'Beursvloer <noreply@beursvloer.local>', ...m });
			if (!result.ok) throw new Error(result.error);
			messages.push(result.message);
			if (messages.length > MAX_MESSAGES) messages = messages.slice(-MAX_MESSAGES);
			persist();
			return result.message;
		},
		/**
		 * The Resend-compatible API. Returns [status, json body].
		 * @param {'single' | 'batch'} kind @param {unknown} body @param {string | undefined} authorization @param {string | undefined} idempotencyKey
		 * @returns {[number, unknown]}
		 */
		api(kind, body, authorization, idempotencyKey) {
			if (!authorization || !/^Bearer \S+/.test(authorization)) {
				return [
					401,
					{
						statusCode: 401,
						name: 'missing_api_key',
						message: 'Missing API key in the authorization header.'
					}
				];
			}
			if (failNext > 0) {
				failNext--;
				return [
					500,
					{ statusCode: 500, name: 'internal_server_error', message: 'Local mail sink: simulated failure.' }
				];
			}
			if (idempotencyKey && idempotent.has(idempotencyKey)) {
				const ids = /** @type {string[]} */ (idempotent.get(idempotencyKey));
				return [200, kind === 'batch' ? { data: ids.map((id) => ({ id })) } : { id: ids[0] }];
			}
			const items = kind === 'batch' ? (Array.isArray(body) ? body : null) : [body];
			if (!items || items.length === 0 || items.length > 100) {
				return [
					422,
					{ statusCode: 422, name: 'validation_error', message: 'A batch holds 1 to 100 emails.' }
				];
			}
			const accepted = [];
			for (const item of items) {
				const result = accept(/** @type {Record<string, unknown>} */ (item ?? {}));
				if (!result.ok)
					return [result.status, { statusCode: result.status, name: result.name, message: result.error }];
				accepted.push(result.message);
			}
			messages.push(...accepted);
			if (messages.length > MAX_MESSAGES) messages = messages.slice(-MAX_MESSAGES);
			persist();
			const ids = accepted.map((m) => m.id);
			if (idempotencyKey) idempotent.set(idempotencyKey, ids);
			return [200, kind === 'batch' ? { data: ids.map((id) => ({ id })) } : { id: ids[0] }];
		}
	};
}
