import type { PageServerLoad } from './$types';
import { registrationState, todayInAmsterdam } from '$lib/events';
import { listEditions, upcomingEdition } from '$lib/server/events';
import { getMunicipality } from '$lib/server/municipalities';

// Public: the published edition that is coming up, with its corners, and the past ones' results.
export const load: PageServerLoad = async ({ locals }) => {
	const municipality = await getMunicipality(locals.supabase);
	const today = todayInAmsterdam();
	const [edition, editions] = await Promise.all([
		upcomingEdition(locals.supabase, municipality.id, today),
		listEditions(locals.supabase, municipality.id)
	]);
	// Published editions whose day has come have a results page.
	const past = editions
		.filter((e) => e.published && e.eventDate <= today)
		.map((e) => ({ id: e.id, title: e.title, eventDate: e.eventDate }));
	return { edition, state: edition ? registrationState(edition, today) : null, past };
};
