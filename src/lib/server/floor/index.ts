// The beursvloer on the day: match forms recorded on the matchmakers' tablets, the notaris's
// queue, and what the console needs to find parties and prefill the form. Takes the caller's
// client, so RLS and the RPCs' staff checks apply; a ratification sends the deal's "agreed"
// email to both parties when a `DealMail` is passed (routes: mailDeps from $lib/server/email).
import {
	FLOOR_FAILURES,
	matchParties,
	type FloorFailure,
	type FloorForm,
	type FloorListing,
	type FloorMatch,
	type FloorMatchState,
	type FloorParty,
	type FloorProposal
} from '$lib/floor';
import { translate } from '$lib/i18n';
import type { ListingCategory } from '$lib/listings';
import { classifyDbError, type DbError } from '$lib/server/db-errors';
import { sendDealEmails } from '$lib/server/deals/emails';
import type { Client, DealMail } from '$lib/server/deals/types';

export type FloorResult<T> =
	{ ok: true; value: T } | { ok: false; reason: FloorFailure; messages: { nl: string; en: string } };

export function floorFailure<T>(reason: FloorFailure): FloorResult<T> {
	const key = `floor.failure.${reason}` as const;
	return { ok: false, reason, messages: { nl: translate('nl', key), en: translate('en', key) } };
}

/** An expected refusal becomes a failed result; anything else is thrown. */
function refused<T>(error: DbError, what: string): FloorResult<T> {
	const refusal = classifyDbError(error);
	const reason = FLOOR_FAILURES.find((r) => r === refusal);
	if (!reason) throw new Error(`${what} failed: ${error.message} (${error.code ?? 'no code'})`);
	return floorFailure(reason);
}

/** What the tablet needs back: the form's state under its id. */
export type RecordedMatch = { id: string; state: FloorMatchState; remark: string; dealId: string | null };

/**
 * Records a form under the id the tablet made. Sending it again (a replay, a double tap)
 * answers the form already recorded; a returned form sent again is corrected and resubmitted.
 */
export async function recordMatch(
	db: Client,
	editionId: string,
	form: FloorForm
): Promise<FloorResult<RecordedMatch>> {
	const { data, error } = await db.rpc('record_event_match', {
		p_id: form.id,
		p_edition: editionId,
		p_giver: form.giverId,
		p_receiver: form.receiverId,
		p_category: form.category,
		p_what_given: form.whatGiven,
		p_in_return: form.inReturn,
		p_corner: form.cornerId ?? undefined,
		p_offer: form.offerId ?? undefined,
		p_request: form.requestId ?? undefined,
		p_proposal: form.proposalId ?? undefined,
		p_quantity: form.quantity ?? undefined,
		p_hours_hands: form.hoursHands,
		p_hours_expertise: form.hoursExpertise,
		p_hours_students: form.hoursStudents,
		p_materials_value: form.materialsValue,
		p_other_costs: form.otherCosts,
		p_recorded_at: form.recordedAt
	});
	if (error) return refused(error, 'Recording a match form');
	return { ok: true, value: { id: data.id, state: data.state, remark: data.remark, dealId: data.deal_id } };
}

export type DecidedMatch = RecordedMatch & { emails: string[] };

/**
 * The notaris ratifies (an agreed deal; both parties are emailed) or returns a form with a
 * remark. Deciding a form no longer waiting answers its current state.
 */
export async function decideMatch(
	db: Client,
	id: string,
	decision: { ratify: boolean; remark?: string },
	mail?: DealMail
): Promise<FloorResult<DecidedMatch>> {
	const { data, error } = await db.rpc('decide_event_match', {
		p_id: id,
		p_ratify: decision.ratify,
		p_remark: decision.remark ?? ''
	});
	if (error) return refused(error, 'Deciding a match form');
	// The idempotency keys (per deal and address) keep a second decision from mailing twice.
	const emails =
		data.state === 'ratified' && data.deal_id && mail
			? await sendDealEmails(mail, data.deal_id, 'deal_agreed')
			: [];
	return {
		ok: true,
		value: { id: data.id, state: data.state, remark: data.remark, dealId: data.deal_id, emails }
	};
}

const MATCH_COLUMNS = `id, state, remark, corner_id, giver_organisation_id, receiver_organisation_id, offer_id,
	request_id, proposal_id, category, what_given, in_return, quantity, hours_hands, hours_expertise,
	hours_students, materials_value, other_costs, recorded_at, created_at, deal_id,
	giver:organisations!event_matches_giver_organisation_id_fkey ( name ),
	receiver:organisations!event_matches_receiver_organisation_id_fkey ( name ),
	corner:event_corners ( name )`;

type MatchRow = {
	id: string;
	state: FloorMatchState;
	remark: string;
	corner_id: string | null;
	giver_organisation_id: string;
	receiver_organisation_id: string;
	offer_id: string | null;
	request_id: string | null;
	proposal_id: string | null;
	category: ListingCategory;
	what_given: string;
	in_return: string;
	quantity: number | null;
	hours_hands: number;
	hours_expertise: number;
	hours_students: number;
	materials_value: number;
	other_costs: number;
	recorded_at: string;
	created_at: string;
	deal_id: string | null;
	giver: { name: string } | null;
	receiver: { name: string } | null;
	corner: { name: string } | null;
};

