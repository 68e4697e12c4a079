import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums } from '$lib/database.types';
import type { ListingCategory, ListingKind, ListingState, SearchSort } from '$lib/schemas/listing';

export type OrganisationKind = Enums<'organisation_kind'>;

/** What every function here takes: the request's client (RLS applies) or, for jobs, the admin client. */
export type Client = SupabaseClient<Database>;

/**
 * An untyped view of the client. Only search.ts still uses it, until the signature of its RPC
 * (search_listings) settles; everything else here queries through the typed client.
 */
export function loose(client: Client): SupabaseClient {
	return client as unknown as SupabaseClient;
}

// The shapes below are what pages render, not the tables: pages depend on them, not on the schema.

/** One row of the list page (search_listings). */
export interface ListingSummary {
	id: string;
	kind: ListingKind;
	state: ListingState;
	category: ListingCategory;
	title: string;
	excerpt: string;
	amount: string;
	place: string;
	endsOn: string | null;
	createdAt: string;
	organisation: { id: string; name: string; slug: string; kind: OrganisationKind };
	/** Only when the search had a point of reference. */
	distanceKm: number | null;
	rank: number;
}

export interface SearchResult {
	items: ListingSummary[];
	total: number;
	page: number;
	pageSize: number;
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

/** The detail page. */
export interface ListingDetail {
	id: string;
	kind: ListingKind;
	/** The stored state, except that an open/paused listing past its end date reads as expired. */
	state: ListingState;
	category: ListingCategory;
	title: string;
	description: string;
	amount: string;
	estimatedHours: number | null;
	estimatedValue: number | null;
	place: string;
	latitude: number;
	longitude: number;
	availableFrom: string | null;
	availableUntil: string | null;
	neededBy: string | null;
	endsOn: string | null;
	wantsInReturn: string | null;
	canOfferInReturn: string | null;
	publishedAt: string | null;
	createdAt: string;
	updatedAt: string;
	municipalityId: string;
	organisation: { id: string; name: string; slug: string; kind: OrganisationKind; place: string | null };
}

export interface ListingEvent {
	id: number;
	action: 'created' | 'updated' | 'state_changed' | 'deleted';
	actorId: string | null;
	actorRole: string;
	oldState: ListingState | null;
	newState: ListingState | null;
	changedFields: string[];
	oldValues: Record<string, unknown>;
	newValues: Record<string, unknown>;
	createdAt: string;
}

export interface ListingReport {
	id: string;
	listingId: string;
	listingTitle: string | null;
	reporterId: string;
	reason: string;
	status: Enums<'report_status'>;
	resolutionNote: string | null;
	createdAt: string;
	resolvedAt: string | null;
}

/** Expected refusals; anything else is thrown. */
export type ListingFailure =
	| 'not_found' // does not exist, or RLS hides it from this user
	| 'forbidden' // visible, but this user may not do this
	| 'invalid_transition'
	| 'ends_in_past'
	| 'already_reported'
	| 'invalid';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: ListingFailure; message: string };
