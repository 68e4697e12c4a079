// A local stand-in for Resend's HTTP API (POST /emails, POST /emails/batch) plus an inbox
// that developers and tests read. The Resend SDK reaches it through RESEND_BASE_URL.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * @typedef {{ id: string, from: string, to: string[], cc: string[], bcc: string[], reply_to: string[],
 *   subject: string, html: string, text: string, tags: unknown[], headers: Record<string, string>,
 *   idempotency_key: string | null, created_at: string }} Message
 */

/**
 * Injected faults, for the outbox's tests and bench (all off by default). Decided per idempotency
 * key, so a retry of the same message meets the same fault until its count is used up.
 * @typedef {{
 *   failTimes?: number,          // the first N attempts of a key fail (status failStatus)
 *   failStatus?: number,         // 500 (default) or 429
 *   failShare?: number,          // 0..1: share of keys that get failTimes (by a hash of the key)
 *   rateLimitShare?: number,     // 0..1: share of keys answered 429 once
 *   slowMs?: number,             // delay before answering ...
 *   slowShare?: number,          // ... for this share of requests (0..1, by key and attempt)
 *   permanentPattern?: string    // addresses matching this regex get 422 validation_error, always
 * }} Faults
 */

/** A stable number in [0, 1) for a string. @param {string} s */
function unit(s) {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return (h >>> 0) / 4294967296;
}

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
	/** @type {Faults} */
	let faults = {};
	/** Attempts per key (faults), deliveries per key (messages stored), in-flight keys. */
	/** @type {Map<string, number>} */
	const attemptsByKey = new Map();
	/** @type {Map<string, number>} */
	const deliveriesByKey = new Map();
	/** In-flight keys, with the API key that sent each (the bench tells its workers apart). */
	/** @type {Map<string, string>} */
	const inFlight = new Map();
	const counters = {
		requests: 0,
		delivered: 0,
		replayed: 0,
		failed: 0,
		rateLimited: 0,
		permanent: 0,
		concurrent: 0
	};

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
			headers: headersOf(body.headers),
			idempotency_key: null,
			created_at: new Date().toISOString()
		};
		return { ok: true, message };
	}

	/** @param {unknown} v @returns {Record<string, string>} */
	function headersOf(v) {
		if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
		return Object.fromEntries(Object.entries(v).map(([k, value]) => [k, String(value)]));
	}

	/**
	 * The injected fault for this attempt of a key, if any. @param {string} key @param {string[]} to
	 * @returns {[number, unknown] | null}
	 */
	function injected(key, to) {
		if (faults.permanentPattern && to.some((a) => new RegExp(faults.permanentPattern ?? '').test(a))) {
			counters.permanent++;
			return [
				422,
				{ statusCode: 422, name: 'validation_error', message: 'Local mail sink: address refused (injected).' }
			];
		}
		const attempt = (attemptsByKey.get(key) ?? 0) + 1;
		attemptsByKey.set(key, attempt);
		const h = unit(key);
		if ((faults.failTimes ?? 0) > 0 && h < (faults.failShare ?? 0) && attempt <= (faults.failTimes ?? 0)) {
			const status = faults.failStatus ?? 500;
			if (status === 429) counters.rateLimited++;
			else counters.failed++;
			return [
				status,
				status === 429
					? { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests (injected).' }
					: { statusCode: status, name: 'internal_server_error', message: 'Simulated failure (injected).' }
			];
		}
		// A separate slice of keys gets one 429.
		const r = unit(`429:${key}`);
		if (r < (faults.rateLimitShare ?? 0) && attempt === 1) {
			counters.rateLimited++;
			return [
				429,
				{ statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests (injected).' }
			];
		}
		return null;
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
		/** Sets the injected faults (replacing earlier ones) and resets the counts. @param {Faults} next */
		setFaults(next) {
			faults = { ...next };
			attemptsByKey.clear();
		},
		/**
		 * What the sink saw: deliveries (messages stored) by idempotency key, keys delivered more
		 * than once (duplicates), and the answers it gave.
		 */
		stats() {
			let duplicates = 0;
			for (const n of deliveriesByKey.values()) if (n > 1) duplicates += n - 1;
			return { ...counters, keys: deliveriesByKey.size, duplicates };
		},
		/** Requests still being answered: [idempotency key, API key]. */
		inFlight() {
			return [...inFlight.entries()];
		},
		/** @param {string} key */
		deliveries(key) {
			return deliveriesByKey.get(key) ?? 0;
		},
		resetStats() {
			attemptsByKey.clear();
			deliveriesByKey.clear();
			idempotent.clear();
			for (const k of Object.keys(counters)) counters[/** @type {keyof typeof counters} */ (k)] = 0;
		},
		/**
		 * The Resend-compatible API. Resolves to [status, json body]. Like Resend: the same
		 * idempotency key answers with the first result and stores nothing; while a request with
		 * that key is still running, another gets 409 concurrent_idempotent_requests.
		 * @param {'single' | 'batch'} kind @param {unknown} body @param {string | undefined} authorization @param {string | undefined} idempotencyKey
		 * @returns {Promise<[number, unknown]>}
		 */
		async api(kind, body, authorization, idempotencyKey) {
			counters.requests++;
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
				counters.replayed++;
				const ids = /** @type {string[]} */ (idempotent.get(idempotencyKey));
				return [200, kind === 'batch' ? { data: ids.map((id) => ({ id })) } : { id: ids[0] }];
			}
			if (idempotencyKey && inFlight.has(idempotencyKey)) {
				counters.concurrent++;
				return [
					409,
					{
						statusCode: 409,
						name: 'concurrent_idempotent_requests',
						message: 'Another request with this idempotency key is in progress.'
					}
				];
			}
			const items = kind === 'batch' ? (Array.isArray(body) ? body : null) : [body];
			if (!items || items.length === 0 || items.length > 100) {
				return [
					422,
					{ statusCode: 422, name: 'validation_error', message: 'A batch holds 1 to 100 emails.' }
				];
			}
			const key = idempotencyKey ?? null;
			if (key) inFlight.set(key, authorization.slice('Bearer '.length));
			try {
				if (key) {
					const fault = injected(
						key,
						items.flatMap((item) => list(/** @type {any} */ (item)?.to))
					);
					if (fault) return fault;
				}
				if ((faults.slowMs ?? 0) > 0 && unit(`slow:${key}:${counters.requests}`) < (faults.slowShare ?? 0)) {
					await new Promise((resolve) => setTimeout(resolve, faults.slowMs));
				}
				const accepted = [];
				for (const item of items) {
					const result = accept(/** @type {Record<string, unknown>} */ (item ?? {}));
					if (!result.ok)
						return [result.status, { statusCode: result.status, name: result.name, message: result.error }];
					result.message.idempotency_key = key;
					accepted.push(result.message);
				}
				messages.push(...accepted);
				if (messages.length > MAX_MESSAGES) messages = messages.slice(-MAX_MESSAGES);
				persist();
				counters.delivered += accepted.length;
				const ids = accepted.map((m) => m.id);
				if (key) {
					idempotent.set(key, ids);
					deliveriesByKey.set(key, (deliveriesByKey.get(key) ?? 0) + 1);
				}
				return [200, kind === 'batch' ? { data: ids.map((id) => ({ id })) } : { id: ids[0] }];
			} finally {
				if (key) inFlight.delete(key);
			}
		}
	};
}
