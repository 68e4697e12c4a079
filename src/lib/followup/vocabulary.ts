// Follow-up (nazorg): the questions asked about an agreed deal and their one-click answers.
import type { DealState } from '$lib/deals';

export const FOLLOWUP_QUESTIONS = ['contact', 'carried_out'] as const;
export type FollowupQuestion = (typeof FOLLOWUP_QUESTIONS)[number];

export const FOLLOWUP_ANSWERS = ['contact', 'no_contact', 'carried_out', 'not_feasible'] as const;
export type FollowupAnswer = (typeof FOLLOWUP_ANSWERS)[number];

/** The answers offered for each question, in the order of the email's links. */
export const ANSWERS_FOR: Record<FollowupQuestion, readonly FollowupAnswer[]> = {
	contact: ['contact', 'no_contact'],
	carried_out: ['carried_out', 'not_feasible']
};

export function isFollowupAnswer(value: unknown): value is FollowupAnswer {
	return typeof value === 'string' && (FOLLOWUP_ANSWERS as readonly string[]).includes(value);
}

/** The follow-up list shows the deals that still run. */
export const OPEN_STATES = ['agreed', 'in_progress'] as const satisfies readonly DealState[];
export type OpenState = (typeof OPEN_STATES)[number];

/** Days: party B is asked about contact this long after agreement; an open question is reminded after a week. */
export const CONTACT_AFTER_DAYS = 14;
export const REMIND_AFTER_DAYS = 7;
/** How long an answer link in an email works. */
export const LINK_VALID_DAYS = 30;

export const FOLLOWUP_LINK_PURPOSE = 'followup_answer';
export const FOLLOWUP_PATH = '/opvolging';
export const FOLLOWUP_LIST_PATH = '/matchmaken/opvolging';
export const keurmerkPath = (slug: string) => `/keurmerk/${encodeURIComponent(slug)}`;
