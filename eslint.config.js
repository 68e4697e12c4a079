import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const SERVER_ONLY = {
	group: ['$lib/server', '$lib/server/*', '**/lib/server/**'],
	message: 'Server-only code: load it in +page.server.ts.'
};
const SIBLING_ROUTE = {
	group: ['../*', '../**'],
	message: 'Code two routes share lives in $lib (a domain module), not in another route.'
};

/** One no-restricted-imports entry per file set: a later entry for the same file would replace it. */
function importRules(files, { server = false, parent = false }) {
	const patterns = [...(server ? [SERVER_ONLY] : []), ...(parent ? [SIBLING_ROUTE] : [])];
	return [{ files, rules: { 'no-restricted-imports': ['error', { patterns }] } }];
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// Server-only modules hold private keys; a component must never pull them into the browser
	// bundle, and the client-safe domain modules ($lib/listings, $lib/proposals, $lib/deals, ...)
	// are what both sides import. Code two routes share lives in $lib, never in a sibling route's folder.
	...importRules(
		[
			'**/*.svelte',
			'src/lib/components/**',
			'src/lib/listings/**',
			'src/lib/proposals/**',
			'src/lib/deals/**',
			'src/lib/followup/**',
			'src/lib/events/**',
			'src/lib/email/**',
			'src/lib/matching/**'
		],
		{ server: true }
	),
	...importRules(['src/routes/**/*.ts'], { parent: true }),
	...importRules(['src/routes/**/*.svelte'], { server: true, parent: true }),
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The app has no base path and builds its links with helpers (listingPath and the
			// like); resolve() would add nothing to a plain <a href>. goto and friends stay checked.
			'svelte/no-navigation-without-resolve': ['error', { ignoreLinks: true }]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'.local/',
			'src/lib/database.types.ts',
			'test-results/',
			'playwright-report/'
		]
	}
);
