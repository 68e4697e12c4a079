// /mijn/voorstellen: the proposals for the open listings of the user's organisations, read as
// the user, so RLS limits them to pairs the user's organisation is a party of.
import type { Tables } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import { dealPath } from '$lib/deals';
import { activeDealsByPair, dealPairKey } from '$lib/server/deals/queries';
import { myOrganisations } from '$lib/server/memberships';
import { isLive, type Client } from './pool';
import { listingPath } from '$lib/listings';
import { renderExplanation, scoreBand, type ScoreBand } from './present';
import {
	cycleListingIds,
	cycleOrganisationIds,
	cycleView,
	listingsById,
	loadCycles,
	organisationsById,
	type CycleView
} from './read';

/** A list longer than this helps nobody; the engine ranks, the page shows the top. */
const PER_LISTING = 10;

export type ProposalView = {
	requestId: string;
	offerId: string;
	band: ScoreBand;
	pinned: boolean;
	reasons: string[];
	/** What weighs against the pair (less than asked for, far away): not a reason to match. */
	caveats: string[];
	other: { organisation: string; organisationSlug: string; title: string; href: string };
	/** A deal about this pair that the reader's organisation is already in (not over yet): link to it. */
	deal: { id: string; href: string } | null;
};

/** A proposal the organisation dismissed ("niet interessant"), which it may take back. */
export type HiddenProposalView = Pick<ProposalView, 'requestId' | 'offerId' | 'other'>;

export type MyListingView = {
	id: string;
	kind: 'offer' | 'request';
	title: string;
	href: string;
	proposals: ProposalView[];
	hidden: HiddenProposalView[];
};

export type MyOrganisationView = { id: string; name: string; slug: string; listings: MyListingView[] };

export type Dashboard = { organisations: MyOrganisationView[]; cycles: CycleView[] };

type ProposalRow = Pick<
	Tables<'match_proposals'>,
	'request_id' | 'offer_id' | 'score' | 'reasons' | 'caveats'
> & {
	pinned: boolean;
};

export async function loadDashboard(supabase: Client, userId: string, locale: Locale): Promise<Dashboard> {
	const organisations = await myOrganisations(supabase, userId);
	if (!organisations.length) return { organisations: [], cycles: [] };
	const orgIds = organisations.map((o) => o.id);
	const ownOrgs = new Map(organisations.map((o) => [o.id, o]));

	const { data: mine, error: listingError } = await supabase
		.from('listings')
		.select('id, kind, title, organisation_id, state, ends_on, can_offer_in_return')
		.in('organisation_id', orgIds)
		.eq('state', 'open')
		.order('created_at', { ascending: false });
	if (listingError) throw new Error(`Loading own listings failed: ${listingError.message}`);
	const myListings = mine.filter((l) => isLive(l));
	const myIds = new Set(myListings.map((l) => l.id));

	const [proposals, cycles, dismissals, deals] = await Promise.all([
		loadProposalsOf([...myIds], supabase),
		loadCycles(supabase, { organisationIds: orgIds }),
		loadDismissalsOf(orgIds, supabase),
		activeDealsByPair(supabase, orgIds)
	]);

	const otherIds = [...proposals, ...dismissals]
		.flatMap((p) => [p.request_id, p.offer_id])
		.filter((id) => !myIds.has(id));
	const listings = await listingsById(supabase, [...otherIds, ...cycleListingIds(cycles)]);
	const orgs = await organisationsById(supabase, [
		...[...listings.values()].map((l) => l.organisationId),
		...cycleOrganisationIds(cycles)
	]);

	// The user's own listings count as known too: a pair of two of them is shown under both.
	for (const l of myListings) {
		listings.set(l.id, {
			id: l.id,
			kind: l.kind,
			title: l.title,
			organisationId: l.organisation_id,
			givesBack: l.can_offer_in_return
		});
	}
	const otherSide = (otherId: string) => {
		const other = listings.get(otherId);
		const organisation = other && (orgs.get(other.organisationId) ?? ownOrgs.get(other.organisationId));
		// Hidden from the reader (closed since the last run): not a proposal any more.
		if (!other || !organisation) return null;
		return {
			organisation: organisation.name,
			organisationSlug: organisation.slug,
			title: other.title,
			href: listingPath(other.kind, other.id)
		};
	};
	const byListing = new Map<string, ProposalView[]>();
	for (const p of proposals) {
		for (const [mineId, otherId] of [
			[p.request_id, p.offer_id],
			[p.offer_id, p.request_id]
		]) {
			if (!myIds.has(mineId)) continue;
			const other = otherSide(otherId);
			if (!other) continue;
			const list = byListing.get(mineId) ?? [];
			if (list.length >= PER_LISTING) continue;
			list.push({
				requestId: p.request_id,
				offerId: p.offer_id,
				band: scoreBand(p.score),
				pinned: p.pinned,
				...renderExplanation(p.reasons, p.caveats, locale),
				other,
				deal: dealOf(deals, p.request_id, p.offer_id, otherId)
			});
			byListing.set(mineId, list);
		}
	}
	// Dismissed pairs, under the organisation's own listing of the pair, newest first.
	const hiddenByListing = new Map<string, HiddenProposalView[]>();
	for (const d of dismissals) {
		for (const [mineId, otherId] of [
			[d.request_id, d.offer_id],
			[d.offer_id, d.request_id]
		]) {
			if (!myIds.has(mineId) || listings.get(mineId)?.organisationId !== d.organisation_id) continue;
			const other = otherSide(otherId);
			if (!other) continue;
			const list = hiddenByListing.get(mineId) ?? [];
			list.push({ requestId: d.request_id, offerId: d.offer_id, other });
			hiddenByListing.set(mineId, list);
		}
	}

	return {
		organisations: organisations.map((o) => ({
			id: o.id,
			name: o.name,
			slug: o.slug,
			listings: myListings
				.filter((l) => l.organisation_id === o.id)
				.map((l) => ({
					id: l.id,
					kind: l.kind,
					title: l.title,
					href: listingPath(l.kind, l.id),
					proposals: byListing.get(l.id) ?? [],
					hidden: hiddenByListing.get(l.id) ?? []
				}))
		})),
		cycles: cycles.map((c) => cycleView(c, locale, listings, orgs, new Set(orgIds)))
	};
}

