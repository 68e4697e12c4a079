import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { getMunicipality } from '$lib/server/municipality';
import { toListingCard } from '$lib/components/listings/card';
import { listOrganisationListings } from '$lib/server/listings';
import { organisationContacts, organisationWithRole } from '$lib/server/organisations';

export const load: PageServerLoad = async ({ locals, params }) => {
	const municipality = await getMunicipality(locals.supabase);
	const found = await organisationWithRole(
		locals.supabase,
		municipality.id,
		params.slug,
		locals.user?.id ?? null
	);
	if (!found) error(404, translate(locals.locale, 'error.not_found'));
	const { organisation, role } = found;
	const listings = await listOrganisationListings(locals.supabase, organisation.id, { pageSize: 24 });

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
		listings: listings.items.map(toListingCard),
		isMember: role !== null,
		// Contact details only ever leave the server for members (RLS would hide them anyway).
		contacts: role ? await organisationContacts(locals.supabase, organisation.id) : null
	};
};
