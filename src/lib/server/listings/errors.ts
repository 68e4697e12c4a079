import type { ListingFailure, Result } from './types';

/** The shape of a PostgREST error as supabase-js returns it. */
export interface DbError {
	code?: string;
	message: string;
	hint?: string | null;
	details?: string | null;
}

/**
 * Maps a database refusal to an expected failure, or undefined when it is a real error.
 * The hints are set by the triggers in the listings migration (errcode plus a stable hint).
 */
export function classifyDbError(error: DbError): ListingFailure | undefined {
	if (error.hint === 'invalid_transition' || error.hint === 'invalid_state') return 'invalid_transition';
	if (error.hint === 'ends_in_past') return 'ends_in_past';
	if (error.hint === 'immutable') return 'forbidden';
	// The database's daily quota of new listings (migration close_write_paths).
	if (error.hint === 'quota_exceeded') return 'invalid';
	switch (error.code) {
		case '42501': // RLS: new row violates row-level security policy
			return 'forbidden';
		case '23505': // one open report per user per listing
			return 'already_reported';
		case '23503': // foreign key: listing or organisation does not exist
			return 'not_found';
		case '22P02': // not a uuid
			return 'not_found';
		case '23514': // check constraint
		case '22001': // value too long
		case '22003': // numeric out of range
		case '22007': // invalid date
		case '22008':
			return 'invalid';
		default:
			return undefined;
	}
}

export function failure<T>(reason: ListingFailure, message: string): Result<T> {
	return { ok: false, reason, message };
}

/** Turns an expected refusal into a failed Result and throws on anything else. */
export function fromDbError<T>(error: DbError, what: string): Result<T> {
	const reason = classifyDbError(error);
	if (!reason) throw new Error(`${what} failed: ${error.message} (${error.code ?? 'no code'})`);
	return failure(reason, error.message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
