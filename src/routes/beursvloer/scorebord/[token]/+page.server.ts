import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { scoreboardHub } from '$lib/server/events/scoreboard';

// Public, no sign-in: the secret link is the key. The totals are in the HTML (a projector
// without JavaScript still shows them); the page then listens to ./stream.
export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	const board = await scoreboardHub().current(params.token);
	if (!board) error(404, translate(locals.locale, 'error.not_found'));
	setHeaders({ 'cache-control': 'no-store', 'x-robots-tag': 'noindex' });
	return { token: params.token, board };
};
