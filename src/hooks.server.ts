import { redirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { defaultLocale, isLocale, localeFromAcceptLanguage, translate, type Locale } from '$lib/i18n';
import { profileForRequest } from '$lib/server/account';
import { isForbiddenCrossSite } from '$lib/server/csrf';
import { LOCALE_COOKIE } from '$lib/server/locale';
import { isProtectedPath } from '$lib/server/redirects';
import { startBackgroundJobs } from '$lib/server/jobs';
import { createRequestClient, hasAuthCookie } from '$lib/server/supabase';

// Cross-site form posts are refused here rather than by SvelteKit (svelte.config.js), with one
// exception: the one-click unsubscribe of RFC 8058 (see $lib/server/csrf). Same answer as
// SvelteKit's own check.
const csrf: Handle = async ({ event, resolve }) => {
	if (isForbiddenCrossSite(event.request, event.url)) {
		const message = `Cross-site ${event.request.method} form submissions are forbidden`;
		if (event.request.headers.get('accept') === 'application/json') {
			return new Response(JSON.stringify({ message }), {
				status: 403,
				headers: { 'content-type': 'application/json' }
			});
		}
		return new Response(message, { status: 403 });
	}
	return resolve(event);
};

const supabase: Handle = async ({ event, resolve }) => {
	// Built on first use: an anonymous page view that reads only public data (through
	// publicClient) never needs a client of its own.
	let client: App.Locals['supabase'] | undefined;
	Object.defineProperty(event.locals, 'supabase', {
		get: () => (client ??= createRequestClient(event.cookies)),
		enumerable: true,
		configurable: true
	});

	let memo: ReturnType<App.Locals['safeGetSession']> | null = null;
	event.locals.safeGetSession = () => {
		memo ??= (async () => {
			// No auth cookie, no session: nothing to decode or verify.
			if (!hasAuthCookie(event.cookies)) return { session: null, user: null };
			const {
				data: { session }
			} = await event.locals.supabase.auth.getSession();
			if (!session) return { session: null, user: null };
			// getSession only decodes the cookie; getUser asks the auth server whether the token is valid.
			const {
				data: { user },
				error
			} = await event.locals.supabase.auth.getUser();
			if (error || !user) return { session: null, user: null };
			return { session, user };
		})();
		return memo;
	};

	return resolve(event, {
		filterSerializedResponseHeaders: (name) => name === 'content-range' || name === 'x-supabase-api-version'
	});
};

const authGuard: Handle = async ({ event, resolve }) => {
	const { session, user } = await event.locals.safeGetSession();
	event.locals.session = session;
	event.locals.user = user;

	const { pathname, search } = event.url;
	if (!user && isProtectedPath(pathname)) {
		if (event.request.method === 'GET' || event.request.method === 'HEAD') {
			redirect(303, `/inloggen?next=${encodeURIComponent(pathname + search)}`);
		}
	}
	if (user && event.request.method === 'GET' && (pathname === '/inloggen' || pathname === '/aanmelden')) {
		redirect(303, '/mijn');
	}
	return resolve(event);
};

async function resolveLocale(event: Parameters<Handle>[0]['event']): Promise<Locale> {
	const user = event.locals.user;
	event.locals.displayName = null;
	if (user) {
		const data = await profileForRequest(event.locals.supabase, user.id);
		event.locals.displayName = data?.display_name ?? null;
		if (data && isLocale(data.locale)) return data.locale;
	}
	const cookie = event.cookies.get(LOCALE_COOKIE);
	if (isLocale(cookie)) return cookie;
	return localeFromAcceptLanguage(event.request.headers.get('accept-language')) ?? defaultLocale;
}

// app.html says lang="nl", the default language, so a Dutch page goes out as rendered and
// only an English one is edited. A replace on every page made V8 copy the whole page (40 KB
// on a list page) once more per request, only to write in the language it already had.
const i18n: Handle = async ({ event, resolve }) => {
	const locale = await resolveLocale(event);
	event.locals.locale = locale;
	if (locale === defaultLocale) return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace(`<html lang="${defaultLocale}"`, `<html lang="${locale}"`)
	});
};

export const handle = sequence(csrf, supabase, authGuard, i18n);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const locale = isLocale(event.locals.locale) ? event.locals.locale : defaultLocale;
	if (status === 404) {
		return { message: translate(locale, 'error.not_found') };
	}
	const id = crypto.randomUUID();
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}: ${message}`, error);
	return { message: translate(locale, 'error.generic'), id };
};

export const init: ServerInit = () => {
	startBackgroundJobs();
};
