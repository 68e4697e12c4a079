// Reading the engine's input with the service-role client: the open listings of one
// municipality, reduced to the fields the engine scores on, mapped to its Offer/Request shape.
import type { QueryData, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Offer, Pool, Request } from '$lib/matching/types';
import { todayInNetherlands } from '$lib/listings';

export type Client = SupabaseClient<Database>;

/** PostgREST returns at most max_rows (1000) per request; larger pools are read in pages. */
const PAGE = 1000;

// One literal (no `+`), so that supabase-js can infer the row type from it.
export const LISTING_COLUMNS = `id, kind, state, municipality_id, organisation_id, title, description, category, place,
	latitude, longitude, amount, available_from, available_until, needed_by, wants_in_return, can_offer_in_return,
	ends_on, updated_at, organisations!listings_organisation_id_fkey ( kind )`;

const selectListings = (client: Client) => client.from('listings').select(LISTING_COLUMNS);

/** A listing as the engine reads it (LISTING_COLUMNS). */
export type ListingRow = QueryData<ReturnType<typeof selectListings>>[number];

/** Open and not past its end date: the same rule as the "open listings are public" policy. */
export function isLive(row: Pick<ListingRow, 'state' | 'ends_on'>, day = todayInNetherlands()): boolean {
	return row.state === 'open' && (row.ends_on === null || row.ends_on >= day);
}

/** One database row as the engine's listing; `org` is the organisation id, so cycles link organisations. */
export function toEngineListing(
	row: ListingRow,
	servedAt: string | null
): { side: 'offer'; listing: Offer } | { side: 'request'; listing: Request } {
	const base = {
		id: row.id,
		org: row.organisation_id,
		orgKind: row.organisations?.kind ?? null,
		title: row.title,
		description: row.description,
		category: row.category,
		place: row.place,
		location: { lat: row.latitude, lon: row.longitude },
		quantity: row.amount || null,
		servedAt
	};
	if (row.kind === 'offer') {
		return {
			side: 'offer',
			listing: {
				...base,
				availableFrom: row.available_from,
				availableUntil: row.available_until,
				wantsInReturn: row.wants_in_return
			}
		};
	}
	return {
		side: 'request',
		listing: { ...base, neededBy: row.needed_by, canOfferInReturn: row.can_offer_in_return }
	};
}

async function allPages<T>(
	fetchPage: (
		from: number,
		to: number
	) => PromiseLike<{ data: T[] | null; error: { message: string } | null }>,
	what: string
): Promise<T[]> {
	const rows: T[] = [];
	for (let from = 0; ; from += PAGE) {
		const { data, error } = await fetchPage(from, from + PAGE - 1);
		if (error) throw new Error(`Loading ${what} failed: ${error.message}`);
		const page = data ?? [];
		rows.push(...page);
		if (page.length < PAGE) return rows;
	}
}

/**
 * When each listing was last served: the latest time it became "matched" (a listing that was
 * matched and reopened), and the latest agreement of a deal about it. Deals also serve their
 * receiving organisation: the map holds organisation ids too (read them with servedAtOf), so
 * an organisation that just got help ranks a little lower with all its listings. The engine
 * lowers recently served listings a little, so that the same few do not fill every list.
 * Without `listingIds`: the whole municipality's listings (deals are always read in full).
 */
export async function loadServedAt(
	client: Client,
	municipalityId: string,
	listingIds?: string[]
): Promise<Map<string, string>> {
	const chunks = listingIds ? chunk(listingIds, 100) : [null];
	const served = new Map<string, string>();
	for (const ids of chunks) {
		const rows = await allPages((from, to) => {
			let query = client
				.from('listing_events')
				.select('listing_id, created_at')
				.eq('municipality_id', municipalityId)
				.eq('new_state', 'matched');
			if (ids) query = query.in('listing_id', ids);
			return query.order('created_at', { ascending: false }).order('id').range(from, to);
		}, 'listing history');
		for (const row of rows) if (!served.has(row.listing_id)) served.set(row.listing_id, row.created_at);
	}
	const deals = await allPages(
		(from, to) =>
			client
				.from('deals')
				.select('id, offer_id, request_id, receiver_organisation_id, agreed_at')
				.eq('municipality_id', municipalityId)
				.not('agreed_at', 'is', null)
				.order('id')
				.range(from, to),
		'agreed deals'
	);
	for (const deal of deals) {
		for (const id of [deal.offer_id, deal.request_id, deal.receiver_organisation_id]) {
			if (id && deal.agreed_at) served.set(id, later(served.get(id), deal.agreed_at));
		}
	}
	return served;
}

const later = (a: string | undefined, b: string) => (a && Date.parse(a) >= Date.parse(b) ? a : b);

/** When a listing was last served: itself, or its organisation through a deal. */
export function servedAtOf(
	row: Pick<ListingRow, 'id' | 'organisation_id'>,
	served: Map<string, string>
): string | null {
	const own = served.get(row.id);
	const organisation = served.get(row.organisation_id);
	if (!own || !organisation) return own ?? organisation ?? null;
	return later(own, organisation);
}

const chunk = <T>(xs: T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Every open listing of the municipality: the engine's pool. */
export function loadOpenListings(
	client: Client,
	municipalityId: string,
	now = new Date()
): Promise<ListingRow[]> {
	const day = todayInNetherlands(now);
	return allPages(
		(from, to) =>
			selectListings(client)
				.eq('municipality_id', municipalityId)
				.eq('state', 'open')
				.or(`ends_on.is.null,ends_on.gte.${day}`)
				.order('id')
				.range(from, to),
		'open listings'
	);
}

/**
 * Listings of any state changed at or after `since` (updated_at, touched by a trigger on every
 * write), oldest first, at most `limit`: what a cached engine has not seen yet.
 */
export async function loadChangedListings(
	client: Client,
	municipalityId: string,
	since: string,
	limit: number
): Promise<ListingRow[]> {
	const { data, error } = await selectListings(client)
		.eq('municipality_id', municipalityId)
		.gte('updated_at', since)
		.order('updated_at')
		.order('id')
		.limit(limit);
	if (error) throw new Error(`Loading changed listings failed: ${error.message}`);
	return data;
}

/** The latest change to any listing of the municipality, by the database's clock. */
export async function latestListingChange(client: Client, municipalityId: string): Promise<string | null> {
	const { data, error } = await client
		.from('listings')
		.select('updated_at')
		.eq('municipality_id', municipalityId)
		.order('updated_at', { ascending: false })
		.limit(1);
	if (error) throw new Error(`Loading the latest listing change failed: ${error.message}`);
	return data[0]?.updated_at ?? null;
}

/** The engine's pool from listing rows; `served` as loaded by loadServedAt. */
export function toPool(rows: ListingRow[], served: Map<string, string>): Pool {
	const pool: Pool = { offers: [], requests: [] };
	for (const row of rows) {
		const mapped = toEngineListing(row, servedAtOf(row, served));
		if (mapped.side === 'offer') pool.offers.push(mapped.listing);
		else pool.requests.push(mapped.listing);
	}
	return pool;
}

/** One listing in any state (the service role sees all), or null when it no longer exists. */
export async function loadListing(client: Client, listingId: string): Promise<ListingRow | null> {
	const { data, error } = await selectListings(client).eq('id', listingId).maybeSingle();
	if (error) throw new Error(`Loading listing failed: ${error.message}`);
	return data;
}
