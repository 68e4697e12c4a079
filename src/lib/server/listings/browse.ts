import { redirect, type ServerLoadEvent } from '@sveltejs/kit';
import { toBrowseCard, type ListingKind, type SearchFormValues, type SearchSort } from '$lib/listings';
import { findPlace } from '$lib/places';
import { listingSearchSchema, SEARCH_TEXT_MAX } from '$lib/schemas/listing';
import { getMunicipality, placeSuggestions } from '$lib/server/municipalities';
import { publicClient, readClient } from '$lib/server/supabase';
import { DEFAULT_PAGE_SIZE, searchArgs, searchListings, SUGGEST_BELOW, suggestSearch } from './search';
import type { SearchOptions } from './types';

/** The public list of open offers or requests: search, filters, sorting and paging from the URL. */
export async function browseListings(
	{ locals, url }: Pick<ServerLoadEvent, 'locals' | 'url'>,
	kind: ListingKind
) {
	const municipality = await getMunicipality(publicClient());
	const raw: Record<string, string> = {};
	for (const key of url.searchParams.keys()) raw[key] = url.searchParams.get(key) ?? '';
	// Checkboxes repeat the name (?categories=a&categories=b); the schema takes a list.
	raw.categories = url.searchParams.getAll('categories').join(',');
	const params = listingSearchSchema.parse(raw);

	const centre = params.place ? findPlace(params.place) : undefined;
	const options: SearchOptions = {
		query: params.q,
		municipalityId: municipality.id,
		kind,
		categories: params.categories,
		place: centre?.label ?? null,
		maxKm: params.km,
		organisationKind: params.organisation_kind,
		activeOn: params.active_on,
		sort: params.sort,
		page: params.page,
		pageSize: DEFAULT_PAGE_SIZE
	};
	const [result, places] = await Promise.all([
		searchListings(readClient(locals), options),
		placeSuggestions(publicClient(), municipality.id)
	]);
	// A page past the end (an old bookmark): back to the first page of the same search.
	if (!result.items.length && params.page > 1) {
		const first = new URL(url);
		first.searchParams.delete('page');
		redirect(307, first.pathname + first.search);
	}

	// Nothing or little found for the words: offer the search with the typos corrected.
	const suggestion =
		params.q && result.total < SUGGEST_BELOW
			? await suggestSearch(readClient(locals), params.q, municipality.id)
			: null;

	const values: SearchFormValues = {
		q: params.q,
		categories: [...new Set(params.categories)],
		place: params.place,
		km: params.km,
		organisation_kind: params.organisation_kind,
		active_on: params.active_on,
		sort: params.sort
	};
	return {
		values,
		sort: searchArgs(options).p_sort as SearchSort,
		items: result.items.map(toBrowseCard),
		total: result.total,
		totalIsCapped: result.totalIsCapped,
		page: result.page,
		pages: result.pages,
		placeSuggestions: places,
		unknownPlace: !!params.place && !centre,
		// What the page could not use is said, not silently dropped.
		queryShortened: (raw.q ?? '').trim().length > SEARCH_TEXT_MAX,
		/** "Bedoelde je: website?": the link runs the same search with these words. */
		suggestion,
		ignoredDate: raw.active_on && !params.active_on ? raw.active_on.slice(0, 20) : null
	};
}
