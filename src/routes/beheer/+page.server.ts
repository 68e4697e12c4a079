import type { PageServerLoad } from './$types';
import { requireMunicipalityAdmin } from '$lib/server/admin';

const kinds = ['business', 'voluntary', 'municipality'] as const;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	const requested = url.searchParams.get('soort');
	const kind = kinds.find((k) => k === requested) ?? null;

	// Admins may read all memberships of their municipality (RLS), so the count is complete.
	let query = locals.supabase
		.from('organisations')
		.select('name, slug, kind, place, created_at, memberships ( count )')
		.eq('municipality_id', municipality.id)
		.order('created_at', { ascending: false });
	if (kind) query = query.eq('kind', kind);
	const { data, error } = await query;
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);

	return {
		kind,
		organisations: data.map((o) => ({
			name: o.name,
			slug: o.slug,
			kind: o.kind,
			place: o.place,
			createdAt: o.created_at,
			members: o.memberships[0]?.count ?? 0
		}))
	};
};
