// Reading deals under the caller's RLS: a deal is visible to both parties and the municipality's
// staff; contact persons of the other party only from the agreement on (deal_contacts policy).
import type { Tables } from '$lib/database.types';
import {
	ACTIVE_STATES,
	DEFAULT_RATES,
	socialValue,
	type DealContact,
	type DealDetail,
	type DealEvent,
	type DealEventAction,
	type DealState,
	type DealSummary,
	type Rates,
	type RateVersion
} from '$lib/deals';
import { isUuid } from '$lib/server/listings/errors';
import type { Client } from './types';

export const DEAL_SELECT = `*,
	giver:organisations!deals_giver_organisation_id_fkey ( id, name ),
	receiver:organisations!deals_receiver_organisation_id_fkey ( id, name ),
	offer:listings!deals_offer_id_fkey ( id, title, quantity ),
	request:listings!deals_request_id_fkey ( id, title, quantity ),
	rate:municipality_rates ( * )` as const;

type RateRow = Tables<'municipality_rates'>;
type DealRow = Tables<'deals'> & {
	giver: { id: string; name: string } | null;
	receiver: { id: string; name: string } | null;
	offer: { id: string; title: string; quantity: number | null } | null;
	request: { id: string; title: string; quantity: number | null } | null;
	rate: RateRow | null;
};

export const rateVersion = (r: RateRow): RateVersion => ({
	id: r.id,
	municipalityId: r.municipality_id,
	validFrom: r.valid_from,
	createdAt: r.created_at,
	hands: Number(r.hands_rate),
	expertise: Number(r.expertise_rate),
	students: Number(r.students_rate)
});

const todayInNetherlands = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

/** The rate version in force on a day (default today): the latest valid_from on or before it. */
export async function currentRates(
	supabase: Client,
	municipalityId: string,
	day?: string
): Promise<RateVersion | null> {
	const { data, error } = await supabase
		.from('municipality_rates')
		.select('*')
		.eq('municipality_id', municipalityId)
		.lte('valid_from', day ?? todayInNetherlands())
		.order('valid_from', { ascending: false })
		.order('created_at', { ascending: false })
		.order('id', { ascending: false })
		.limit(1)
		.maybeSingle();
	if (error) throw new Error(`Loading rates failed: ${error.message}`);
	return data ? rateVersion(data) : null;
}

/** Every rate version of a municipality, newest first (the admin's history). */
export async function rateHistory(supabase: Client, municipalityId: string): Promise<RateVersion[]> {
	const { data, error } = await supabase
		.from('municipality_rates')
		.select('*')
		.eq('municipality_id', municipalityId)
		.order('valid_from', { ascending: false })
		.order('created_at', { ascending: false });
	if (error) throw new Error(`Loading rates failed: ${error.message}`);
	return data.map(rateVersion);
}

function toSummary(row: DealRow, fallback: Rates): DealSummary {
	const rates = row.rate ? rateVersion(row.rate) : fallback;
	const form = {
		quantity: row.quantity,
		category: row.category,
		whatGiven: row.what_given,
		inReturn: row.in_return,
		hoursHands: Number(row.hours_hands),
		hoursExpertise: Number(row.hours_expertise),
		hoursStudents: Number(row.hours_students),
		materialsValue: Number(row.materials_value),
		otherCosts: Number(row.other_costs),
		deadline: row.deadline
	};
	return {
		id: row.id,
		municipalityId: row.municipality_id,
		state: row.state,
		giver: {
			organisationId: row.giver_organisation_id,
			name: row.giver?.name ?? '',
			acceptedAt: row.giver_accepted_at
		},
		receiver: {
			organisationId: row.receiver_organisation_id,
			name: row.receiver?.name ?? '',
			acceptedAt: row.receiver_accepted_at
		},
		// null when the reader may no longer see the listing (a matched listing of the other party)
		offer: row.offer,
		request: row.request,
		proposalId: row.proposal_id,
		cycleId: row.cycle_id,
		cycleGroup: row.cycle_group,
		cycleLeg: row.cycle_leg,
		startedByOrganisationId: row.started_by_organisation_id,
		form,
		agreedAt: row.agreed_at,
		closedAt: row.closed_at,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		socialValue: socialValue(form, rates)
	};
}

