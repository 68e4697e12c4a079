import { describe, expect, it } from 'vitest';
import { isForbiddenCrossSite } from './csrf';

const url = (path: string) => new URL(`https://beursvloer.example.nl${path}`);
const post = (path: string, headers: Record<string, string>) =>
	[new Request(url(path), { method: 'POST', headers, body: 'a=b' }), url(path)] as const;
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const TOKEN = 'eyJwIjoidW5zdWJzY3JpYmUifQ.abc_DEF-123';

describe('cross-site form posts', () => {
	it('lets same-origin form posts through', () => {
		expect(
			isForbiddenCrossSite(
				...post('/mijn/account?/profile', { ...FORM, origin: 'https://beursvloer.example.nl' })
			)
		).toBe(false);
	});

	it('refuses cross-site and origin-less form posts everywhere else', () => {
		for (const type of [
			'application/x-www-form-urlencoded',
			'multipart/form-data; boundary=x',
			'text/plain'
		]) {
			expect(
				isForbiddenCrossSite(
					...post('/mijn/account', { 'content-type': type, origin: 'https://evil.example' })
				)
			).toBe(true);
		}
		expect(isForbiddenCrossSite(...post('/mijn/account', FORM))).toBe(true);
		// Not the unsubscribe path: a prefix or a longer path is no exemption.
		expect(
			isForbiddenCrossSite(...post(`/afmelden/${TOKEN}/extra`, { ...FORM, origin: 'https://evil.example' }))
		).toBe(true);
		expect(isForbiddenCrossSite(...post('/afmelden', { ...FORM, origin: 'https://evil.example' }))).toBe(
			true
		);
	});

	it('lets a mail client post the one-click unsubscribe from anywhere', () => {
		expect(
			isForbiddenCrossSite(...post(`/afmelden/${TOKEN}`, { ...FORM, origin: 'https://mail.google.com' }))
		).toBe(false);
		expect(isForbiddenCrossSite(...post(`/afmelden/${TOKEN}`, FORM))).toBe(false);
	});

	it('leaves JSON and GET requests to the routes', () => {
		expect(
			isForbiddenCrossSite(
				...post('/mijn/account', { 'content-type': 'application/json', origin: 'https://evil.example' })
			)
		).toBe(false);
		expect(isForbiddenCrossSite(new Request(url('/mijn/account')), url('/mijn/account'))).toBe(false);
	});
});
