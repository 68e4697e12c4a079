import { findPlace } from '$lib/places';
import { loose, type Client, type ListingSummary, type SearchOptions, type SearchResult } from './types';

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** The arguments of public.search_listings for these options (pure, so it is unit-tested). */
export function searchArgs(options: SearchOptions): Record<string, unknown> {
	const pageSize = Math.min(Math.max(Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
	const page = Math.max(Math.trunc(options.page ?? 1), 1);
	const centre = options.place ? findPlace(options.place) : undefined;
	const radius = options.maxKm && options.maxKm > 0 ? options.maxKm : null;
	const query = options.query?.trim() ?? '';
	let sort = options.sort ?? (query ? 'relevance' : 'newest');
	// Relevance without words, or distance without a centre, would be an arbitrary order.
	if (sort === 'relevance' && !query) sort = 'newest';
	if (sort === 'distance' && !centre) sort = 'newest';
	return {
		p_query: query || null,
		p_municipality: options.municipalityId ?? null,
		p_kind: options.kind ?? null,
		p_categories: options.categories?.length ? options.categories : null,
		// An exact place filter only without a radius; with a radius the place is the centre.
		p_place: centre && !radius ? centre.label : null,
		p_lat: centre?.lat ?? null,
		p_lon: centre?.lon ?? null,
		p_max_km: centre ? radius : null,
		p_organisation_kind: options.organisationKind ?? null,
		p_organisation: options.organisationId ?? null,
		p_states: options.states?.length ? options.states : ['open'],
		p_active_on: options.activeOn ?? null,
		p_created_since: options.createdSince ?? null,
		p_sort: sort,
		p_limit: pageSize,
		p_offset: (page - 1) * pageSize
	};
}

interface SearchRow {
	id: string;
	kind: ListingSummary['kind'];
	state: ListingSummary['state'];
	category: ListingSummary['category'];
	title: string;
	excerpt: string;
	amount: string;
	place: string;
	ends_on: string | null;
	created_at: string;
	organisation_id: string;
	organisation_name: string;
	organisation_slug: string;
	organisation_kind: ListingSummary['organisation']['kind'];
	distance_km: number | null;
	rank: number;
	total_count: number;
	total_is_capped: boolean;
}

/**
 * The database stops counting at 200 open matches (1,000 when members ask for other states):
 * then `total` is the cap and `totalIsCapped` is true, and a page shows "200+" rather than a
 * count it does not have. `pages` is what to offer in the pagination (pageCount).
 */
export type SearchResultWithCap = SearchResult & { totalIsCapped: boolean; pages: number };

/**
 * Pages to offer. Past a capped count ("200+") the pages go on: one more while this one is
 * full, so that every listing can still be reached by paging on.
 */
export function pageCount(total: number, capped: boolean, page: number, shown: number, pageSize: number) {
	const counted = Math.max(1, Math.ceil(total / pageSize));
	return capped && shown === pageSize ? Math.max(counted, page + 1) : Math.max(counted, page);
}

/**
 * Browse and search listings. Anonymous callers see open listings only (RLS); members also
 * get their own organisation's other states when they ask for them with `states`.
 */
export async function searchListings(
	client: Client,
	options: SearchOptions = {}
): Promise<SearchResultWithCap> {
	const args = searchArgs(options);
	const { data, error } = await loose(client).rpc('search_listings', args);
	if (error) throw new Error(`Searching listings failed: ${error.message}`);
	const rows = (data ?? []) as SearchRow[];
	// total_count repeats on every row; a page past the end has no rows to carry it.
	const total = rows[0] ? Number(rows[0].total_count) : 0;
	const totalIsCapped = rows[0]?.total_is_capped ?? false;
	const page = Math.floor((args.p_offset as number) / (args.p_limit as number)) + 1;
	const pageSize = args.p_limit as number;
	return {
		items: rows.map((r) => ({
			id: r.id,
			kind: r.kind,
			state: r.state,
			category: r.category,
			title: r.title,
			excerpt: r.excerpt,
			amount: r.amount,
			place: r.place,
			endsOn: r.ends_on,
			createdAt: r.created_at,
			organisation: {
				id: r.organisation_id,
				name: r.organisation_name,
				slug: r.organisation_slug,
				kind: r.organisation_kind
			},
			distanceKm: r.distance_km === null ? null : Math.round(r.distance_km * 10) / 10,
			rank: r.rank
		})),
		total,
		totalIsCapped,
		page,
		pageSize,
		pages: pageCount(total, totalIsCapped, page, rows.length, pageSize)
	};
}

/** Fewer results than this, and the page offers a corrected search ("Bedoelde je ...?"). */
export const SUGGEST_BELOW = 3;

/**
 * The search with its unknown words replaced by the closest words that open listings use
 * ("webiste" → "website"), or null when there is nothing to correct. Only words of open
 * listings are suggested (the database function sees to that), so drafts never leak.
 */
export async function suggestSearch(
	client: Client,
	query: string,
	municipalityId: string | null = null
): Promise<string | null> {
	const words = query.trim();
	if (!words) return null;
	const { data, error } = await loose(client).rpc('suggest_search', {
		p_query: words,
		p_municipality: municipalityId
	});
	if (error) throw new Error(`Suggesting a search failed: ${error.message}`);
	const suggestion = typeof data === 'string' ? data : null;
	return suggestion && suggestion !== words.toLowerCase() ? suggestion : null;
}
