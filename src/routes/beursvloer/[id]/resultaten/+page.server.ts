import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { editionResults } from '$lib/server/events/results';

// Public: the results of a published edition whose day has come (staff: any of theirs).
export const load: PageServerLoad = async ({ locals, params }) => {
	const results = await editionResults(locals.supabase, params.id);
	if (!results) error(404, translate(locals.locale, 'error.not_found'));
	return { results };
};
