// The steps of a deal. Every state change is an RPC (60_deals.sql) that locks what it decides
// on; the form and contact person are column-limited updates under RLS. When `mail` is given,
// the other side (or both) hear about it through the outbox.
import type { DealForm, DealState } from '$lib/deals';
import type { DealContactInput } from '$lib/schemas/deal';
import { sendDealEmails } from './emails';
import { failure, fromDbError, ok } from './errors';
import { rateVersion } from './queries';
import type { Client, DealMail, DealStep, RateVersion, Result, StartDealInput } from './types';

const step = (data: unknown): DealStep => data as DealStep;

/**
 * Starts a deal ("Dit past bij ons", from a listing's page, from a proposal). When the other
 * side had already started the same pair, this is their yes (the deal may become agreed).
 */
export async function startDeal(
	supabase: Client,
	input: StartDealInput,
	mail?: DealMail
): Promise<Result<DealStep>> {
	const { data, error } = await supabase.rpc('start_deal', {
		p_offer: input.offerId ?? undefined,
		p_request: input.requestId ?? undefined,
		p_proposal: input.proposalId ?? undefined,
		p_counterparty: input.counterpartyOrganisationId ?? undefined,
		p_organisation: input.organisationId ?? undefined,
		p_quantity: input.quantity ?? undefined,
		p_message: input.message ?? ''
	});
	if (error) return fromDbError(error, 'Starting a deal');
	const result = step(data);
	if (mail) {
		if (result.created) await sendDealEmails(mail, result.id, 'deal_started');
		else if (result.changed && result.state === 'agreed')
			await sendDealEmails(mail, result.id, 'deal_agreed');
		else if (result.changed) await sendDealEmails(mail, result.id, 'deal_answered');
	}
	return ok(result);
}

/**
 * "Markeren als gematcht": a deal for the caller's own listing with a named other party. The
 * other party confirms it (respondToDeal); then the listing counts as matched.
 */
export function markListingMatched(
	supabase: Client,
	input: {
		listingId: string;
		kind: 'offer' | 'request';
		counterpartyOrganisationId: string;
		quantity?: number | null;
		message?: string;
	},
	mail?: DealMail
): Promise<Result<DealStep>> {
	return startDeal(
		supabase,
		{
			...(input.kind === 'offer' ? { offerId: input.listingId } : { requestId: input.listingId }),
			counterpartyOrganisationId: input.counterpartyOrganisationId,
			quantity: input.quantity,
			message: input.message
		},
		mail
	);
}

/** The caller's side says yes or no, with a message. Answering twice changes nothing. */
export async function respondToDeal(
	supabase: Client,
	dealId: string,
	answer: { accept: boolean; message?: string },
	mail?: DealMail
): Promise<Result<DealStep>> {
	const { data, error } = await supabase.rpc('respond_to_deal', {
		p_deal: dealId,
		p_accept: answer.accept,
		p_message: answer.message ?? ''
	});
	if (error) return fromDbError(error, 'Answering a deal');
	const result = step(data);
	if (mail && result.changed) {
		await sendDealEmails(mail, result.id, result.state === 'agreed' ? 'deal_agreed' : 'deal_answered');
	}
	return ok(result);
}

/** Later steps: in_progress, carried_out, not_feasible, cancelled (with a reason). */
export async function transitionDeal(
	supabase: Client,
	dealId: string,
	input: { to: DealState; reason?: string }
): Promise<Result<DealStep>> {
	const { data, error } = await supabase.rpc('transition_deal', {
		p_deal: dealId,
		p_to: input.to,
		p_reason: input.reason ?? ''
	});
	if (error) return fromDbError(error, 'Changing a deal');
	return ok(step(data));
}

/** Saves the matchformulier (before agreement only). The other side's yes is cleared by the database. */
export async function updateDealForm(
	supabase: Client,
	dealId: string,
	form: DealForm
): Promise<Result<null>> {
	const { data, error } = await supabase
		.from('deals')
		.update({
			quantity: form.quantity,
			category: form.category,
			what_given: form.whatGiven,
			in_return: form.inReturn,
			hours_hands: form.hoursHands,
			hours_expertise: form.hoursExpertise,
			hours_students: form.hoursStudents,
			materials_value: form.materialsValue,
			other_costs: form.otherCosts,
			deadline: form.deadline
		})
		.eq('id', dealId)
		.select('id');
	if (error) return fromDbError(error, 'Saving the match form');
	return data.length ? ok(null) : failure('not_found');
}

/** The own organisation's contact person for this deal. */
export async function updateDealContact(
	supabase: Client,
	dealId: string,
	organisationId: string,
	contact: DealContactInput
): Promise<Result<null>> {
	const { data, error } = await supabase
		.from('deal_contacts')
		.update({ name: contact.name, email: contact.email, phone: contact.phone })
		.eq('deal_id', dealId)
		.eq('organisation_id', organisationId)
		.select('deal_id');
	if (error) return fromDbError(error, 'Saving the contact person');
	return data.length ? ok(null) : failure('not_found');
}

/** A multi-party round: one deal per leg the caller's organisations are part of, linked by the round's id. */
export async function startCycleDeals(
	supabase: Client,
	cycleId: string,
	message = '',
	mail?: DealMail
): Promise<Result<string[]>> {
	const { data, error } = await supabase.rpc('start_cycle_deals', { p_cycle: cycleId, p_message: message });
	if (error) return fromDbError(error, 'Starting the deals of a round');
	if (mail) for (const id of data) await sendDealEmails(mail, id, 'deal_started');
	return ok(data);
}

/** A municipality admin sets new rates from a date on (today or later); deals already agreed keep theirs. */
export async function setRates(
	supabase: Client,
	municipalityId: string,
	rates: { validFrom?: string | null; hands: number; expertise: number; students: number }
): Promise<Result<RateVersion>> {
	const { data, error } = await supabase
		.from('municipality_rates')
		.insert({
			municipality_id: municipalityId,
			...(rates.validFrom ? { valid_from: rates.validFrom } : {}),
			hands_rate: rates.hands,
			expertise_rate: rates.expertise,
			students_rate: rates.students
		})
		.select('*')
		.single();
	if (error) return fromDbError(error, 'Setting rates');
	return ok(rateVersion(data));
}
