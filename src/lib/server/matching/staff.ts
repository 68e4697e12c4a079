// /matchmaken: the municipality's staff (admins and matchmakers) see every proposal and round,
// and pin or veto pairs. Read as the staff member, so RLS (is_municipality_staff) applies too.
import type { Locale } from '$lib/i18n';
import { forbidden, requireUser } from '$lib/server/guards';
import { getMunicipality, municipalityRoles } from '$lib/server/municipalities';
import type { Client } from './pool';
import { listingPath } from '$lib/listings';
import { renderExplanation, scoreBand, type ScoreBand } from './present';
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

export type StaffOverview = {
	total: number;
	proposals: StaffProposal[];
	decisions: StaffDecision[];
	cycles: CycleView[];
};

const TOP = 50;
const PROPOSAL_COLUMNS =
	'request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons, caveats';

/** The rows of a query that must succeed, or the overview fails as a whole. */
function rowsOf<T>(result: { data: T; error: null } | { data: null; error: { message: string } }): T {
	if (result.error) throw new Error(`Loading the matchmaker overview failed: ${result.error.message}`);
	return result.data;
}

export async function loadOverview(
	supabase: Client,
	municipalityId: string,
	locale: Locale
): Promise<StaffOverview> {
	const [top, pinned, count, decisions, cycles] = await Promise.all([
		supabase
			.from('match_proposals')
			.select(PROPOSAL_COLUMNS)
			.eq('municipality_id', municipalityId)
			.order('score', { ascending: false })
			.order('id')
			.limit(TOP),
		// Pinned pairs may score low; they are listed whatever their rank.
		supabase
			.from('match_proposals')
			.select(PROPOSAL_COLUMNS)
			.eq('municipality_id', municipalityId)
			.eq('pinned', true)
			.limit(TOP),
		supabase
			.from('match_proposals')
			.select('id', { count: 'exact', head: true })
			.eq('municipality_id', municipalityId),
		supabase
			.from('matchmaker_decisions')
			.select('request_id, offer_id, decision, note, created_at')
			.eq('municipality_id', municipalityId)
			.order('created_at', { ascending: false })
			.limit(200),
		loadCycles(supabase, { municipalityId })
	]);
	const topRows = rowsOf(top);
	const pinnedRows = rowsOf(pinned);
	if (count.error) throw new Error(`Loading the matchmaker overview failed: ${count.error.message}`);
	const decisionRows = rowsOf(decisions);
	const seen = new Set<string>();
	const proposals = [...pinnedRows, ...topRows].filter((p) => {
		const key = `${p.request_id}:${p.offer_id}`;
		return !seen.has(key) && !!seen.add(key);
	});

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
		total: count.count ?? 0,
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
