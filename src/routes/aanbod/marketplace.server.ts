// Server helpers shared by the marketplace routes (/aanbod, /vragen, /mijn/aanbod-en-vragen,
// /beheer/meldingen). Route-local on purpose; they could move to $lib/server/listings.
import type { z } from 'zod';
import type { Locale } from '$lib/i18n';
import { findPlace, placesNear } from '$lib/places';
import { listingMessage } from '$lib/schemas/listing';
import { parseForm } from '$lib/server/forms';
import { rematchListing } from '$lib/server/matching';

type Client = App.Locals['supabase'];

/**
 * parseForm with the listing schemas' own nl/en messages (listingMessages): they stay out
 * of the app dictionary, which every browser downloads, because the schema module brings
 * the whole places list with it.
 */
export function parseListingForm<S extends z.ZodType>(schema: S, formData: FormData, locale: Locale) {
	return parseForm(schema, formData, locale, { message: listingMessage });
}

/**
 * Place names for the datalist: the municipality's own villages first, then places nearby.
 * Any Dutch place is accepted; these are only suggestions.
 */
// The villages change only when the municipality's settings do; a short cache saves a
// database round trip on every list page view.
const SUGGESTIONS_TTL_MS = 5 * 60_000;
const suggestionsCache = new Map<string, { at: number; places: string[] }>();

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

/** Is the user a member (any role) of the organisation? Members manage its listings. */
export async function isMember(supabase: Client, organisationId: string, userId: string): Promise<boolean> {
	const { data, error } = await supabase
		.from('memberships')
		.select('role')
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.maybeSingle();
	if (error) throw new Error(`Loading membership failed: ${error.message}`);
	return !!data;
}

/**
 * Tells the matching engine that a listing changed. Awaited, so proposals are fresh on the
 * next page, but a failure only logs: the listing itself was saved.
 */
export async function notifyMatching(listingId: string): Promise<void> {
	try {
		await rematchListing(listingId);
	} catch (error) {
		console.error(`Rematching listing ${listingId} failed:`, error);
	}
}
