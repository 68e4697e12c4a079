import type { Actions, PageServerLoad } from './$types';
import { readAnswerLink, submitAnswerLink } from '$lib/server/followup';
import { followupDeps } from '$lib/server/followup/bind';

// The one-click answer of a follow-up email, without signing in. Opening the link only shows
// the answer and a button (mail scanners that follow links change nothing); the POST records it.
export const load: PageServerLoad = async ({ params, url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { view: await readAnswerLink(followupDeps(url.origin), params.token) };
};

export const actions = {
	default: async ({ params, url }) => {
		return { result: await submitAnswerLink(followupDeps(url.origin), params.token) };
	}
} satisfies Actions;
