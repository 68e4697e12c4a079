import type { PageServerLoad } from './$types';
import { registrationState, todayInAmsterdam } from '$lib/events';
import { upcomingEdition } from '$lib/server/events';
import { getMunicipality } from '$lib/server/municipalities';

// Public: the published edition that is coming up, with its corners.
export const load: PageServerLoad = async ({ locals }) => {
	const municipality = await getMunicipality(locals.supabase);
	const today = todayInAmsterdam();
	const edition = await upcomingEdition(locals.supabase, municipality.id, today);
	return { edition, state: edition ? registrationState(edition, today) : null };
};
