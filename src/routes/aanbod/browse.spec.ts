import { describe, expect, it } from 'vitest';
import { pageCount } from './browse.server';

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
