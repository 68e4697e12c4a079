import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Forms post from the same origin only, checked in hooks.server.ts ($lib/server/csrf.ts)
		// instead of here: SvelteKit's check cannot exempt one path, and mail clients must be able
		// to POST the one-click unsubscribe (RFC 8058) to /afmelden/<token> from anywhere.
		csrf: { trustedOrigins: ['*'] },
		// The service worker serves the beursvloer console offline; only the console registers it,
		// with that part of the site as its scope (src/service-worker.ts).
		serviceWorker: { register: false }
	}
};

export default config;
