import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { nowInAmsterdam } from '$lib/events';
import { currentRound } from '$lib/events/conversations';
import { getEdition } from '$lib/server/events';
import { scheduleView } from '$lib/server/events/schedule-view';
import { requireStaff } from '$lib/server/matching/staff';

// The conversation schedule for everyone who works the floor (admins and matchmakers): the grid
// with the round under way, and where one participant sits (?deelnemer=<registration>). Reading
// only: planning and no-shows stay with the admins (/beheer/evenementen/[id]/schema).
export const load: PageServerLoad = async ({ locals, url, params }) => {
	await requireStaff(locals, url);
	const edition = await getEdition(locals.supabase, params.id);
	const view = edition ? await scheduleView(locals.supabase, edition.id, locals.locale) : null;
	if (!edition || !view) error(404, translate(locals.locale, 'error.not_found'));
	const wanted = url.searchParams.get('deelnemer') || null;
	const route = wanted ? (view.routes.find((r) => r.registrationId === wanted) ?? null) : null;
	return {
		edition: {
			id: edition.id,
			title: edition.title,
			eventDate: edition.eventDate,
			startsAt: edition.startsAt
		},
		times: view.times,
		tables: view.settings.tables,
		conversations: view.conversations,
		current: currentRound(edition, view.settings, nowInAmsterdam()),
		participants: view.routes.map((r) => ({
			id: r.registrationId,
			name: r.organisation.name,
			absent: r.absent
		})),
		route,
		// A participant asked for by a link that is not (or no longer) in this edition is said, not ignored.
		unknown: wanted !== null && route === null
	};
};
