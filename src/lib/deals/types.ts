// What the deal pages get from the domain module (src/lib/server/deals): plain objects, safe to
// send to the browser.
import type { MessageKey } from '$lib/i18n';
import type { ListingCategory } from '$lib/listings';
import type { DealEventAction, DealState } from './vocabulary';
import type { Rates, SocialValue } from './value';

/** The deal flow's own texts in the app dictionary: states, events, fields, errors, refusals. */
export type DealMessageKey = Extract<MessageKey, `deal.${string}`>;

export type DealForm = {
	quantity: number | null;
	category: ListingCategory;
	whatGiven: string;
	inReturn: string;
	hoursHands: number;
	hoursExpertise: number;
	hoursStudents: number;
	materialsValue: number;
	otherCosts: number;
	/** yyyy-mm-dd; null until agreed (then agreement date + 1 year unless chosen). */
	deadline: string | null;
};

export type DealParty = { organisationId: string; name: string; acceptedAt: string | null };
export type DealListingRef = { id: string; title: string; quantity: number | null } | null;

export type DealSummary = {
	id: string;
	municipalityId: string;
	state: DealState;
	giver: DealParty;
	receiver: DealParty;
	offer: DealListingRef;
	request: DealListingRef;
	proposalId: string | null;
	cycleId: string | null;
	cycleGroup: string | null;
	cycleLeg: number | null;
	startedByOrganisationId: string;
	form: DealForm;
	agreedAt: string | null;
	closedAt: string | null;
	createdAt: string;
	updatedAt: string;
	/** With the rate version kept at agreement, or today's before it. */
	socialValue: SocialValue;
};

export type DealEvent = {
	id: number;
	action: DealEventAction;
	fromState: DealState | null;
	toState: DealState;
	message: string;
	actorId: string | null;
	actorOrganisationId: string | null;
	createdAt: string;
};

export type DealContact = {
	organisationId: string;
	name: string;
	email: string | null;
	phone: string | null;
};

export type RateVersion = Rates & {
	id: string;
	municipalityId: string;
	validFrom: string;
	createdAt: string;
};

export type DealDetail = DealSummary & {
	history: DealEvent[];
	/** Only those the reader may see: the own organisation's always, the other's from agreement on. */
	contacts: DealContact[];
	rates: RateVersion | null;
	/** The reader's organisation among the parties, or null (staff). */
	myOrganisationId: string | null;
};
