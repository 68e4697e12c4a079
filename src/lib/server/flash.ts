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

export function takeFlash(cookies: Cookies): {
	key: MessageKey | null;
	params: Record<string, string> | null;
} {
	const raw = cookies.get(COOKIE);
	if (!raw) return { key: null, params: null };
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
			return { key: parsed.key, params };
		}
	} catch {
		// A tampered or stale cookie is simply ignored.
	}
	return { key: null, params: null };
}