const toMatch = (r: MatchRow): FloorMatch => ({
	id: r.id,
	state: r.state,
	remark: r.remark,
	cornerId: r.corner_id,
	cornerName: r.corner?.name ?? null,
	giverId: r.giver_organisation_id,
	receiverId: r.receiver_organisation_id,
	giverName: r.giver?.name ?? '',
	receiverName: r.receiver?.name ?? '',
	offerId: r.offer_id,
	requestId: r.request_id,
	proposalId: r.proposal_id,
	category: r.category,
	whatGiven: r.what_given,
	inReturn: r.in_return,
	quantity: r.quantity,
	hoursHands: Number(r.hours_hands),
	hoursExpertise: Number(r.hours_expertise),
	hoursStudents: Number(r.hours_students),
	materialsValue: Number(r.materials_value),
	otherCosts: Number(r.other_costs),
	recordedAt: r.recorded_at,
	createdAt: r.created_at,
	dealId: r.deal_id
});

/**
 * The edition's forms, oldest arrival first (the notaris's order); `state` narrows, `ids` picks
 * the forms one tablet recorded. Staff only (RLS): anyone else reads none.
 */
export async function listMatches(
	db: Client,
	editionId: string,
	filter: { state?: FloorMatchState; ids?: string[] } = {}
): Promise<FloorMatch[]> {
	let q = db.from('event_matches').select(MATCH_COLUMNS).eq('edition_id', editionId);
	if (filter.state) q = q.eq('state', filter.state);
	if (filter.ids) q = q.in('id', filter.ids);
	const { data, error } = await q.order('created_at').order('id');
	if (error) throw new Error(`Loading match forms failed: ${error.message}`);
	return (data as unknown as MatchRow[]).map(toMatch);
}

/**
 * Every organisation of the municipality, the edition's registered ones first, by name. The
 * console keeps the list and searches it on the tablet (it must work offline).
 */
export async function floorParties(
	db: Client,
	municipalityId: string,
	editionId: string
): Promise<FloorParty[]> {
	const [orgs, regs] = await Promise.all([
		db
			.from('organisations')
			.select('id, name')
			.eq('municipality_id', municipalityId)
			.order('name')
			.limit(5000),
		db.from('event_registrations').select('organisation_id').eq('edition_id', editionId)
	]);
	if (orgs.error) throw new Error(`Loading organisations failed: ${orgs.error.message}`);
	if (regs.error) throw new Error(`Loading registrations failed: ${regs.error.message}`);
	const registered = new Set(regs.data.map((r) => r.organisation_id));
	return orgs.data
		.map((o) => ({ id: o.id, name: o.name, registered: registered.has(o.id) }))
		.sort((a, b) => Number(b.registered) - Number(a.registered) || a.name.localeCompare(b.name, 'nl'));
}

/** Parties whose name (or a word of it) starts with `query`: registered ones first. */
export async function searchParties(
	db: Client,
	municipalityId: string,
	editionId: string,
	query: string,
	limit = 8
): Promise<FloorParty[]> {
	return matchParties(await floorParties(db, municipalityId, editionId), query, limit);
}

type ListingRow = {
	id: string;
	organisation_id: string;
	kind: 'offer' | 'request';
	title: string;
	category: ListingCategory;
	estimated_hours: number | null;
	estimated_value: number | null;
	wants_in_return: string | null;
	can_offer_in_return: string | null;
};

/** The municipality's open listings, for prefilling the form. */
export async function floorListings(db: Client, municipalityId: string): Promise<FloorListing[]> {
	const { data, error } = await db
		.from('listings')
		.select(
			'id, organisation_id, kind, title, category, estimated_hours, estimated_value, wants_in_return, can_offer_in_return'
		)
		.eq('municipality_id', municipalityId)
		.eq('state', 'open')
		.order('created_at', { ascending: false })
		.limit(5000);
	if (error) throw new Error(`Loading listings failed: ${error.message}`);
	return (data as ListingRow[]).map((l) => ({
		id: l.id,
		organisationId: l.organisation_id,
		kind: l.kind,
		title: l.title,
		category: l.category,
		estimatedHours: l.estimated_hours === null ? null : Number(l.estimated_hours),
		estimatedValue: l.estimated_value === null ? null : Number(l.estimated_value),
		inReturn: (l.kind === 'offer' ? l.wants_in_return : l.can_offer_in_return) ?? ''
	}));
}

type ProposalRow = { id: string; offer_id: string; request_id: string; score: number };
const toProposal = (p: ProposalRow): FloorProposal => ({
	id: p.id,
	offerId: p.offer_id,
	requestId: p.request_id,
	score: p.score
});

/** The engine's stored proposals of the municipality (the console filters per pair offline). */
export async function floorProposals(db: Client, municipalityId: string): Promise<FloorProposal[]> {
	const { data, error } = await db
		.from('match_proposals')
		.select('id, offer_id, request_id, score')
		.eq('municipality_id', municipalityId)
		.order('score', { ascending: false })
		.limit(5000);
	if (error) throw new Error(`Loading proposals failed: ${error.message}`);
	return data.map(toProposal);
}

/** Stored proposals where the giver's offer meets the receiver's request, best first. */
export async function proposalsBetween(
	db: Client,
	giverId: string,
	receiverId: string
): Promise<FloorProposal[]> {
	const { data, error } = await db
		.from('match_proposals')
		.select('id, offer_id, request_id, score')
		.eq('offer_organisation_id', giverId)
		.eq('request_organisation_id', receiverId)
		.order('score', { ascending: false });
	if (error) throw new Error(`Loading proposals failed: ${error.message}`);
	return data.map(toProposal);
}
