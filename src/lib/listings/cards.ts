import type { BrowseCardData, ListingCardData } from './types';

/** Copies only what a card renders out of a wider row (a ListingSummary): nothing else leaves the server. */
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

export function toBrowseCard(row: ListingCardData): BrowseCardData {
	const { kind: _kind, state: _state, ...card } = toListingCard(row);
	return card;
}
