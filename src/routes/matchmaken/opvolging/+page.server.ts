import type { PageServerLoad } from './$types';
import { followupFilterQuery, parseFollowupFilters } from '$lib/followup';
import { editionFollowup } from '$lib/server/events/results';
import { followupList } from '$lib/server/followup';
import { requireStaff } from '$lib/server/matching/staff';

// The municipality's follow-up list (admins and matchmakers): running deals by urgency, and per
// beursvloer edition what became of its matches.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireStaff(locals, url);
	const filters = parseFollowupFilters(url.searchParams);
	const [list, editions] = await Promise.all([
		followupList(locals.supabase, municipality.id, filters),
		editionFollowup(locals.supabase, municipality.id)
	]);
	return {
		filters,
		...list,
		editions,
		csvHref: `/matchmaken/opvolging/export${followupFilterQuery(filters)}`
	};
};
