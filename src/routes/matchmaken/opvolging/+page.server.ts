import type { PageServerLoad } from './$types';
import { followupFilterQuery, parseFollowupFilters } from '$lib/followup';
import { followupList } from '$lib/server/followup';
import { requireStaff } from '$lib/server/matching/staff';

// The municipality's follow-up list (admins and matchmakers): running deals by urgency.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireStaff(locals, url);
	const filters = parseFollowupFilters(url.searchParams);
	const list = await followupList(locals.supabase, municipality.id, filters);
	return { filters, ...list, csvHref: `/matchmaken/opvolging/export${followupFilterQuery(filters)}` };
};