type DismissalRow = Pick<Tables<'proposal_dismissals'>, 'request_id' | 'offer_id' | 'organisation_id'>;

/** The organisations' own dismissals ("niet interessant"), newest first. */
async function loadDismissalsOf(organisationIds: string[], supabase: Client): Promise<DismissalRow[]> {
	const { data, error } = await supabase
		.from('proposal_dismissals')
		.select('request_id, offer_id, organisation_id')
		.in('organisation_id', organisationIds)
		.order('created_at', { ascending: false })
		.limit(500);
	if (error) throw new Error(`Loading dismissed proposals failed: ${error.message}`);
	return data;
}

/** Proposals of these listings, pinned first, then best first. */
async function loadProposalsOf(listingIds: string[], supabase: Client): Promise<ProposalRow[]> {
	const rows: ProposalRow[] = [];
	for (let i = 0; i < listingIds.length; i += 50) {
		const ids = listingIds.slice(i, i + 50).join(',');
		const { data, error } = await supabase
			.from('match_proposals')
			.select('request_id, offer_id, score, reasons, caveats, pinned')
			.or(`request_id.in.(${ids}),offer_id.in.(${ids})`)
			.order('score', { ascending: false })
			.limit(1000);
		if (error) throw new Error(`Loading proposals failed: ${error.message}`);
		// pinned is a computed column (public.pinned, an exists()): generated as nullable, never null.
		rows.push(...data.map((r) => ({ ...r, pinned: r.pinned === true })));
	}
	const seen = new Set<string>();
	return rows
		.filter((r) => {
			const key = `${r.request_id}:${r.offer_id}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		})
		.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.score - a.score);
}

/**
 * The running deal of the reader's organisations about a pair: for exactly these two listings,
 * else one about the other side's listing alone (started from its page without naming an own
 * listing), which is a deal with that same organisation about the same thing.
 */
function dealOf(
	deals: Map<string, { id: string }>,
	requestId: string,
	offerId: string,
	otherId: string
): ProposalView['deal'] {
	const found =
		deals.get(dealPairKey(requestId, offerId)) ??
		deals.get(otherId === offerId ? dealPairKey(null, offerId) : dealPairKey(requestId, null));
	return found ? { id: found.id, href: dealPath(found.id) } : null;
}
