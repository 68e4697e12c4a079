import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { municipalitySlug } from './config';

export type Municipality = { id: string; slug: string; name: string };

// Municipalities are public and rarely change; a short cache saves a query per page view.
const TTL_MS = 5 * 60_000;
let cached: { value: Municipality; at: number } | null = null;

export async function getMunicipality(supabase: SupabaseClient<Database>): Promise<Municipality> {
	const slug = municipalitySlug();
	if (cached && cached.value.slug === slug && Date.now() - cached.at < TTL_MS) return cached.value;
	const { data, error } = await supabase
		.from('municipalities')
		.select('id, slug, name')
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new Error(`Loading municipality failed: ${error.message}`);
	if (!data) throw new Error(`Municipality "${slug}" does not exist (PUBLIC_MUNICIPALITY)`);
	cached = { value: data, at: Date.now() };
	return data;
}

export type MunicipalityRole = Database['public']['Enums']['municipality_role'];

/** The roles (admin, matchmaker) a user holds in a municipality; RLS shows a user their own. */
export async function municipalityRoles(
	supabase: SupabaseClient<Database>,
	userId: string,
	municipalityId: string
): Promise<MunicipalityRole[]> {
	const { data, error } = await supabase
		.from('municipality_roles')
		.select('role')
		.eq('user_id', userId)
		.eq('municipality_id', municipalityId);
	if (error) throw new Error(`Loading municipality roles failed: ${error.message}`);
	return data.map((r) => r.role);
}

export async function isMunicipalityAdmin(
	supabase: SupabaseClient<Database>,
	userId: string,
	municipalityId: string
): Promise<boolean> {
	return (await municipalityRoles(supabase, userId, municipalityId)).includes('admin');
}
