/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The beursvloer console's service worker, so a tablet that reloads the console (or whose browser
// discarded the tab) while the venue's wifi is down still gets it. It is registered by the console
// page only, with the scope /matchmaken/beursvloer/, so the rest of the site never runs under it.
// It answers two kinds of request and lets everything else through untouched:
// - the app's build files and static files, precached on install (their names change with
//   every build, so a cached copy is never stale);
// - navigations to a console page, network first; the last page loaded online is kept per URL
//   and served only when the network fails, marked so the page can say it is offline.
// The notaris page is network only: a stale list of forms to ratify would mislead. Posts and the
// JSON endpoint (formulieren) always go to the network, so the outbox sees a real failure.
import { build, files, version } from '$service-worker';
import { CACHE_PREFIX, FLOOR_SCOPE, OFFLINE_MARK, isConsolePath } from '$lib/floor/offline';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `${CACHE_PREFIX}${version}`;
const PRECACHE = [...build, ...files];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await (await caches.open(CACHE)).addAll(PRECACHE);
			// A tablet keeps the console open all day and a reload does not swap a waiting worker:
			// the new build takes over at once (its build files are precached with it).
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The console that registered this worker was loaded before it existed: keep a copy of it
			// now, or a reload while offline would find nothing.
			const open = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			await Promise.all(
				open
					.map((client) => new URL(client.url))
					.filter((url) => url.origin === sw.location.origin && isConsolePath(url.pathname))
					.map(async (url) => {
						try {
							const response = await fetch(url.pathname, { credentials: 'same-origin' });
							if (cacheable(response)) await keep(url, response);
						} catch {
							// Offline already: the next load online keeps a copy.
						}
					})
			);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (precached.has(url.pathname)) {
		event.respondWith(fromCache(request));
		return;
	}
	if (request.mode !== 'navigate' || !url.pathname.startsWith(FLOOR_SCOPE)) return;
	if (url.pathname.endsWith('/formulieren')) return;
	event.respondWith(networkFirst(event, url));
});

async function fromCache(request: Request): Promise<Response> {
	return (await caches.match(request, { cacheName: CACHE })) ?? fetch(request);
}

async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
	const isConsole = isConsolePath(url.pathname);
	try {
		const response = await fetch(event.request);
		if (isConsole && cacheable(response)) event.waitUntil(keep(url, response.clone()));
		return response;
	} catch (failure) {
		const cached = isConsole ? await caches.match(url.pathname, { cacheName: CACHE }) : undefined;
		if (cached) return cached;
		throw failure;
	}
}

/** Only the page itself: no redirect to the sign-in page, no error page. */
function cacheable(response: Response) {
	return response.status === 200 && response.type === 'basic' && !response.redirected;
}

async function keep(url: URL, response: Response) {
	const html = (await response.text()).replace('<html', `<html ${OFFLINE_MARK}`);
	const headers = new Headers({ 'content-type': response.headers.get('content-type') ?? 'text/html' });
	await (await caches.open(CACHE)).put(url.pathname, new Response(html, { headers }));
}