/** Today's rates per municipality, for the deals not yet agreed. */
async function fallbackRates(supabase: Client, municipalityIds: string[]): Promise<Map<string, Rates>> {
	const out = new Map<string, Rates>();
	await Promise.all(
		[...new Set(municipalityIds)].map(async (id) => {
			out.set(id, (await currentRates(supabase, id)) ?? DEFAULT_RATES);
		})
	);
	return out;
}

async function summaries(supabase: Client, rows: DealRow[]): Promise<DealSummary[]> {
	const open = rows.filter((r) => !r.rate).map((r) => r.municipality_id);
	const rates = await fallbackRates(supabase, open);
	return rows.map((r) => toSummary(r, rates.get(r.municipality_id) ?? DEFAULT_RATES));
}

/** One deal with its history, the contact persons the reader may see, and its social value; null if not visible. */
export async function getDeal(supabase: Client, dealId: string, userId?: string): Promise<DealDetail | null> {
	if (!isUuid(dealId)) return null;
	const { data, error } = await supabase.from('deals').select(DEAL_SELECT).eq('id', dealId).maybeSingle();
	if (error) throw new Error(`Loading deal failed: ${error.message}`);
	if (!data) return null;
	const row = data as unknown as DealRow;
	const [[summary], history, contacts, mine] = await Promise.all([
		summaries(supabase, [row]),
		dealHistory(supabase, dealId),
		dealContacts(supabase, dealId),
		userId
			? supabase
					.from('memberships')
					.select('organisation_id')
					.eq('user_id', userId)
					.in('organisation_id', [row.giver_organisation_id, row.receiver_organisation_id])
			: Promise.resolve({ data: [] as { organisation_id: string }[], error: null })
	]);
	if (mine.error) throw new Error(`Loading memberships failed: ${mine.error.message}`);
	const rates = row.rate ? rateVersion(row.rate) : await currentRates(supabase, row.municipality_id);
	return {
		...summary,
		history,
		contacts,
		rates,
		myOrganisationId: mine.data[0]?.organisation_id ?? null
	};
}

export async function dealHistory(supabase: Client, dealId: string): Promise<DealEvent[]> {
	const { data, error } = await supabase
		.from('deal_events')
		.select('*')
		.eq('deal_id', dealId)
		.order('created_at')
		.order('id');
	if (error) throw new Error(`Loading deal history failed: ${error.message}`);
	return data.map((e) => ({
		id: e.id,
		action: e.action as DealEventAction,
		fromState: e.from_state,
		toState: e.to_state,
		message: e.message,
		actorId: e.actor_id,
		actorOrganisationId: e.actor_organisation_id,
		createdAt: e.created_at
	}));
}

/** The contact persons the reader may see (RLS): their own always, the other's once agreed. */
export async function dealContacts(supabase: Client, dealId: string): Promise<DealContact[]> {
	const { data, error } = await supabase
		.from('deal_contacts')
		.select('organisation_id, name, email, phone')
		.eq('deal_id', dealId);
	if (error) throw new Error(`Loading deal contacts failed: ${error.message}`);
	return data.map((c) => ({
		organisationId: c.organisation_id,
		name: c.name,
		email: c.email,
		phone: c.phone
	}));
}

export type DealFilters = { states?: DealState[]; limit?: number; offset?: number };

