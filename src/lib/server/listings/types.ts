import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { ListingCategory, ListingKind, ListingState, OrganisationKind, SearchSort } from '$lib/listings';

// What pages render (ListingSummary, ListingDetail, ...) is client-safe and lives in $lib/listings.
export type {
	ListingDetail,
	ListingEvent,
	ListingReport,
	ListingSummary,
	OrganisationKind,
	SearchResult
} from '$lib/listings';

/** What every function here takes: the request's client (RLS applies) or, for jobs, the admin client. */
export type Client = SupabaseClient<Database>;

/**
 * An untyped view of the client. Only search.ts still uses it, until the signature of its RPC
 * (search_listings) settles; everything else here queries through the typed client.
 */
export function loose(client: Client): SupabaseClient {
	return client as unknown as SupabaseClient;
}

export interface SearchOptions {
	query?: string;
	municipalityId?: string;
	kind?: ListingKind | null;
	categories?: ListingCategory[];
	/** A label from the places list; with `maxKm` it is the centre of the radius, without it an exact filter. */
	place?: string | null;
	maxKm?: number | null;
	organisationKind?: OrganisationKind | null;
	organisationId?: string | null;
	/** Other states than open are only returned to members and admins (RLS). */
	states?: ListingState[];
	activeOn?: string | null;
	createdSince?: string | null;
	sort?: SearchSort;
	page?: number;
	pageSize?: number;
}

/** Expected refusals; anything else is thrown. */
export type ListingFailure =
	| 'not_found' // does not exist, or RLS hides it from this user
	| 'forbidden' // visible, but this user may not do this
	| 'invalid_transition'
	| 'ends_in_past'
	| 'already_reported'
	| 'quota_exceeded' // the database's daily quota per user or organisation
	| 'invalid';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: ListingFailure; message: string };
