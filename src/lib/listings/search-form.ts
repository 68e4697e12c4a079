import type { ListingCategory, OrganisationKind, SearchSort } from './vocabulary';

/** The list page's filters as the form shows them (and as the URL carries them). */
export interface SearchFormValues {
	q: string;
	categories: ListingCategory[];
	place: string;
	km: number | null;
	organisation_kind: OrganisationKind | null;
	active_on: string | null;
	sort: SearchSort;
}

/** The query string for these values and a page, leaving out what is empty or the default. */
export function searchQuery(values: SearchFormValues, page = 1): string {
	const params = new URLSearchParams();
	if (values.q) params.set('q', values.q);
	for (const c of values.categories) params.append('categories', c);
	if (values.place) params.set('place', values.place);
	if (values.km) params.set('km', String(values.km));
	if (values.organisation_kind) params.set('organisation_kind', values.organisation_kind);
	if (values.active_on) params.set('active_on', values.active_on);
	if (values.sort !== 'relevance') params.set('sort', values.sort);
	if (page > 1) params.set('page', String(page));
	const query = params.toString();
	return query ? `?${query}` : '';
}

export const DISTANCES = [2, 5, 10, 25, 50] as const;
