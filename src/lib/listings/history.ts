import type { ListingEvent } from './types';
import type { ListingState } from './vocabulary';

/** The fields a history entry names; coordinates follow the place and are left out. */
export const HISTORY_FIELDS = [
	'title',
	'description',
	'category',
	'amount',
	'estimated_hours',
	'estimated_value',
	'place',
	'available_from',
	'available_until',
	'needed_by',
	'wants_in_return',
	'can_offer_in_return'
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** One line of a listing's history as the owner's page shows it: what, when and by whom, no values. */
export interface HistoryEntry {
	id: number;
	action: ListingEvent['action'];
	oldState: ListingState | null;
	newState: ListingState | null;
	fields: HistoryField[];
	by: 'you' | 'other' | 'system';
	createdAt: string;
}

export function toHistoryEntry(
	event: Pick<
		ListingEvent,
		'id' | 'action' | 'actorId' | 'oldState' | 'newState' | 'changedFields' | 'createdAt'
	>,
	userId: string
): HistoryEntry {
	return {
		id: event.id,
		action: event.action,
		oldState: event.oldState,
		newState: event.newState,
		fields: HISTORY_FIELDS.filter((f) => event.changedFields.includes(f)),
		by: event.actorId === null ? 'system' : event.actorId === userId ? 'you' : 'other',
		createdAt: event.createdAt
	};
}
