import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { schedulePaths } from '$lib/events/conversations';
import { getEdition } from '$lib/server/events';
import { qrCode } from '$lib/server/events/badge';
import { routesOf } from '$lib/server/events/schedule-view';
import { requireUser } from '$lib/server/guards';
import { myOrganisations } from '$lib/server/memberships';

// The signed-in organisation's printable route and badge (?organisatie= picks one of several).
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = await requireUser(locals, url);
	const edition = await getEdition(locals.supabase, params.id);
	if (!edition) error(404, translate(locals.locale, 'error.not_found'));
	const organisations = (await myOrganisations(locals.supabase, user.id)).filter(
		(o) => o.kind !== 'municipality'
	);
	const routes = organisations.length
		? await routesOf(locals.supabase, edition.id, locals.locale, {
				organisationIds: organisations.map((o) => o.id)
			})
		: [];
	const wanted = url.searchParams.get('organisatie');
	const route = routes.find((r) => r.organisation.id === wanted) ?? routes[0] ?? null;
	const link = route ? `${url.origin}${schedulePaths.organisation(route.organisation.slug)}` : '';
	return {
		edition: {
			id: edition.id,
			title: edition.title,
			eventDate: edition.eventDate,
			startsAt: edition.startsAt,
			venue: edition.venue
		},
		route,
		planned: !!route?.stops.some((s) => s.with),
		others: routes.map((r) => ({ id: r.organisation.id, name: r.organisation.name })),
		qr: route ? { ...qrCode(link), url: link } : null
	};
};
