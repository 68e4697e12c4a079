import { describe, expect, it } from 'vitest';
import { signLink, verifyLink } from './token';

const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';
const OTHER = 'another-secret-0123456789abcdef0123456789ab';
const NOW = new Date('2026-12-02T10:00:00Z');
const LATER = new Date('2026-12-09T10:00:00Z');

describe('signed links', () => {
	it('round-trips subject, extra and expiry', () => {
		const token = signLink(SECRET, 'unsubscribe', 'user-1', LATER, { kind: 'deal_started', n: 3 });
		expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
		const result = verifyLink(SECRET, token, 'unsubscribe', NOW);
		expect(result).toEqual({
			ok: true,
			subject: 'user-1',
			extra: { kind: 'deal_started', n: 3 },
			expiresAt: LATER
		});
	});

	it('gives an empty extra when none was signed', () => {
		const result = verifyLink(SECRET, signLink(SECRET, 'answer', 's', LATER), 'answer', NOW);
		expect(result).toMatchObject({ ok: true, extra: {} });
	});

	it('refuses a token signed with another secret as forged', () => {
		const token = signLink(OTHER, 'unsubscribe', 'user-1', LATER);
		expect(verifyLink(SECRET, token, 'unsubscribe', NOW)).toEqual({ ok: false, reason: 'forged' });
	});

	it('refuses a token whose payload was changed as forged', () => {
		const token = signLink(SECRET, 'unsubscribe', 'user-1', LATER);
		const [, signature] = token.split('.');
		const payload = Buffer.from(
			JSON.stringify({ p: 'unsubscribe', s: 'user-2', e: Math.floor(LATER.getTime() / 1000) })
		).toString('base64url');
		expect(verifyLink(SECRET, `${payload}.${signature}`, 'unsubscribe', NOW)).toEqual({
			ok: false,
			reason: 'forged'
		});
		// A truncated signature too.
		expect(verifyLink(SECRET, token.slice(0, -2), 'unsubscribe', NOW)).toEqual({
			ok: false,
			reason: 'forged'
		});
	});

	it('refuses a token for another purpose', () => {
		const token = signLink(SECRET, 'followup_answer', 'deal-1', LATER);
		expect(verifyLink(SECRET, token, 'unsubscribe', NOW)).toEqual({
			ok: false,
			reason: 'wrong_purpose'
		});
	});

	it('refuses an expired token, from the second it expires', () => {
		const token = signLink(SECRET, 'unsubscribe', 'user-1', LATER);
		expect(verifyLink(SECRET, token, 'unsubscribe', new Date(LATER.getTime() - 1000)).ok).toBe(true);
		expect(verifyLink(SECRET, token, 'unsubscribe', LATER)).toEqual({ ok: false, reason: 'expired' });
	});

	it('refuses malformed tokens', () => {
		for (const token of ['', 'abc', 'a.b.c', 'a b.c', '!!.??', 'x'.repeat(5000), null, 42]) {
			expect(verifyLink(SECRET, token, 'unsubscribe', NOW)).toEqual({ ok: false, reason: 'malformed' });
		}
	});

	it('refuses a correctly signed body that is not a link payload as malformed', async () => {
		const { createHmac } = await import('node:crypto');
		const body = Buffer.from('not json').toString('base64url');
		const signature = createHmac('sha256', SECRET)
			.update('beursvloer-link-v1.' + body)
			.digest('base64url');
		expect(verifyLink(SECRET, `${body}.${signature}`, 'unsubscribe', NOW)).toEqual({
			ok: false,
			reason: 'malformed'
		});
	});

	it('will not sign or verify with a missing or short secret', () => {
		expect(() => signLink('', 'unsubscribe', 'u', LATER)).toThrow(/secret/);
		expect(() => signLink('short', 'unsubscribe', 'u', LATER)).toThrow(/secret/);
		expect(() => verifyLink('short', 'a.b', 'unsubscribe')).toThrow(/secret/);
	});

	it('checks purpose and subject when signing', () => {
		expect(() => signLink(SECRET, 'Bad Purpose', 'u', LATER)).toThrow(/purpose/);
		expect(() => signLink(SECRET, 'unsubscribe', '', LATER)).toThrow(/subject/);
	});
});
