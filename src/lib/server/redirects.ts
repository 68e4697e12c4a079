/**
 * Accepts only same-site relative paths ("/mijn?x=1"), so a `next` parameter can never send
 * a user to another site after signing in (open redirect).
 */
export function safeNext(value: string | null | undefined, fallback = '/mijn'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
		return fallback;
	}
	try {
		const url = new URL(value, 'http://internal.invalid');
		if (url.origin !== 'http://internal.invalid') return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}

const protectedPrefixes = ['/mijn', '/welkom', '/uitnodigingen', '/beheer', '/matchmaken'];

export function isProtectedPath(pathname: string): boolean {
	return protectedPrefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
