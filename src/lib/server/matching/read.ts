// Reading proposals as the signed-in user (RLS applies): shared look-ups for the dashboard, the
// matchmaker page and (with the service-role client) the proposal digests. Only public fields of
// the other party are read: name, slug, listing title.
import type { Tables } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import type { Client } from './pool';
import { listingPath } from '$lib/listings';
import type { CycleView } from '$lib/proposals/types';
import { renderReasons, scoreBand } from './present';

export type { CycleView };

export type ListingRef = { id: string; kind: 'offer' | 'request'; title: string; organisationId: string };
export type OrganisationRef = { name: string; slug: string };

type CycleRow = Pick<Tables<'exchange_cycles'>, 'id' | 'members' | 'organisation_ids' | 'score' | 'reasons'>;

/** Keeps `.in()` filters well under URL length limits. */
const CHUNK = 100;

async function inChunks<T>(ids: string[], fetch: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
	const unique = [...new Set(ids)];
	const out: T[] = [];
	for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await fetch(unique.slice(i, i + CHUNK))));
	return out;
}

/** Listings by id, as far as the reader may see them (open ones are public). */
export async function listingsById(supabase: Client, ids: string[]): Promise<Map<string, ListingRef>> {
	const rows = await inChunks(ids, async (chunk) => {
		const { data, error } = await supabase
			.from('listings')
			.select('id, kind, title, organisation_id')
			.in('id', chunk);
		if (error) throw new Error(`Loading listings failed: ${error.message}`);
		return data;
	});
	return new Map(
		rows.map((r) => [r.id, { id: r.id, kind: r.kind, title: r.title, organisationId: r.organisation_id }])
	);
}

/** Public organisation profiles by id. */
export async function organisationsById(
	supabase: Client,
	ids: string[]
): Promise<Map<string, OrganisationRef>> {
	const rows = await inChunks(ids, async (chunk) => {
		const { data, error } = await supabase.from('organisations').select('id, name, slug').in('id', chunk);
		if (error) throw new Error(`Loading organisations failed: ${error.message}`);
		return data;
	});
	return new Map(rows.map((r) => [r.id, { name: r.name, slug: r.slug }]));
}

/** Exchange cycles, best first: those of some organisations, or all of a municipality (staff). */
export async function loadCycles(
	supabase: Client,
	filter: { organisationIds: string[] } | { municipalityId: string },
	limit = 20
): Promise<CycleRow[]> {
	let query = supabase.from('exchange_cycles').select('id, members, organisation_ids, score, reasons');
	query =
		'organisationIds' in filter
			? query.overlaps('organisation_ids', filter.organisationIds)
			: query.eq('municipality_id', filter.municipalityId);
	const { data, error } = await query.order('score', { ascending: false }).order('id').limit(limit);
	if (error) throw new Error(`Loading exchange cycles failed: ${error.message}`);
	return data;
}

export function cycleListingIds(cycles: CycleRow[]): string[] {
	return cycles.flatMap((c) => c.members);
}

export function cycleOrganisationIds(cycles: CycleRow[]): string[] {
	return cycles.flatMap((c) => c.organisation_ids);
}

/** A round as the reader sees it; listings the reader may not see are left out. */
export function cycleView(
	cycle: CycleRow,
	locale: Locale,
	listings: Map<string, ListingRef>,
	organisations: Map<string, OrganisationRef>
): CycleView {
	const names = new Map([...organisations].map(([id, o]) => [id, o.name]));
	return {
		id: cycle.id,
		band: scoreBand(cycle.score),
		reasons: renderReasons(cycle.reasons, locale, names),
		listings: cycle.members.flatMap((id) => {
			const l = listings.get(id);
			return l
				? [
						{
							title: l.title,
							href: listingPath(l.kind, l.id),
							organisation: names.get(l.organisationId) ?? ''
						}
					]
				: [];
		})
	};
}
