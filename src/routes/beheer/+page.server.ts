import type { PageServerLoad } from './$types';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { organisationsOverview } from '$lib/server/organisations';

const kinds = ['business', 'voluntary', 'municipality'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	const requested = url.searchParams.get('soort');
	const kind = kinds.find((k) => k === requested) ?? null;

	return { kind, organisations: await organisationsOverview(locals.supabase, municipality.id, kind) };
};
