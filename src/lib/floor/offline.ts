// What the console page and the service worker (src/service-worker.ts) agree on.

/** The service worker's scope: the console, the notaris page and the forms endpoint. */
export const FLOOR_SCOPE = '/matchmaken/beursvloer/';

/** A console page (not the notaris page or the endpoint under it). */
export const isConsolePath = (pathname: string) =>
	/^\/matchmaken\/beursvloer\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(pathname);

/** Set on <html> of the copy the service worker serves when the network fails. */
export const OFFLINE_MARK = 'data-floor-offline';

/** The service worker's caches are named with this prefix and the build's version. */
export const CACHE_PREFIX = 'beursvloer-floor-';

/**
 * Forgets the console pages the service worker kept for offline use (they hold what the signed-in
 * matchmaker saw). Called on signing out; the build files stay, and so do unsent forms (IndexedDB).
 */
export async function forgetSavedPages(): Promise<void> {
	if (typeof caches === 'undefined') return;
	for (const name of await caches.keys()) {
		if (!name.startsWith(CACHE_PREFIX)) continue;
		const cache = await caches.open(name);
		for (const request of await cache.keys()) {
			if (isConsolePath(new URL(request.url).pathname)) await cache.delete(request);
		}
	}
}
