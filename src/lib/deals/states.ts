import type { DealState } from './vocabulary';

/**
 * Which state may follow which; enforced in SQL (private.deal_transition_allowed). Agreeing and
 * declining are answers (respondToDeal), the others steps (transitionDeal).
 */
export const DEAL_TRANSITIONS: Record<DealState, readonly DealState[]> = {
	interested: ['agreed', 'declined', 'cancelled'],
	agreed: ['in_progress', 'carried_out', 'not_feasible', 'cancelled'],
	in_progress: ['carried_out', 'not_feasible', 'cancelled'],
	carried_out: [],
	not_feasible: [],
	cancelled: [],
	declined: []
};

export function canTransition(from: DealState, to: DealState): boolean {
	return DEAL_TRANSITIONS[from].includes(to);
}

/** The steps a party takes with transitionDeal (not the answers). */
export function stepActions(state: DealState): DealState[] {
	return DEAL_TRANSITIONS[state].filter((s) => s !== 'agreed' && s !== 'declined');
}

/** What municipality staff may record (follow-up by phone): steps after agreement only. */
export function staffActions(state: DealState): DealState[] {
	return state === 'interested' ? [] : stepActions(state);
}

/** The matchformulier can be changed only before agreement. */
export const formEditable = (state: DealState) => state === 'interested';

/**
 * Whether the organisation still has to answer this deal (accept or decline): it is a party, the
 * deal is interested and its side has not said yes (again, after the other side edited the form).
 */
export function awaitsAnswerFrom(
	deal: {
		state: DealState;
		giver: { organisationId: string; acceptedAt: string | null };
		receiver: { organisationId: string; acceptedAt: string | null };
	},
	organisationId: string
): boolean {
	if (deal.state !== 'interested') return false;
	const side = [deal.giver, deal.receiver].find((p) => p.organisationId === organisationId);
	return side !== undefined && side.acceptedAt === null;
}
