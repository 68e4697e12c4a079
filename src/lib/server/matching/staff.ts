// /matchmaken: the municipality's staff (admins and matchmakers) see every proposal and round,
// and pin or veto pairs. Read as the staff member, so RLS (is_municipality_staff) applies too.
import type { Locale } from '$lib/i18n';
import { forbidden, requireUser } from '$lib/server/guards';
import { getMunicipality, municipalityRoles } from '$lib/server/municipalities';
import type { Client } from './pool';
import { listingPath } from '$lib/listings';
import type { ListingCategory } from '$lib/listings';
import { bandRange, renderExplanation, scoreBand, type ScoreBand } from './present';
import {
	cycleListingIds,
	cycleOrganisationIds,
	cycleView,
	listingsById,
	loadCycles,
	organisationsById,
	type CycleView,
	type ListingRef,
	type OrganisationRef
} from './read';

/** Signed in and holding any role in this deployment's municipality, or 403. */
export async function requireStaff(locals: App.Locals, url: URL) {
	const user = await requireUser(locals, url);
	const municipality = await getMunicipality(locals.supabase);
	const roles = await municipalityRoles(locals.supabase, user.id, municipality.id);
	if (!roles.length) forbidden(locals.locale);
	return { user, municipality };
}

type Side = { title: string | null; href: string | null; organisation: string };

export type StaffProposal = {
	requestId: string;
	offerId: string;
	score: number;
	band: ScoreBand;
	reasons: string[];
	/** What weighs against the pair: shown apart, never as a reason. */
	caveats: string[];
	request: Side;
	offer: Side;
	decision: 'pin' | 'veto' | null;
	note: string | null;
};

export type StaffDecision = {
	requestId: string;
	offerId: string;
	decision: 'pin' | 'veto';
	note: string | null;
	createdAt: string;
	request: Side;
	offer: Side;
};

/** The console's filters (from the URL, validated by the route); null is "any". */
export type OverviewFilters = {
	category: ListingCategory | null;
	/** A place of the municipality's places list, as listings store it. */
	place: string | null;
	band: ScoreBand | null;
	/** `none`: proposals without a decision; `veto`: vetoed pairs (no longer proposals). */
	decision: 'pin' | 'veto' | 'none' | null;
	page: number;
};

export const OVERVIEW_PAGE_SIZE = 25;

export type StaffOverview = {
	/** Proposals that pass the filters (all pages). */
	total: number;
	page: number;
	pages: number;
	proposals: StaffProposal[];
	decisions: StaffDecision[];
	cycles: CycleView[];
};

/** The rows of a query that must succeed, or the overview fails as a whole. */
function rowsOf<T>(result: { data: T; error: null } | { data: null; error: { message: string } }): T {
	if (result.error) throw new Error(`Loading the matchmaker overview failed: ${result.error.message}`);
	return result.data;
}

const NO_FILTERS: OverviewFilters = { category: null, place: null, band: null, decision: null, page: 1 };

/** One page of the municipality's proposals that pass the filters, pinned first, then the best. */
async function proposalPage(supabase: Client, municipalityId: string, filters: OverviewFilters) {
	// Vetoed pairs are no proposals any more (the veto removed them): only the decisions list has them.
	if (filters.decision === 'veto') return { rows: [], total: 0 };
	const range = filters.band ? bandRange(filters.band) : { min: null, max: null };
	const { data, error } = await supabase.rpc('staff_proposals', {
		p_municipality: municipalityId,
		p_category: filters.category ?? undefined,
		p_place: filters.place ?? undefined,
		p_min_score: range.min ?? undefined,
		p_max_score: range.max ?? undefined,
		p_pinned: filters.decision === null ? undefined : filters.decision === 'pin',
		p_limit: OVERVIEW_PAGE_SIZE,
		p_offset: (filters.page - 1) * OVERVIEW_PAGE_SIZE
	});
	if (error) throw new Error(`Loading the matchmaker overview failed: ${error.message}`);
	return { rows: data, total: data[0] ? Number(data[0].total_count) : 0 };
}

export async function loadOverview(
	supabase: Client,
	municipalityId: string,
	locale: Locale,
	filters: OverviewFilters = NO_FILTERS
): Promise<StaffOverview> {
	let decisionQuery = supabase
		.from('matchmaker_decisions')
		.select('request_id, offer_id, decision, note, created_at')
		.eq('municipality_id', municipalityId);
	if (filters.decision === 'pin' || filters.decision === 'veto') {
		decisionQuery = decisionQuery.eq('decision', filters.decision);
	}
	const [page, decisions, cycles] = await Promise.all([
		proposalPage(supabase, municipalityId, filters),
		decisionQuery.order('created_at', { ascending: false }).limit(200),
		loadCycles(supabase, { municipalityId })
	]);
	const decisionRows = rowsOf(decisions);
	const proposals = page.rows;

	const listingIds = [
		...proposals.flatMap((p) => [p.request_id, p.offer_id]),
		...decisionRows.flatMap((d) => [d.request_id, d.offer_id]),
		...cycleListingIds(cycles)
	];
	const listings = await listingsById(supabase, listingIds);
	const orgs = await organisationsById(supabase, [
		...proposals.flatMap((p) => [p.request_organisation_id, p.offer_organisation_id]),
		...[...listings.values()].map((l) => l.organisationId),
		...cycleOrganisationIds(cycles)
	]);
	const decided = new Map(decisionRows.map((d) => [`${d.request_id}:${d.offer_id}`, d]));

	return {
		total: page.total,
		page: filters.page,
		pages: Math.max(1, Math.ceil(page.total / OVERVIEW_PAGE_SIZE)),
		proposals: proposals.map((p) => {
			const d = decided.get(`${p.request_id}:${p.offer_id}`);
			return {
				requestId: p.request_id,
				offerId: p.offer_id,
				score: Math.round(p.score * 100) / 100,
				band: scoreBand(p.score),
				...renderExplanation(p.reasons, p.caveats, locale),
				request: side(listings.get(p.request_id), orgs, p.request_organisation_id),
				offer: side(listings.get(p.offer_id), orgs, p.offer_organisation_id),
				decision: d?.decision ?? null,
				note: d?.note ?? null
			};
		}),
		decisions: decisionRows.map((d) => ({
			requestId: d.request_id,
			offerId: d.offer_id,
			decision: d.decision,
			note: d.note,
			createdAt: d.created_at,
			request: side(listings.get(d.request_id), orgs),
			offer: side(listings.get(d.offer_id), orgs)
		})),
		cycles: cycles.map((c) => cycleView(c, locale, listings, orgs))
	};
}

/** A matchmaker (not an admin) sees only open listings; a closed one shows without a title. */
function side(
	listing: ListingRef | undefined,
	orgs: Map<string, OrganisationRef>,
	organisationId?: string
): Side {
	const org = orgs.get(listing?.organisationId ?? organisationId ?? '');
	return {
		title: listing?.title ?? null,
		href: listing ? listingPath(listing.kind, listing.id) : null,
		organisation: org?.name ?? ''
	};
}
