// What the console page and the service worker (src/service-worker.ts) agree on.

/** The service worker's scope: the console, the notaris page and the forms endpoint. */
export const FLOOR_SCOPE = '/matchmaken/beursvloer/';

/** A console page (not the notaris page or the endpoint under it). */
export const isConsolePath = (pathname: string) =>
	/^\/matchmaken\/beursvloer\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(pathname);

/** Set on <html> of the copy the service worker serves when the network fails. */
export const OFFLINE_MARK = 'data-floor-offline';
