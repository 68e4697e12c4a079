// Reading proposals as the signed-in user (RLS applies): shared look-ups for the dashboard, the
// matchmaker page and (with the service-role client) the proposal digests. Only public fields of
// the other party are read: name, slug, listing title.
import type { Tables } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import type { Client } from './pool';
import { listingPath } from '$lib/listings';
import type { CycleHandoff, CycleView } from '$lib/proposals/types';
import { renderReasons, scoreBand } from './present';

export type { CycleView };

export type ListingRef = {
	id: string;
	kind: 'offer' | 'request';
	title: string;
	organisationId: string;
	/** A request's "kan in ruil bieden": what its organisation gives in an exchange round. */
	givesBack: string | null;
};
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
			.select('id, kind, title, organisation_id, can_offer_in_return')
			.in('id', chunk);
		if (error) throw new Error(`Loading listings failed: ${error.message}`);
		return data;
	});
	return new Map(
		rows.map((r) => [
			r.id,
			{
				id: r.id,
				kind: r.kind,
				title: r.title,
				organisationId: r.organisation_id,
				givesBack: r.can_offer_in_return
			}
		])
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

/** A gift's text in a hand-off: what "kan in ruil bieden" says is cut at a word, not mid-word. */
const GIFT_CHARS = 90;

function shorten(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= GIFT_CHARS) return flat;
	const cut = flat.slice(0, GIFT_CHARS);
	const space = cut.lastIndexOf(' ');
	return `${(space > GIFT_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * Who gives what to whom, in the order help flows. The engine stores a round's listings in that
 * order (each link's giving listing, then the receiving one; a listing that receives and gives
 * once), with each listing's organisation alongside: so every step between two organisations,
 * the last one wrapping round to the first, is one hand-off.
 */
export function cycleHandoffs(
	cycle: Pick<CycleRow, 'members' | 'organisation_ids'>,
	listings: ReadonlyMap<string, ListingRef>,
	names: ReadonlyMap<string, string>,
	readerOrganisations: ReadonlySet<string> = new Set()
): CycleHandoff[] {
	const { members, organisation_ids: orgs } = cycle;
	if (members.length !== orgs.length) return [];
	const out: CycleHandoff[] = [];
	for (let i = 0; i < members.length; i++) {
		const j = (i + 1) % members.length;
		if (orgs[i] === orgs[j]) continue;
		const giving = listings.get(members[i]!);
		const receiving = listings.get(members[j]!);
		const giftText = giving && (giving.kind === 'offer' ? giving.title : (giving.givesBack ?? giving.title));
		out.push({
			giver: names.get(orgs[i]!) ?? '?',
			receiver: names.get(orgs[j]!) ?? '?',
			gift:
				giving && giftText ? { title: shorten(giftText), href: listingPath(giving.kind, giving.id) } : null,
			for: receiving
				? { title: receiving.title, href: listingPath(receiving.kind, receiving.id), kind: receiving.kind }
				: null,
			giverIsReader: readerOrganisations.has(orgs[i]!),
			receiverIsReader: readerOrganisations.has(orgs[j]!)
		});
	}
	return out;
}

/**
 * A round as the reader sees it; listings the reader may not see are left out. `readerOrganisations`:
 * the reader's own organisations, whose part the page sums up (none for the matchmaker).
 */
export function cycleView(
	cycle: CycleRow,
	locale: Locale,
	listings: Map<string, ListingRef>,
	organisations: Map<string, OrganisationRef>,
	readerOrganisations?: ReadonlySet<string>
): CycleView {
	const names = new Map([...organisations].map(([id, o]) => [id, o.name]));
	const handoffs = cycleHandoffs(cycle, listings, names, readerOrganisations);
	// "A helpt B" says less than the hand-offs: only the number of parties is kept from the reasons.
	const reasons = Array.isArray(cycle.reasons)
		? cycle.reasons.filter(
				(r) =>
					!(handoffs.length && typeof r === 'object' && r !== null && 'code' in r && r.code === 'cycle_link')
			)
		: cycle.reasons;
	return {
		id: cycle.id,
		band: scoreBand(cycle.score),
		reasons: renderReasons(reasons, locale, names),
		handoffs,
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
