import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { DealMessageKey } from '$lib/deals';
import type { MailDeps } from '$lib/server/email/outbox';

export type {
	DealContact,
	DealDetail,
	DealEvent,
	DealForm,
	DealState,
	DealSummary,
	RateVersion
} from '$lib/deals';

/** The request's client (RLS applies); for the emails, the service-role client in `DealMail`. */
export type Client = SupabaseClient<Database>;

/** What the domain refuses, in its own words. */
export type DealFailure =
	| 'not_found'
	| 'forbidden'
	| 'frozen'
	| 'invalid_transition'
	| 'insufficient_quantity'
	| 'listing_taken'
	| 'listing_unavailable'
	| 'not_a_party'
	| 'counterparty_required'
	| 'same_organisation'
	| 'rates_in_past'
	| 'quota_exceeded'
	| 'invalid';

export type Result<T> =
	| { ok: true; value: T }
	| {
			ok: false;
			reason: DealFailure;
			/** Key into the app dictionary, and the text in both languages. */
			key: DealMessageKey;
			messages: { nl: string; en: string };
	  };

/**
 * Sending the deal emails: the outbox (service-role client and mailer) and the site's origin for
 * the links. Leave it out and no email is sent (seeding, some tests).
 */
export type DealMail = MailDeps;

export type StartDealInput = {
	offerId?: string | null;
	requestId?: string | null;
	proposalId?: string | null;
	/** The other party, when only one listing is given and it is the caller's own. */
	counterpartyOrganisationId?: string | null;
	/** The caller's organisation, when they belong to more than one. */
	organisationId?: string | null;
	quantity?: number | null;
	message?: string;
};

/** What the answering RPCs return. */
export type DealStep = {
	id: string;
	state: import('$lib/deals').DealState;
	changed: boolean;
	created?: boolean;
};
