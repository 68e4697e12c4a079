// The one place where database error codes and trigger hints become domain words. Domain
// modules map what they expect (a duplicate, a refusal, the last owner) to their own results
// and throw on anything else; routes never see a PostgreSQL error code.

/** The shape of a PostgREST error as supabase-js returns it. */
export interface DbError {
	code?: string;
	message: string;
	hint?: string | null;
	details?: string | null;
}

/** What the database refused, in the domain's words. */
export type DbRefusal =
	/** RLS or a missing grant; a trigger protecting a column ('immutable'). */
	| 'forbidden'
	/** A unique constraint: the row is there already. */
	| 'duplicate'
	/** A foreign key to nothing, a malformed id, or a function that found no row. */
	| 'not_found'
	/** A check constraint, a value too long, out of range or not a date. */
	| 'invalid'
	/** The listings triggers: a state that may not follow, or an end date in the past. */
	| 'invalid_transition'
	| 'ends_in_past'
	/** keep_an_owner: an organisation keeps at least one owner. */
	| 'last_owner'
	/** accept_invitation: too late, or accepted before. */
	| 'expired'
	| 'already_accepted'
	/** The database's daily quotas per user and organisation (against mass inserts). */
	| 'quota_exceeded'
	/** organisations_kvk_once: another organisation of the municipality has this KvK number. */
	| 'duplicate_kvk'
	/** The invitation guard: the address belongs to a member of the organisation already. */
	| 'already_member'
	/** Deals (60_deals.sql): the form after agreement, an amount or listing already promised. */
	| 'deal_frozen'
	| 'insufficient_quantity'
	| 'listing_taken'
	| 'listing_unavailable'
	| 'not_a_party'
	| 'counterparty_required'
	| 'same_organisation'
	| 'rates_in_past'
	/** The beursvloer's match forms (75_event_floor.sql). */
	| 'party_not_found'
	| 'corner_not_found'
	| 'listing_mismatch'
	| 'remark_required'
	| 'already_ratified';

// Raised by our triggers and functions with a stable hint (errcode P0001 or a check's code).
const HINTS: Record<string, DbRefusal> = {
	invalid_transition: 'invalid_transition',
	invalid_state: 'invalid_transition',
	ends_in_past: 'ends_in_past',
	immutable: 'forbidden',
	last_owner: 'last_owner',
	expired: 'expired',
	already_accepted: 'already_accepted',
	not_found: 'not_found',
	quota_exceeded: 'quota_exceeded',
	already_member: 'already_member',
	deal_frozen: 'deal_frozen',
	insufficient_quantity: 'insufficient_quantity',
	listing_taken: 'listing_taken',
	listing_unavailable: 'listing_unavailable',
	not_a_party: 'not_a_party',
	counterparty_required: 'counterparty_required',
	same_organisation: 'same_organisation',
	rates_in_past: 'rates_in_past',
	party_not_found: 'party_not_found',
	corner_not_found: 'corner_not_found',
	listing_mismatch: 'listing_mismatch',
	remark_required: 'remark_required',
	already_ratified: 'already_ratified'
};

// Unique indexes whose violation means more than "the row is there already".
const CONSTRAINTS: Record<string, DbRefusal> = {
	organisations_kvk_once: 'duplicate_kvk'
};

const CODES: Record<string, DbRefusal> = {
	'42501': 'forbidden', // RLS: new row violates row-level security policy; no grant
	'23505': 'duplicate', // unique_violation
	'23503': 'not_found', // foreign_key_violation: the row referred to does not exist
	'22P02': 'not_found', // invalid_text_representation: not a uuid
	P0002: 'not_found', // no_data_found, raised by functions
	'23514': 'invalid', // check_violation
	'22001': 'invalid', // string_data_right_truncation
	'22003': 'invalid', // numeric_value_out_of_range
	'22007': 'invalid', // invalid_datetime_format
	'22008': 'invalid' // datetime_field_overflow
};

/** The refusal this error stands for, or undefined when it is a real error (to be thrown). */
export function classifyDbError(error: DbError): DbRefusal | undefined {
	if (error.code === '23505') {
		const constraint = /unique constraint "([^"]+)"/.exec(error.message)?.[1];
		if (constraint && CONSTRAINTS[constraint]) return CONSTRAINTS[constraint];
	}
	return (error.hint ? HINTS[error.hint] : undefined) ?? (error.code ? CODES[error.code] : undefined);
}

/** Throws a real error; returns the refusal when it is one of those the caller expects. */
export function expectRefusal<R extends DbRefusal>(error: DbError, expected: readonly R[], what: string): R {
	const refusal = classifyDbError(error);
	const found = expected.find((r) => r === refusal);
	if (!found) throw new Error(`${what} failed: ${error.message} (${error.code ?? 'no code'})`);
	return found;
}
