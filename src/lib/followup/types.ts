// What the follow-up pages get from $lib/server/followup: plain objects, safe for the browser.
import type { DealState } from '$lib/deals';
import type { ListingCategory } from '$lib/listings';
import type { FollowupAnswer, FollowupQuestion, OpenState } from './vocabulary';

export type FollowupCall = {
	organisationName: string;
	name: string;
	phone: string | null;
	email: string | null;
};

export type FollowupRow = {
	dealId: string;
	whatGiven: string;
	category: ListingCategory;
	state: OpenState;
	giverName: string;
	receiverName: string;
	agreedAt: string | null;
	/** Whole days since agreement. */
	ageDays: number;
	deadline: string | null;
	/** The deadline has passed and the deal still runs. */
	overdue: boolean;
	openQuestion: {
		question: FollowupQuestion;
		organisationName: string;
		askedAt: string;
		remindedAt: string | null;
	} | null;
	lastAnswer: {
		question: FollowupQuestion;
		answer: FollowupAnswer;
		organisationName: string;
		answeredAt: string;
	} | null;
	/** Whom the municipality calls: the party with an open question, else party B. */
	call: FollowupCall | null;
	/** 0 overdue, 1 reminded without answer, 2 asked without answer, 3 no contact yet, 4 running. */
	urgency: number;
};

export type FollowupFilters = {
	state: OpenState | null;
	category: ListingCategory | null;
	overdue: boolean;
	/** Only the matches made at this beursvloer edition. */
	edition?: string;
};

export type FollowupList = {
	rows: FollowupRow[];
	/** Every deal of the municipality by state, whatever the filter. */
	totals: Record<DealState, number>;
};

export type KeurmerkDeal = {
	id: string;
	category: ListingCategory;
	whatGiven: string;
	role: 'giver' | 'receiver';
	partner: string;
	closedAt: string | null;
	value: number;
};

export type Keurmerk = {
	organisation: { id: string; name: string; slug: string; place: string | null };
	deals: KeurmerkDeal[];
	total: number;
};

/** What an answer link says when opened (GET) or used (POST). */
export type AnswerLinkStatus = 'ok' | 'answered' | 'already_answered' | 'closed' | 'expired' | 'invalid';

export type AnswerLinkView = {
	status: AnswerLinkStatus;
	question: FollowupQuestion | null;
	answer: FollowupAnswer | null;
	whatGiven: string | null;
	organisationName: string | null;
	giverName: string | null;
	receiverName: string | null;
	state: DealState | null;
};
