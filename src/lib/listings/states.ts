import type { ListingState } from './vocabulary';

/** Which state may follow which; the same table is enforced in SQL (private.listing_transition_allowed). */
export const LISTING_TRANSITIONS: Record<ListingState, readonly ListingState[]> = {
	draft: ['open', 'closed'],
	open: ['paused', 'matched', 'closed', 'expired'],
	paused: ['open', 'matched', 'closed', 'expired'],
	matched: ['open', 'closed'],
	closed: ['open'],
	expired: ['open', 'closed']
};

export function canTransition(from: ListingState, to: ListingState): boolean {
	return from === to || LISTING_TRANSITIONS[from].includes(to);
}

/** What an owner can do by hand: expiry is the system's. */
export function ownerActions(state: ListingState): ListingState[] {
	return LISTING_TRANSITIONS[state].filter((s) => s !== 'expired');
}
