import type { ListingKind } from './vocabulary';

/** The public list of a kind: offers under /aanbod, requests under /vragen. */
export function listingsPath(kind: ListingKind): string {
	return kind === 'offer' ? '/aanbod' : '/vragen';
}

/** The public page of a listing. */
export function listingPath(kind: ListingKind, id: string): string {
	return `${listingsPath(kind)}/${id}`;
}

/** The public lists' URL segments and the kind each lists (the route matcher admits only these). */
export const LISTING_SECTIONS = { aanbod: 'offer', vragen: 'request' } as const satisfies Record<
	string,
	ListingKind
>;
export type ListingSection = keyof typeof LISTING_SECTIONS;

export function isListingSection(value: string): value is ListingSection {
	return Object.hasOwn(LISTING_SECTIONS, value);
}

/** The kind in a ?soort= parameter (Dutch, as the links say it), or undefined. */
export function kindFromParam(value: string | null): ListingKind | undefined {
	if (value === 'aanbod') return 'offer';
	if (value === 'hulpvraag') return 'request';
	return undefined;
}

/**
 * The URL of a member's own list (/mijn/aanbod-en-vragen) for one organisation and page,
 * keeping the words and the status. The organisation is named only when there is a choice.
 */
export function myListingsHref(
	filters: { q: string; state: string },
	organisation: string | null,
	page = 1
): string {
	const params = new URLSearchParams();
	if (filters.q) params.set('q', filters.q);
	if (filters.state) params.set('state', filters.state);
	if (organisation) params.set('organisation', organisation);
	if (page > 1) params.set('page', String(page));
	const query = params.toString();
	return `/mijn/aanbod-en-vragen${query ? `?${query}` : ''}`;
}
