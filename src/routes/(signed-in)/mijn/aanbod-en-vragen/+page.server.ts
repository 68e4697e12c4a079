import type { PageServerLoad } from './$types';
import { LISTING_STATES } from '$lib/schemas/listing';
import { requireUser } from '$lib/server/guards';
import { listOrganisationListings } from '$lib/server/listings';
import { myOrganisations } from './organisations.server';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const organisations = await myOrganisations(locals.supabase, user.id);
	// Every state: RLS shows drafts, paused and closed listings to members only.
	const lists = await Promise.all(
		organisations.map((o) =>
			listOrganisationListings(locals.supabase, o.id, { states: [...LISTING_STATES], pageSize: 100 })
		)
	);
	return {
		organisations: organisations.map((o, i) => ({
			name: o.name,
			slug: o.slug,
			kind: o.kind,
			listings: lists[i].items.map((l) => ({
				id: l.id,
				kind: l.kind,
				state: l.state,
				title: l.title,
				endsOn: l.endsOn
			}))
		}))
	};
};
