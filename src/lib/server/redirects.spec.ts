import { describe, expect, it } from 'vitest';
import { isProtectedPath, safeNext } from './redirects';

describe('safeNext', () => {
	it('keeps same-site paths with their query', () => {
		expect(safeNext('/uitnodigingen?x=1')).toBe('/uitnodigingen?x=1');
	});

	it('refuses other sites and odd schemes', () => {
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'javascript:alert(1)',
			''
		]) {
			expect(safeNext(bad)).toBe('/mijn');
		}
	});
});

describe('isProtectedPath', () => {
	it('covers the signed-in areas but not look-alike paths', () => {
		expect(isProtectedPath('/mijn/account')).toBe(true);
		expect(isProtectedPath('/beheer')).toBe(true);
		expect(isProtectedPath('/mijnheer')).toBe(false);
		expect(isProtectedPath('/organisaties')).toBe(false);
	});
});
