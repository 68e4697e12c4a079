import type { ListingCategory, ListingKind, ListingState } from '$lib/schemas/listing';

/** What a listing card renders; built on the server from a search row (nothing else leaves it). */
export interface ListingCardData {
	id: string;
	kind: ListingKind;
	state: ListingState;
	category: ListingCategory;
	title: string;
	excerpt: string;
	amount: string;
	place: string;
	endsOn: string | null;
	organisation: { name: string; slug: string };
	distanceKm: number | null;
}

/**
 * Copies only what a card renders out of a wider row (a ListingSummary from $lib/server/listings,
 * which is not imported here): rank and the organisation's id and kind stay on the server.
 */
export function toListingCard(row: ListingCardData): ListingCardData {
	return {
		id: row.id,
		kind: row.kind,
		state: row.state,
		category: row.category,
		title: row.title,
		excerpt: row.excerpt,
		amount: row.amount,
		place: row.place,
		endsOn: row.endsOn,
		organisation: { name: row.organisation.name, slug: row.organisation.slug },
		distanceKm: row.distanceKm
	};
}

/**
 * A card on the list pages (/aanbod, /vragen), as their page data carries it: the page itself
 * says the kind, and these pages list open listings only. SvelteKit serialises page data per
 * key for the hydration script; twenty cards without the two fields cost measurably less.
 */
export type BrowseCardData = Omit<ListingCardData, 'kind' | 'state'>;

export function toBrowseCard(row: ListingCardData): BrowseCardData {
	const { kind: _kind, state: _state, ...card } = toListingCard(row);
	return card;
}

/** The public page of a listing: offers under /aanbod, requests under /vragen. */
export function listingPath(kind: ListingKind, id: string): string {
	return `${kind === 'offer' ? '/aanbod' : '/vragen'}/${id}`;
}
