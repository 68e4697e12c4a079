import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { editionIcs, getEdition } from '$lib/server/events';
import { appOrigin } from '$lib/server/email';

// The calendar file of a published edition (RLS: drafts only for staff); linked from the
// invitation email and the event page.
export const GET: RequestHandler = async ({ locals, params }) => {
	const edition = await getEdition(locals.supabase, params.id);
	if (!edition) error(404, 'Not found');
	return new Response(editionIcs(edition, { origin: appOrigin() }), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="beursvloer-${edition.eventDate}.ics"`
		}
	});
};
