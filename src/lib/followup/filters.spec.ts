import { describe, expect, it } from 'vitest';
import { followupFilterQuery, parseFollowupFilters } from './filters';

describe('follow-up filters', () => {
	it('reads the filter from the URL and ignores what it does not know', () => {
		expect(parseFollowupFilters(new URLSearchParams('status=agreed&categorie=hands&te-laat=ja'))).toEqual({
			state: 'agreed',
			category: 'hands',
			overdue: true
		});
		expect(parseFollowupFilters(new URLSearchParams('status=carried_out&categorie=x&te-laat=1'))).toEqual({
			state: null,
			category: null,
			overdue: false
		});
	});

	it('writes the same filter back as a query string', () => {
		expect(followupFilterQuery({ state: 'in_progress', category: null, overdue: true })).toBe(
			'?status=in_progress&te-laat=ja'
		);
		expect(followupFilterQuery({ state: null, category: null, overdue: false })).toBe('');
	});
});
