import { randomUUID } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { isMessageKey, type MessageKey } from '$lib/i18n';

const COOKIE = 'flash';

/** Confirms what happened after a redirect: a message key (translated when shown) for one page view. */
export function setFlash(cookies: Cookies, key: MessageKey, params?: Record<string, string>) {
	cookies.set(COOKIE, JSON.stringify({ key, params: params ?? null }), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60
	});
}

type Flash = {
	key: MessageKey | null;
	params: Record<string, string> | null;
	/**
	 * New for every notice taken, also when two actions in a row confirm with the same text: the
	 * page shows each as a notice of its own, not as the previous one left standing.
	 */
	id: string | null;
};

const NONE: Flash = { key: null, params: null, id: null };

export function takeFlash(cookies: Cookies): Flash {
	const raw = cookies.get(COOKIE);
	if (!raw) return NONE;
	cookies.delete(COOKIE, { path: '/' });
	try {
		const parsed: unknown = JSON.parse(raw);
		if (parsed && typeof parsed === 'object' && 'key' in parsed && isMessageKey(parsed.key)) {
			const params =
				'params' in parsed && parsed.params && typeof parsed.params === 'object'
					? Object.fromEntries(
							Object.entries(parsed.params).filter(
								(entry): entry is [string, string] => typeof entry[1] === 'string'
							)
						)
					: null;
			return { key: parsed.key, params, id: randomUUID() };
		}
	} catch {
		// A tampered or stale cookie is simply ignored.
	}
	return NONE;
}
