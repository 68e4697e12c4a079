// SvelteKit's own CSRF check (refusing cross-site form posts), done here instead of by the
// framework so that exactly one kind of path can be let through: the one-click unsubscribe
// links of RFC 8058. A mail client (Gmail, Apple Mail, Outlook) unsubscribes by POSTing
// `List-Unsubscribe=One-Click` as a form from its own origin, or with no Origin at all, to the
// URL in the List-Unsubscribe header; SvelteKit would answer 403. That POST is safe to accept
// from anywhere: it changes nothing but "this kind of mail: never" for the user the signed token
// names, and the token, not a session cookie, is the authority, so a forged cross-site request
// gains nothing. svelte.config.js trusts every origin (trustedOrigins: ['*']) and this check,
// run first in hooks.server.ts, refuses everything else exactly as SvelteKit would.

/** /afmelden/<token>: the only path cross-site form posts may reach. */
const CROSS_SITE_ALLOWED = /^\/afmelden\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\/?$/;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The content types a plain HTML form can send, the ones that need the check (as in SvelteKit). */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function isFormContentType(request: Request): boolean {
	const type = request.headers.get('content-type')?.split(';', 1)[0].trim().toLowerCase() ?? '';
	return FORM_TYPES.includes(type) || type === 'application/x-sveltekit-formdata';
}

/** True when the request must be refused: a cross-site form post to any other path. */
export function isForbiddenCrossSite(request: Request, url: URL): boolean {
	if (!UNSAFE_METHODS.has(request.method) || !isFormContentType(request)) return false;
	if (request.headers.get('origin') === url.origin) return false;
	return !CROSS_SITE_ALLOWED.test(url.pathname);
}

export function isCrossSiteAllowedPath(pathname: string): boolean {
	return CROSS_SITE_ALLOWED.test(pathname);
}
