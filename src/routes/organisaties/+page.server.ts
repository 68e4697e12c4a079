import type { PageServerLoad } from './$types';
import { getMunicipality } from '$lib/server/municipalities';
import { listOrganisations } from '$lib/server/organisations';

const kinds = ['business', 'voluntary', 'municipality'] as const;
type Kind = (typeof kinds)[number];

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getMunicipality(locals.supabase);
	const requested = url.searchParams.get('soort');
	const kind = kinds.find((k) => k === requested) ?? null;

	const organisations = await listOrganisations(locals.supabase, municipality.id, kind);
	return { organisations, kind: kind satisfies Kind | null };
};
