import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { currentRates } from '$lib/server/deals';
import { getEdition } from '$lib/server/events';
import { floorListings, floorParties, floorProposals } from '$lib/server/floor';
import { requireStaff } from '$lib/server/matching/staff';

// Everything the console needs to keep working when the venue's wifi drops: the parties, the
// open listings and the proposals are searched on the tablet; forms go through the outbox.
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { municipality } = await requireStaff(locals, url);
	const edition = await getEdition(locals.supabase, params.id);
	if (!edition) error(404, translate(locals.locale, 'error.not_found'));
	const [parties, listings, proposals, rates] = await Promise.all([
		floorParties(locals.supabase, municipality.id, edition.id),
		floorListings(locals.supabase, municipality.id),
		floorProposals(locals.supabase, municipality.id),
		currentRates(locals.supabase, municipality.id)
	]);
	return {
		edition: { id: edition.id, title: edition.title, eventDate: edition.eventDate, corners: edition.corners },
		parties,
		listings,
		proposals,
		rates: rates ? { hands: rates.hands, expertise: rates.expertise, students: rates.students } : null
	};
};