/** An organisation's deals (as giver or receiver), newest first. */
export async function listDealsForOrganisation(
	supabase: Client,
	organisationId: string,
	filters: DealFilters = {}
): Promise<DealSummary[]> {
	// Goes into a PostgREST filter expression: only a uuid.
	if (!isUuid(organisationId)) return [];
	let query = supabase
		.from('deals')
		.select(DEAL_SELECT)
		.or(`giver_organisation_id.eq.${organisationId},receiver_organisation_id.eq.${organisationId}`);
	if (filters.states?.length) query = query.in('state', filters.states);
	const { data, error } = await query
		.order('created_at', { ascending: false })
		.range(filters.offset ?? 0, (filters.offset ?? 0) + (filters.limit ?? 100) - 1);
	if (error) throw new Error(`Loading deals failed: ${error.message}`);
	return summaries(supabase, data as unknown as DealRow[]);
}

/**
 * The organisations' deals still running (interested, agreed, in progress), by pair
 * (`request:offer`, either side may be absent), newest first: the proposals page links such a
 * pair to its deal instead of offering to start another.
 */
export async function activeDealsByPair(
	supabase: Client,
	organisationIds: string[]
): Promise<Map<string, { id: string; state: DealState }>> {
	const ids = organisationIds.filter(isUuid);
	const pairs = new Map<string, { id: string; state: DealState }>();
	if (!ids.length) return pairs;
	const list = ids.join(',');
	const { data, error } = await supabase
		.from('deals')
		.select('id, state, offer_id, request_id')
		.or(`giver_organisation_id.in.(${list}),receiver_organisation_id.in.(${list})`)
		.in('state', [...ACTIVE_STATES])
		.order('created_at', { ascending: false });
	if (error) throw new Error(`Loading running deals failed: ${error.message}`);
	for (const d of data) {
		const key = dealPairKey(d.request_id, d.offer_id);
		if (!pairs.has(key)) pairs.set(key, { id: d.id, state: d.state });
	}
	return pairs;
}

/** The key of a request/offer pair in activeDealsByPair. */
export const dealPairKey = (requestId: string | null, offerId: string | null) =>
	`${requestId ?? ''}:${offerId ?? ''}`;

/** The deals about one listing that the reader may see (its organisation: all of them), newest first. */
export async function listDealsForListing(supabase: Client, listingId: string): Promise<DealSummary[]> {
	if (!isUuid(listingId)) return [];
	const { data, error } = await supabase
		.from('deals')
		.select(DEAL_SELECT)
		.or(`offer_id.eq.${listingId},request_id.eq.${listingId}`)
		.order('created_at', { ascending: false })
		.limit(200);
	if (error) throw new Error(`Loading deals failed: ${error.message}`);
	return summaries(supabase, data as unknown as DealRow[]);
}

/** A municipality's deals for its staff (RLS: staff see all of them), newest first. */
export async function listDealsForMunicipality(
	supabase: Client,
	municipalityId: string,
	filters: DealFilters = {}
): Promise<DealSummary[]> {
	let query = supabase.from('deals').select(DEAL_SELECT).eq('municipality_id', municipalityId);
	if (filters.states?.length) query = query.in('state', filters.states);
	const { data, error } = await query
		.order('created_at', { ascending: false })
		.range(filters.offset ?? 0, (filters.offset ?? 0) + (filters.limit ?? 200) - 1);
	if (error) throw new Error(`Loading deals failed: ${error.message}`);
	return summaries(supabase, data as unknown as DealRow[]);
}

export type DealTotals = { byState: Record<DealState, number>; socialValue: number; promised: number };

/** Counts per state and the social value of promised deals (agreed, in progress, carried out). */
export function dealTotals(deals: DealSummary[]): DealTotals {
	const byState: Record<DealState, number> = {
		interested: 0,
		agreed: 0,
		in_progress: 0,
		carried_out: 0,
		not_feasible: 0,
		cancelled: 0,
		declined: 0
	};
	let value = 0;
	let promised = 0;
	for (const d of deals) {
		byState[d.state]++;
		if (d.state === 'agreed' || d.state === 'in_progress' || d.state === 'carried_out') {
			promised++;
			value += Math.round(d.socialValue.total * 100);
		}
	}
	return { byState, socialValue: value / 100, promised };
}
