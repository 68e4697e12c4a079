import { describe, expect, it } from 'vitest';
import { classifyListingError } from './errors';
import { saveFailureErrors } from './form';
import { pageCount, searchArgs } from './search';

describe('searchArgs', () => {
	it('browses open listings, newest first, 20 per page by default', () => {
		expect(searchArgs({})).toMatchObject({
			p_query: null,
			p_states: ['open'],
			p_sort: 'newest',
			p_limit: 20,
			p_offset: 0
		});
	});

	it('sorts by relevance when there are words to rank by', () => {
		expect(searchArgs({ query: ' laptop ' })).toMatchObject({ p_query: 'laptop', p_sort: 'relevance' });
		expect(searchArgs({ query: '', sort: 'relevance' }).p_sort).toBe('newest');
	});

	it('turns a place and radius into a centre from the places list', () => {
		const args = searchArgs({ place: 'daarle', maxKm: 10, sort: 'distance' });
		expect(args.p_lat).toBeCloseTo(52.433, 2);
		expect(args.p_lon).toBeCloseTo(6.55, 2);
		expect(args.p_max_km).toBe(10);
		expect(args.p_place).toBeNull();
		expect(args.p_sort).toBe('distance');
	});

	it('filters on the exact place without a radius, and ignores unknown places', () => {
		expect(searchArgs({ place: 'Haarle' })).toMatchObject({ p_place: 'Haarle', p_max_km: null });
		expect(searchArgs({ place: 'Atlantis', maxKm: 5, sort: 'distance' })).toMatchObject({
			p_place: null,
			p_lat: null,
			p_max_km: null,
			p_sort: 'newest'
		});
	});

	it('clamps paging', () => {
		expect(searchArgs({ page: 3, pageSize: 10 })).toMatchObject({ p_limit: 10, p_offset: 20 });
		expect(searchArgs({ page: -1, pageSize: 5000 })).toMatchObject({ p_limit: 100, p_offset: 0 });
	});
});

describe('classifyListingError', () => {
	it('recognises the refusals the listings triggers and policies raise', () => {
		expect(classifyListingError({ code: '23514', message: 'x', hint: 'invalid_transition' })).toBe(
			'invalid_transition'
		);
		expect(classifyListingError({ code: '23514', message: 'x', hint: 'ends_in_past' })).toBe('ends_in_past');
		expect(
			classifyListingError({ code: '42501', message: 'new row violates row-level security policy' })
		).toBe('forbidden');
		expect(classifyListingError({ code: '23505', message: 'duplicate key' })).toBe('already_reported');
		expect(classifyListingError({ code: 'P0001', message: 'quota exceeded', hint: 'quota_exceeded' })).toBe(
			'quota_exceeded'
		);
		expect(classifyListingError({ code: '08006', message: 'connection failure' })).toBeUndefined();
	});
});

describe('pageCount', () => {
	it('counts the pages of an exact total', () => {
		expect(pageCount(0, false, 1, 0, 20)).toBe(1);
		expect(pageCount(41, false, 1, 20, 20)).toBe(3);
	});

	it('pages on past a capped count while pages are full', () => {
		expect(pageCount(200, true, 1, 20, 20)).toBe(10);
		expect(pageCount(200, true, 10, 20, 20)).toBe(11);
		expect(pageCount(200, true, 14, 20, 20)).toBe(15);
		// The last, partly filled page ends it.
		expect(pageCount(200, true, 15, 7, 20)).toBe(15);
	});
});

describe('saveFailureErrors', () => {
	it('says a daily quota in words, not as a generic failure', () => {
		expect(saveFailureErrors('quota_exceeded', 'offer', 'nl').form).toMatch(/maximum/);
		expect(saveFailureErrors('invalid', 'offer', 'nl').form).toMatch(/Er ging iets mis/);
		expect(saveFailureErrors('ends_in_past', 'request', 'nl').needed_by).toBeTruthy();
	});
});
