import { describe, expect, it } from 'vitest';
import { nextFreeSlug, slugify } from './slug';

describe('slugify', () => {
	it('makes readable, URL-safe slugs from Dutch names', () => {
		expect(slugify("Café 't Hoekje")).toBe('cafe-t-hoekje');
		expect(slugify('  Bakkerij & Zonen B.V.  ')).toBe('bakkerij-en-zonen-b-v');
		expect(slugify('!!!')).toBe('organisatie');
	});

	it('stays within the database limit', () => {
		expect(slugify('a'.repeat(200)).length).toBeLessThanOrEqual(80);
	});
});

describe('nextFreeSlug', () => {
	it('appends -2, -3 on conflict', () => {
		expect(nextFreeSlug('vv-nijverdal', [])).toBe('vv-nijverdal');
		expect(nextFreeSlug('vv-nijverdal', ['vv-nijverdal'])).toBe('vv-nijverdal-2');
		expect(nextFreeSlug('vv-nijverdal', ['vv-nijverdal', 'vv-nijverdal-2'])).toBe('vv-nijverdal-3');
	});
});
