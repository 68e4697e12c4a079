import type { PageServerLoad } from './$types';
import { getMunicipality } from '$lib/server/municipality';

const kinds = ['business', 'voluntary', 'municipality'] as const;
type Kind = (typeof kinds)[number];

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getMunicipality(locals.supabase);
	const requested = url.searchParams.get('soort');
	const kind = kinds.find((k) => k === requested) ?? null;

	let query = locals.supabase
		.from('organisations')
		.select('name, slug, kind, place')
		.eq('municipality_id', municipality.id)
		.order('name');
	if (kind) query = query.eq('kind', kind);
	const { data, error } = await query;
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);
	return { organisations: data, kind: kind satisfies Kind | null };
};
