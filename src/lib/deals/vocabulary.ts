// The words of a deal (the step after a match): its states, the kinds of hours, the events in
// its history. The same lists are enums and checks in supabase/schemas/60_deals.sql.
import type { Enums } from '$lib/database.types';

export const DEAL_STATES = [
	'interested',
	'agreed',
	'in_progress',
	'carried_out',
	'not_feasible',
	'cancelled',
	'declined'
] as const satisfies readonly Enums<'deal_state'>[];
export type DealState = (typeof DEAL_STATES)[number];

/** Promised: the amount is taken and the contact details are shared. */
export const PROMISED_STATES = [
	'agreed',
	'in_progress',
	'carried_out'
] as const satisfies readonly DealState[];
/** Still going: one active deal per pair of listings and parties. */
export const ACTIVE_STATES = ['interested', 'agreed', 'in_progress'] as const satisfies readonly DealState[];
/** Nothing more happens. */
export const FINAL_STATES = [
	'carried_out',
	'not_feasible',
	'cancelled',
	'declined'
] as const satisfies readonly DealState[];

export const DEAL_EVENT_ACTIONS = [
	'started',
	'accepted',
	'declined',
	'agreed',
	'state_changed',
	'followup_answered'
] as const;
export type DealEventAction = (typeof DEAL_EVENT_ACTIONS)[number];

/** The kinds of hours the social value counts, each with its own rate. */
export const HOUR_KINDS = ['hands', 'expertise', 'students'] as const;
export type HourKind = (typeof HOUR_KINDS)[number];

/** Email kinds of the deal flow (email_outbox.kind). */
export const DEAL_EMAIL_KINDS = ['deal_started', 'deal_answered', 'deal_agreed'] as const;
export type DealEmailKind = (typeof DEAL_EMAIL_KINDS)[number];

export const DEAL_LIMITS = {
	text: 2000,
	message: 2000,
	hours: 10000,
	money: 1000000,
	quantity: 100000,
	contactName: 120
} as const;

export function isDealState(value: unknown): value is DealState {
	return typeof value === 'string' && (DEAL_STATES as readonly string[]).includes(value);
}
export const isPromised = (state: DealState) => (PROMISED_STATES as readonly DealState[]).includes(state);
export const isActive = (state: DealState) => (ACTIVE_STATES as readonly DealState[]).includes(state);
export const isFinal = (state: DealState) => (FINAL_STATES as readonly DealState[]).includes(state);
