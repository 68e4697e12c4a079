import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { LISTING_STATES } from '$lib/listings';
import { myListingsSearchSchema } from '$lib/schemas/listing';
import { requireUser } from '$lib/server/guards';
import { listOrganisationListings } from '$lib/server/listings';
import { myOrganisations } from '$lib/server/memberships';

/** Listings per page when one organisation is shown; the overview of several shows fewer each. */
const PAGE_SIZE = 25;
const OVERVIEW_SIZE = 10;

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const organisations = await myOrganisations(locals.supabase, user.id);
	const raw = Object.fromEntries(url.searchParams);
	const filters = myListingsSearchSchema.parse(raw);
	// One organisation (the only one, or the one picked) gets pages; several get an overview
	// each, with a link to all of that organisation's listings.
	const selected =
		organisations.length === 1
			? organisations[0]
			: organisations.find((o) => o.slug === filters.organisation);
	const shown = selected ? [selected] : organisations;
	// Every state unless one is picked: RLS shows drafts, paused and closed listings to members only.
	const states = filters.state ? [filters.state] : [...LISTING_STATES];
	const lists = await Promise.all(
		shown.map((o) =>
			listOrganisationListings(locals.supabase, o.id, {
				states,
				query: filters.q,
				page: selected ? filters.page : 1,
				pageSize: selected ? PAGE_SIZE : OVERVIEW_SIZE
			})
		)
	);
	// A page past the end (an old bookmark, or fewer listings since): the first page instead.
	if (selected && filters.page > 1 && !lists[0].items.length) {
		const first = new URL(url);
		first.searchParams.delete('page');
		redirect(307, first.pathname + first.search);
	}
	return {
		filters: {
			q: filters.q,
			state: filters.state ?? '',
			organisation: selected && organisations.length > 1 ? selected.slug : ''
		},
		organisationChoices: organisations.map((o) => ({ slug: o.slug, name: o.name })),
		paged: !!selected,
		organisations: shown.map((o, i) => ({
			name: o.name,
			slug: o.slug,
			kind: o.kind,
			total: lists[i].total,
			totalIsCapped: lists[i].totalIsCapped,
			page: lists[i].page,
			pages: lists[i].pages,
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
