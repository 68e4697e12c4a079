import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { municipalitySlug } from '$lib/server/config';

type Client = SupabaseClient<Database>;

export type Municipality = { id: string; slug: string; name: string };

// Municipalities are public and rarely change; a short cache saves a query per page view.
const TTL_MS = 5 * 60_000;
let cached: { value: Municipality; at: number } | null = null;

/**
 * The municipality this deployment serves (PUBLIC_MUNICIPALITY), or null when it does not exist
 * (yet). Any client will do, the row is public: the request's, or the service role's in jobs.
 */
export async function findMunicipality(supabase: Client): Promise<Municipality | null> {
	const slug = municipalitySlug();
	if (cached && cached.value.slug === slug && Date.now() - cached.at < TTL_MS) return cached.value;
	const { data, error } = await supabase
		.from('municipalities')
		.select('id, slug, name')
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new Error(`Loading municipality failed: ${error.message}`);
	if (data) cached = { value: data, at: Date.now() };
	return data;
}

export async function getMunicipality(supabase: Client): Promise<Municipality> {
	const municipality = await findMunicipality(supabase);
	if (!municipality)
		throw new Error(`Municipality "${municipalitySlug()}" does not exist (PUBLIC_MUNICIPALITY)`);
	return municipality;
}

export type MunicipalityRole = Database['public']['Enums']['municipality_role'];

// The root layout and a guarded route's layout, page and action all ask within one request;
// the request's client is the key, so the answer lives exactly as long as the request.
const rolesByClient = new WeakMap<Client, Map<string, Promise<MunicipalityRole[]>>>();

/** The roles (admin, matchmaker) a user holds in a municipality; RLS shows a user their own. */
export function municipalityRoles(
	supabase: Client,
	userId: string,
	municipalityId: string
): Promise<MunicipalityRole[]> {
	let perRequest = rolesByClient.get(supabase);
	if (!perRequest) rolesByClient.set(supabase, (perRequest = new Map()));
	const key = `${userId}:${municipalityId}`;
	let roles = perRequest.get(key);
	if (!roles) {
		roles = loadRoles(supabase, userId, municipalityId);
		perRequest.set(key, roles);
	}
	return roles;
}

async function loadRoles(supabase: Client, userId: string, municipalityId: string) {
	const { data, error } = await supabase
		.from('municipality_roles')
		.select('role')
		.eq('user_id', userId)
		.eq('municipality_id', municipalityId);
	if (error) throw new Error(`Loading municipality roles failed: ${error.message}`);
	return data.map((r) => r.role);
}

export async function isMunicipalityAdmin(
	supabase: Client,
	userId: string,
	municipalityId: string
): Promise<boolean> {
	return (await municipalityRoles(supabase, userId, municipalityId)).includes('admin');
}

export { placeSuggestions } from './places';
