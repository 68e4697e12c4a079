// Hosted Supabase Auth's rate limits in the local stand-in, and the lockout after wrong 6-digit
// codes. The shared stack raises the limits (all tests sign in from 127.0.0.1), so these tests
// run a handler of their own on the same database with the defaults npm run dev uses and a
// clock they move; the app's messages for the errors are checked on the real answers.
import { randomBytes } from 'node:crypto';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { translate } from '../../src/lib/i18n';
import { authErrorKey } from '../../src/lib/server/auth';
import { createAuthHandler, createRpc } from '../../supabase/local/auth/index.js';
import { HOSTED_RATE_LIMITS } from '../../supabase/local/auth/rate-limit.js';
import { adminClient, stack, uniqueEmail } from './clients';

const MINUTE = 60_000;

/** A stand-in on the shared database with hosted defaults, a movable clock and its own outbox. */
function limitedHandler() {
	const sent: { to: string; text: string }[] = [];
	const clock = { now: Date.now() };
	const server = createServer();
	let url = '';
	return {
		sent,
		url: () => url,
		/** Moves the stand-in's clock forward. */
		advance: (ms: number) => void (clock.now += ms),
		async start() {
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			const handler = createAuthHandler({
				jwtSecret: randomBytes(32).toString('hex'),
				rpc: createRpc(`${stack().url}/rest/v1`, stack().serviceRoleKey),
				sendMail: async (m) => void sent.push(m),
				publicUrl: url,
				siteUrl: 'http://127.0.0.1:5173',
				// The per-address gap between two e-mails reads the database clock; the hourly
				// project-wide limit under test is the stand-in's own.
				otpRateLimitSeconds: 0,
				bcryptCost: 4,
				now: () => clock.now
			});
			server.on('request', (req, res) => {
				void handler(req, res, new URL(req.url ?? '/', url).pathname.replace(/^\/auth\/v1/, ''));
			});
		},
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** POSTs JSON (or GETs, without a body) from a chosen loopback address, so that tests can be several clients. */
function call(
	base: string,
	path: string,
	body: unknown,
	from = '127.0.0.1'
): Promise<{ status: number; body: Record<string, unknown> }> {
	const target = new URL(`/auth/v1${path}`, base);
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: target.hostname,
				port: target.port,
				path: target.pathname + target.search,
				method: body === undefined ? 'GET' : 'POST',
				localAddress: from,
				headers: { 'content-type': 'application/json', apikey: stack().anonKey }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					const json = res.headers['content-type']?.includes('json');
					resolve({ status: res.statusCode ?? 0, body: json && text ? JSON.parse(text) : {} });
				});
			}
		);
		req.on('error', reject);
		req.end(body === undefined ? undefined : JSON.stringify(body));
	});
}

/** The statuses of n identical requests, sent one after the other. */
async function statuses(n: number, send: () => Promise<{ status: number }>) {
	const out: number[] = [];
	for (let i = 0; i < n; i++) out.push((await send()).status);
	return out;
}

const clientOptions = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	realtime: { transport: ws as never }
} as const;

const codeOf = (m: { text: string }) => m.text.match(/code[^:\n]*: (\d{6})/)?.[1] ?? '';

