import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { toListingCard } from '$lib/listings';
import { getMunicipality } from '$lib/server/municipalities';
import { listOrganisationListings } from '$lib/server/listings';
import { organisationContacts, organisationWithRole } from '$lib/server/organisations';

/** Open listings per page of an organisation's public page. */
const PAGE_SIZE = 24;
// Lenient, like the list pages: a page number that is no number is the first page.
const pageParam = z.coerce.number().int().min(1).max(500).catch(1);

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const municipality = await getMunicipality(locals.supabase);
	const found = await organisationWithRole(
		locals.supabase,
		municipality.id,
		params.slug,
		locals.user?.id ?? null
	);
	if (!found) error(404, translate(locals.locale, 'error.not_found'));
	const { organisation, role } = found;
	const page = pageParam.parse(url.searchParams.get('page') ?? 1);
	const listings = await listOrganisationListings(locals.supabase, organisation.id, {
		page,
		pageSize: PAGE_SIZE
	});
	// A page past the end (an old link, or listings closed since): the first page instead.
	if (page > 1 && !listings.items.length) redirect(307, url.pathname);

	return {
		organisation: {
			name: organisation.name,
			slug: organisation.slug,
			kind: organisation.kind,
			kvkNumber: organisation.kvk_number,
			description: organisation.description,
			place: organisation.place,
			website: organisation.website
		},
		listings: {
			items: listings.items.map(toListingCard),
			total: listings.total,
			totalIsCapped: listings.totalIsCapped,
			page: listings.page,
			pages: listings.pages
		},
		isMember: role !== null,
		// Contact details only ever leave the server for members (RLS would hide them anyway).
		contacts: role ? await organisationContacts(locals.supabase, organisation.id) : null
	};
};
