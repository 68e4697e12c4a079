// The words of the listing domain, shared by the server, the forms and the components. Nothing
// here reaches the database or the places list, so a component may import it freely.
import type { Enums } from '$lib/database.types';

export const LISTING_KINDS = ['offer', 'request'] as const;
export const LISTING_CATEGORIES = ['hands', 'expertise', 'materials', 'facilities', 'other'] as const;
export const LISTING_STATES = ['draft', 'open', 'paused', 'matched', 'closed', 'expired'] as const;
export const SEARCH_SORTS = ['relevance', 'newest', 'distance', 'needed_by'] as const;

export type ListingKind = (typeof LISTING_KINDS)[number];
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];
export type ListingState = (typeof LISTING_STATES)[number];
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type OrganisationKind = Enums<'organisation_kind'>;

export const LIMITS = {
	title: { min: 3, max: 120 },
	description: 5000,
	amount: 200,
	/** A countable amount (12 laptops) that deals promise parts of. */
	quantity: 100_000,
	reciprocity: 1000,
	hours: 2000,
	value: 250_000,
	/** Listings may run at most this many days ahead. */
	horizonDays: 2 * 366
} as const;

/** Businesses offer, voluntary organisations ask: the default kind of a new listing. */
export function defaultKind(organisation: { kind: OrganisationKind } | undefined): ListingKind {
	return organisation?.kind === 'voluntary' ? 'request' : 'offer';
}
