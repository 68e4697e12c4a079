import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { schedulePaths } from '$lib/events/conversations';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { getEdition } from '$lib/server/events';
import { qrCode } from '$lib/server/events/badge';
import { routesOf } from '$lib/server/events/schedule-view';

// Every participant's route and badge, one per printed page (the admin prints them for the door).
export const load: PageServerLoad = async ({ locals, url, params }) => {
	await requireMunicipalityAdmin(locals, url);
	const edition = await getEdition(locals.supabase, params.id);
	if (!edition) error(404, translate(locals.locale, 'error.not_found'));
	const routes = await routesOf(locals.supabase, edition.id, locals.locale);
	return {
		edition: {
			id: edition.id,
			title: edition.title,
			eventDate: edition.eventDate,
			startsAt: edition.startsAt,
			venue: edition.venue
		},
		routes: routes
			.filter((r) => !r.absent)
			.map((r) => {
				const link = `${url.origin}${schedulePaths.organisation(r.organisation.slug)}`;
				return { route: r, qr: { ...qrCode(link), url: link } };
			})
	};
};
