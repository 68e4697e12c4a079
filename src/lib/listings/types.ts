// What pages render of listings, not the tables: the server maps rows to these shapes and the
// components take them, so neither side re-declares the other's types.
import type { Enums } from '$lib/database.types';
import type { ListingCategory, ListingKind, ListingState, OrganisationKind } from './vocabulary';

/** One row of a list page (search_listings). */
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
	/** A countable amount that deals promise parts of (12 laptops); null when not counted. */
	quantity: number | null;
	/** How much of it agreed, running and carried-out deals promised (without a quantity: 0 or 1). */
	promisedQuantity: number;
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

/**
 * What the public page of a listing sends to the browser: no ids of the organisation, no
 * coordinates. Name and public profile only: contact details are shared after an agreed match.
 */
export type PublicListing = Pick<
	ListingDetail,
	| 'id'
	| 'kind'
	| 'state'
	| 'category'
	| 'title'
	| 'description'
	| 'amount'
	| 'quantity'
	| 'promisedQuantity'
	| 'estimatedHours'
	| 'estimatedValue'
	| 'place'
	| 'availableFrom'
	| 'availableUntil'
	| 'neededBy'
	| 'wantsInReturn'
	| 'canOfferInReturn'
	| 'publishedAt'
> & { organisation: { name: string; slug: string } };

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

/** What a listing card renders: a search row without its rank, date and the organisation's id and kind. */
export type ListingCardData = Omit<ListingSummary, 'createdAt' | 'rank' | 'organisation'> & {
	organisation: Pick<ListingSummary['organisation'], 'name' | 'slug'>;
};

/**
 * A card on the list pages (/aanbod, /vragen), as their page data carries it: the page itself
 * says the kind, and these pages list open listings only. SvelteKit serialises page data per
 * key for the hydration script; twenty cards without the two fields cost measurably less.
 */
export type BrowseCardData = Omit<ListingCardData, 'kind' | 'state'>;
