import type { DealMessageKey } from '$lib/deals';
import { translate } from '$lib/i18n';
import { classifyDbError, type DbError, type DbRefusal } from '$lib/server/db-errors';
import type { DealFailure, Result } from './types';

const FAILURES: Partial<Record<DbRefusal, DealFailure>> = {
	not_found: 'not_found',
	forbidden: 'forbidden',
	deal_frozen: 'frozen',
	invalid_transition: 'invalid_transition',
	insufficient_quantity: 'insufficient_quantity',
	listing_taken: 'listing_taken',
	listing_unavailable: 'listing_unavailable',
	not_a_party: 'not_a_party',
	counterparty_required: 'counterparty_required',
	same_organisation: 'same_organisation',
	rates_in_past: 'rates_in_past',
	quota_exceeded: 'quota_exceeded',
	invalid: 'invalid'
};

const KEYS: Record<DealFailure, DealMessageKey> = {
	not_found: 'deal.failure.not_found',
	forbidden: 'deal.failure.forbidden',
	frozen: 'deal.failure.frozen',
	invalid_transition: 'deal.failure.invalid_transition',
	insufficient_quantity: 'deal.failure.insufficient_quantity',
	listing_taken: 'deal.failure.listing_taken',
	listing_unavailable: 'deal.failure.listing_unavailable',
	not_a_party: 'deal.failure.not_a_party',
	counterparty_required: 'deal.failure.counterparty_required',
	same_organisation: 'deal.failure.same_organisation',
	rates_in_past: 'deal.failure.rates_in_past',
	quota_exceeded: 'deal.failure.quota_exceeded',
	invalid: 'deal.failure.invalid'
};

export function failure<T>(reason: DealFailure): Result<T> {
	const key = KEYS[reason];
	return { ok: false, reason, key, messages: { nl: translate('nl', key), en: translate('en', key) } };
}

/** An expected refusal becomes a failed Result; anything else is thrown. */
export function fromDbError<T>(error: DbError, what: string): Result<T> {
	const refusal = classifyDbError(error);
	const reason = refusal && FAILURES[refusal];
	if (!reason) throw new Error(`${what} failed: ${error.message} (${error.code ?? 'no code'})`);
	return failure(reason);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
