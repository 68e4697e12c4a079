import { describe, expect, it } from 'vitest';
import { classifyDbError, expectRefusal } from './db-errors';

describe('classifyDbError', () => {
	it('reads the hints our triggers and functions raise before the error code', () => {
		expect(classifyDbError({ code: '23514', message: 'x', hint: 'invalid_transition' })).toBe(
			'invalid_transition'
		);
		expect(classifyDbError({ code: 'P0001', message: 'x', hint: 'last_owner' })).toBe('last_owner');
		expect(classifyDbError({ code: 'P0001', message: 'x', hint: 'expired' })).toBe('expired');
		expect(classifyDbError({ code: 'P0001', message: 'x', hint: 'already_accepted' })).toBe(
			'already_accepted'
		);
	});

	it('names the refusals PostgreSQL raises by code, and nothing else', () => {
		expect(classifyDbError({ code: '42501', message: 'new row violates row-level security policy' })).toBe(
			'forbidden'
		);
		expect(classifyDbError({ code: '23505', message: 'duplicate key' })).toBe('duplicate');
		expect(classifyDbError({ code: '23503', message: 'foreign key' })).toBe('not_found');
		expect(classifyDbError({ code: 'P0002', message: 'no invitation' })).toBe('not_found');
		expect(classifyDbError({ code: 'P0001', message: 'raised without a hint' })).toBeUndefined();
		expect(classifyDbError({ code: '08006', message: 'connection failure' })).toBeUndefined();
	});

	it('names the unique indexes that mean more than a duplicate row', () => {
		const kvk = 'duplicate key value violates unique constraint "organisations_kvk_once"';
		expect(classifyDbError({ code: '23505', message: kvk })).toBe('duplicate_kvk');
		const slug = 'duplicate key value violates unique constraint "organisations_municipality_id_slug_key"';
		expect(classifyDbError({ code: '23505', message: slug })).toBe('duplicate');
		expect(classifyDbError({ code: 'P0001', message: 'x', hint: 'already_member' })).toBe('already_member');
	});

	it('throws what the caller did not expect', () => {
		expect(expectRefusal({ code: '23505', message: 'dup' }, ['duplicate'], 'Inviting')).toBe('duplicate');
		expect(() => expectRefusal({ code: '42501', message: 'rls' }, ['duplicate'], 'Inviting')).toThrow(
			/Inviting failed: rls \(42501\)/
		);
	});
});
