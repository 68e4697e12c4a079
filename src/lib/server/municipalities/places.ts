import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { findPlace, placesNear } from '$lib/places';

type Client = SupabaseClient<Database>;

// The villages change only when the municipality's settings do; a short cache saves a
// database round trip on every list page view.
const SUGGESTIONS_TTL_MS = 5 * 60_000;
const suggestionsCache = new Map<string, { at: number; places: string[] }>();

/**
 * Place names for the datalist: the municipality's own villages first, then places nearby.
 * Any Dutch place is accepted; these are only suggestions.
 */
export async function placeSuggestions(supabase: Client, municipalityId: string): Promise<string[]> {
	const cached = suggestionsCache.get(municipalityId);
	if (cached && Date.now() - cached.at < SUGGESTIONS_TTL_MS) return cached.places;
	const places = await loadPlaceSuggestions(supabase, municipalityId);
	suggestionsCache.set(municipalityId, { at: Date.now(), places });
	return places;
}

async function loadPlaceSuggestions(supabase: Client, municipalityId: string): Promise<string[]> {
	const { data, error } = await supabase
		.from('municipalities')
		.select('settings')
		.eq('id', municipalityId)
		.maybeSingle();
	if (error) throw new Error(`Loading municipality settings failed: ${error.message}`);
	const settings = data?.settings as { villages?: unknown } | undefined;
	const villages = Array.isArray(settings?.villages)
		? settings.villages.filter((v): v is string => typeof v === 'string')
		: [];
	const known = villages.flatMap((v) => findPlace(v)?.label ?? []);
	const centre = known.length ? findPlace(known[0]) : undefined;
	const nearby = centre ? placesNear(centre, 20).map((p) => p.label) : [];
	return [...new Set([...known, ...nearby])].slice(0, 60);
}
