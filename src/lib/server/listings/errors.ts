import { classifyDbError, type DbError, type DbRefusal } from '$lib/server/db-errors';
import type { ListingFailure, Result } from './types';

export type { DbError };

// The listing domain's reading of a refusal: one open report per user per listing is the
// only unique constraint a listing write can hit.
const LISTING_FAILURES: Partial<Record<DbRefusal, ListingFailure>> = {
	invalid_transition: 'invalid_transition',
	ends_in_past: 'ends_in_past',
	forbidden: 'forbidden',
	duplicate: 'already_reported',
	not_found: 'not_found',
	invalid: 'invalid',
	quota_exceeded: 'quota_exceeded'
};

/** Maps a database refusal to an expected failure, or undefined when it is a real error. */
export function classifyListingError(error: DbError): ListingFailure | undefined {
	const refusal = classifyDbError(error);
	return refusal && LISTING_FAILURES[refusal];
}

export function failure<T>(reason: ListingFailure, message: string): Result<T> {
	return { ok: false, reason, message };
}

/** Turns an expected refusal into a failed Result and throws on anything else. */
export function fromDbError<T>(error: DbError, what: string): Result<T> {
	const reason = classifyListingError(error);
	if (!reason) throw new Error(`${what} failed: ${error.message} (${error.code ?? 'no code'})`);
	return failure(reason, error.message);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
