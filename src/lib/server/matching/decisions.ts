// What people decide about proposals: a matchmaker pins or vetoes a pair, an organisation
// dismisses one ("niet interessant"). Triggers act on the proposals in the same transaction
// (a veto or a dismissal deletes the pair), so the next page load shows the outcome.
import type { Enums } from '$lib/database.types';
import { expectRefusal } from '$lib/server/db-errors';
import { membershipOf } from '$lib/server/memberships';
import type { Client } from './pool';

type Pair = { requestId: string; offerId: string };

/** Whether the pair is a current proposal of this municipality (decisions are only taken on those). */
export async function proposalExists(
	supabase: Client,
	municipalityId: string,
	requestId: string,
	offerId: string
): Promise<boolean> {
	const { data, error } = await supabase
		.from('match_proposals')
		.select('id')
		.eq('municipality_id', municipalityId)
		.eq('request_id', requestId)
		.eq('offer_id', offerId)
		.maybeSingle();
	if (error) throw new Error(`Loading proposal failed: ${error.message}`);
	return data !== null;
}

/** Pins or vetoes a pair; a second decision on the same pair replaces the first. */
export async function saveDecision(
	supabase: Client,
	input: Pair & {
		municipalityId: string;
		decision: Enums<'matchmaker_decision'>;
		note: string | null;
		decidedBy: string;
	}
): Promise<void> {
	const { error } = await supabase.from('matchmaker_decisions').upsert(
		{
			request_id: input.requestId,
			offer_id: input.offerId,
			municipality_id: input.municipalityId,
			decision: input.decision,
			note: input.note,
			decided_by: input.decidedBy
		},
		{ onConflict: 'request_id,offer_id' }
	);
	if (error) throw new Error(`Saving matchmaker decision failed: ${error.message}`);
}

/** Withdraws a pin or veto; false when there was none (for this municipality). */
export async function withdrawDecision(
	supabase: Client,
	input: Pair & { municipalityId: string }
): Promise<boolean> {
	const { data, error } = await supabase
		.from('matchmaker_decisions')
		.delete()
		.eq('municipality_id', input.municipalityId)
		.eq('request_id', input.requestId)
		.eq('offer_id', input.offerId)
		.select('request_id');
	if (error) throw new Error(`Withdrawing matchmaker decision failed: ${error.message}`);
	return data.length > 0;
}

/**
 * "Niet interessant" on behalf of one of the user's organisations. `forbidden`: not the user's
 * organisation, or not a party to the pair (the policy); `gone`: the pair no longer exists.
 */
export async function dismissProposal(
	supabase: Client,
	input: Pair & { organisationId: string; userId: string }
): Promise<'dismissed' | 'forbidden' | 'gone'> {
	const membership = await membershipOf(supabase, input.organisationId, input.userId);
	if (!membership) return 'forbidden';
	const { error } = await supabase.from('proposal_dismissals').insert({
		request_id: input.requestId,
		offer_id: input.offerId,
		organisation_id: input.organisationId,
		municipality_id: membership.municipalityId,
		dismissed_by: input.userId
	});
	if (!error) return 'dismissed';
	const refusal = expectRefusal(error, ['forbidden', 'not_found', 'duplicate'], 'Dismissing proposal');
	// Dismissed before (a second click, another tab): the outcome is the same.
	if (refusal === 'duplicate') return 'dismissed';
	return refusal === 'forbidden' ? 'forbidden' : 'gone';
}

/**
 * "Toch interessant": withdraws the organisation's dismissal of a pair, so the engine may propose
 * it again (the caller rematches the request). `forbidden`: not the user's organisation;
 * `gone`: there was no such dismissal (withdrawn before, in another tab).
 */
export async function withdrawDismissal(
	supabase: Client,
	input: Pair & { organisationId: string; userId: string }
): Promise<'withdrawn' | 'forbidden' | 'gone'> {
	const membership = await membershipOf(supabase, input.organisationId, input.userId);
	if (!membership) return 'forbidden';
	const { data, error } = await supabase
		.from('proposal_dismissals')
		.delete()
		.eq('request_id', input.requestId)
		.eq('offer_id', input.offerId)
		.eq('organisation_id', input.organisationId)
		.select('request_id');
	if (error) throw new Error(`Withdrawing dismissal failed: ${error.message}`);
	return data.length > 0 ? 'withdrawn' : 'gone';
}
