import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Forms post from the same origin only; the local stack runs on another port but never receives form posts.
		csrf: { trustedOrigins: [] }
	}
};

export default config;