describe.skipIf(stack().db === 'external')('auth rate limits (hosted defaults)', () => {
	const h = limitedHandler();
	beforeAll(() => h.start());
	afterAll(() => h.stop());

	it('uses the numbers of hosted Supabase Auth', () => {
		expect(HOSTED_RATE_LIMITS).toEqual({
			email_sent: 30,
			token_refresh: 150,
			token_verifications: 30,
			sign_in_sign_ups: 30,
			burst: 30
		});
	});

	it('answers 429 past 30 password attempts from one address, refilling 150 per 5 minutes', async () => {
		const attempt = (from?: string) =>
			call(
				h.url(),
				'/token?grant_type=password',
				{ email: 'nobody@test.beursvloer.local', password: 'wrong-password' },
				from
			);
		expect(new Set(await statuses(30, () => attempt()))).toEqual(new Set([400]));
		const over = await attempt();
		expect(over).toEqual({
			status: 429,
			body: { code: 429, error_code: 'over_request_rate_limit', msg: 'Request rate limit reached' }
		});
		// The limit is per client address: another one still gets an answer.
		expect((await attempt('127.0.0.2')).status).toBe(400);

		// 150 per 5 minutes is one every 2 seconds once the burst is spent.
		h.advance(1_000);
		expect((await attempt()).status).toBe(429);
		h.advance(1_000);
		expect((await attempt()).status).toBe(400);
		expect((await attempt()).status).toBe(429);

		h.advance(5 * MINUTE);
		expect(new Set(await statuses(30, () => attempt()))).toEqual(new Set([400]));
		expect((await attempt()).status).toBe(429);
	});

	it('answers 429 past 30 code verifications per 5 minutes', async () => {
		const email = uniqueEmail('verify-limit');
		const verify = () => call(h.url(), '/verify', { type: 'email', email, token: '000000' }, '127.0.0.3');
		expect(new Set(await statuses(30, verify))).toEqual(new Set([403]));
		expect((await verify()).body.error_code).toBe('over_request_rate_limit');
		// E-mail links share the limit with codes.
		const link = await call(h.url(), '/verify?type=magiclink&token=unknown', undefined, '127.0.0.3');
		expect(link.status).toBe(429);
		expect((await call(h.url(), '/verify?type=magiclink&token=unknown', undefined, '127.0.0.7')).status).toBe(
			303
		);
		h.advance(5 * MINUTE);
		expect(new Set(await statuses(30, verify))).toEqual(new Set([403]));
		expect((await verify()).status).toBe(429);
	});

	it('answers 429 past 30 sign-in e-mail requests per 5 minutes, each endpoint on its own', async () => {
		const otp = () =>
			call(h.url(), '/otp', { email: uniqueEmail('otp-limit'), create_user: false }, '127.0.0.4');
		// Unknown addresses without sign-up: refused (422) and no e-mail, but counted.
		expect(new Set(await statuses(30, otp))).toEqual(new Set([422]));
		expect((await otp()).body.error_code).toBe('over_request_rate_limit');
		const signup = await call(
			h.url(),
			'/signup',
			{ email: 'not-an-address', password: 'test-wachtwoord-123' },
			'127.0.0.4'
		);
		expect(signup.body.error_code).toBe('email_address_invalid');
		h.advance(5 * MINUTE);
		expect((await otp()).status).toBe(422);
	});

	it('sends at most 30 e-mails an hour for the whole project', async () => {
		h.advance(60 * MINUTE);
		const email = uniqueEmail('mail-limit');
		const { error } = await adminClient().auth.admin.createUser({ email, email_confirm: true });
		expect(error).toBeNull();
		const before = h.sent.length;
		const ask = (from = '127.0.0.5') => call(h.url(), '/otp', { email }, from);
		for (let i = 0; i < 30; i++) {
			// Ten seconds apart keeps each address within its own request limit.
			h.advance(10_000);
			expect((await ask()).status).toBe(200);
		}
		expect(h.sent.length - before).toBe(30);
		h.advance(10_000);
		const over = await ask('127.0.0.6');
		expect(over).toEqual({
			status: 429,
			body: { code: 429, error_code: 'over_email_send_rate_limit', msg: 'email rate limit exceeded' }
		});
		expect(h.sent.length - before).toBe(30);

		h.advance(60 * MINUTE);
		expect((await ask('127.0.0.6')).status).toBe(200);
		expect(h.sent.length - before).toBe(31);
	});

	it('tells the user what to do, in Dutch and English, for both 429 answers', async () => {
		const client = createClient(h.url(), stack().anonKey, clientOptions);
		let error = null;
		for (let i = 0; i < 31 && !error?.status; i++) {
			({ error } = await client.auth.signInWithPassword({
				email: 'nobody@test.beursvloer.local',
				password: 'wrong-password'
			}));
			if (error?.code === 'invalid_credentials') error = null;
		}
		expect(error?.status).toBe(429);
		expect(error?.code).toBe('over_request_rate_limit');
		expect(translate('nl', authErrorKey(error))).toBe(
			'Te veel pogingen in korte tijd. Wacht een paar minuten en probeer het dan opnieuw.'
		);
		expect(translate('en', authErrorKey(error))).toBe(
			'Too many attempts in a short time. Wait a few minutes and try again.'
		);
		expect(translate('nl', authErrorKey({ code: 'over_email_send_rate_limit' }))).toContain(
			'te veel e-mails'
		);
	});
});

describe.skipIf(stack().db === 'external')('wrong 6-digit codes', () => {
	const h = limitedHandler();
	beforeAll(() => h.start());
	afterAll(() => h.stop());

	async function sendCode(client: { auth: SupabaseClient['auth'] }, email: string) {
		const before = h.sent.length;
		expect((await client.auth.signInWithOtp({ email })).error).toBeNull();
		expect(h.sent.length).toBe(before + 1);
		return codeOf(h.sent[h.sent.length - 1]);
	}

	const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

	it('accepts the right code after four wrong ones', async () => {
		const email = uniqueEmail('code-four');
		const client = createClient(h.url(), stack().anonKey, clientOptions);
		const code = await sendCode(client, email);
		for (let i = 0; i < 4; i++) {
			const { error } = await client.auth.verifyOtp({ email, token: wrong(code), type: 'email' });
			expect(error?.code).toBe('otp_expired');
		}
		const { data, error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
	});

	it('refuses even the right code after five wrong ones, until a new code is sent', async () => {
		const email = uniqueEmail('code-five');
		const client = createClient(h.url(), stack().anonKey, clientOptions);
		const first = await sendCode(client, email);
		for (let i = 0; i < 5; i++) {
			const { error } = await client.auth.verifyOtp({ email, token: wrong(first), type: 'email' });
			expect(error?.code).toBe('otp_expired');
		}
		const locked = await client.auth.verifyOtp({ email, token: first, type: 'email' });
		expect(locked.error?.code).toBe('otp_expired');
		expect(locked.error?.status).toBe(403);
		expect(translate('nl', authErrorKey(locked.error))).toContain('Vraag een nieuwe aan');

		const second = await sendCode(client, email);
		const { data, error } = await client.auth.verifyOtp({ email, token: second, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
	});

	it('counts wrong codes per address, not per client', async () => {
		const email = uniqueEmail('code-spread');
		const other = uniqueEmail('code-other');
		const client = createClient(h.url(), stack().anonKey, clientOptions);
		const code = await sendCode(client, email);
		const otherCode = await sendCode(client, other);
		for (let i = 0; i < 5; i++) {
			const from = `127.0.0.${10 + i}`;
			const res = await call(h.url(), '/verify', { type: 'email', email, token: wrong(code) }, from);
			expect(res.body.error_code).toBe('otp_expired');
		}
		expect((await client.auth.verifyOtp({ email, token: code, type: 'email' })).error?.code).toBe(
			'otp_expired'
		);
		// Another address's code is untouched.
		const fine = await client.auth.verifyOtp({ email: other, token: otherCode, type: 'email' });
		expect(fine.error).toBeNull();
	});
});
