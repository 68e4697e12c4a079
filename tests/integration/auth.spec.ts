// The local stand-in for Supabase Auth, exercised through the real supabase-js as the app uses
// it: e-mail confirmation, passwords, magic links and codes, PKCE, refresh-token rotation,
// sign-out, password recovery, the admin API, and access tokens that PostgREST accepts.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type SupportedStorage } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ws from 'ws';
import { createAuthHandler, createRpc } from '../../supabase/local/auth/index.js';
import { adminClient, anonClient, inbox, signedInUser, stack, uniqueEmail } from './clients';

const clientOptions = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	realtime: { transport: ws as never }
} as const;

/** A browser-like client: PKCE flow, with storage for the code verifier. */
function pkceClient(url = stack().url) {
	const items = new Map<string, string>();
	const storage: SupportedStorage = {
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, v),
		removeItem: (k) => void items.delete(k)
	};
	return createClient(url, stack().anonKey, {
		auth: {
			flowType: 'pkce',
			storage,
			persistSession: true,
			autoRefreshToken: false,
			detectSessionInUrl: false
		},
		realtime: { transport: ws as never }
	});
}

/** The link and 6-digit code of an auth e-mail. */
function parseAuthMail(message: { text: string }) {
	const link = message.text.match(/https?:\/\/\S+\/auth\/v1\/verify\?\S+/)?.[0];
	const code = message.text.match(/code[^:\n]*: (\d{6})/)?.[1];
	if (!link || !code) throw new Error(`no link or code in: ${message.text}`);
	return { link, code };
}

async function onlyMail(email: string) {
	const messages = await inbox(email);
	expect(messages).toHaveLength(1);
	return { ...messages[0], ...parseAuthMail(messages[0]) };
}

/** Follows an e-mail link the way a browser would, without following the redirect. */
async function follow(link: string) {
	const res = await fetch(link, { redirect: 'manual' });
	expect(res.status).toBe(303);
	return new URL(res.headers.get('location') ?? '');
}

/** The app's URL, where links lead by default (the stack's siteUrl). */
async function siteUrl() {
	const { data, error } = await adminClient().auth.admin.generateLink({
		type: 'magiclink',
		email: await confirmedUser()
	});
	if (error) throw error;
	return new URL(data.properties.redirect_to).origin;
}

async function confirmedUser(password = 'test-wachtwoord-123') {
	const email = uniqueEmail('auth');
	const { error } = await adminClient().auth.admin.createUser({ email, password, email_confirm: true });
	if (error) throw error;
	return email;
}

// These tests check the local stand-in itself (its mail sink included), not a hosted project.
describe.skipIf(stack().db === 'external')('local auth stand-in', () => {
	it('signs up with a password, requires the e-mailed confirmation, and then signs in', async () => {
		const client = anonClient();
		const email = uniqueEmail('signup');
		const password = 'mijn-wachtwoord-1';
		const signUp = await client.auth.signUp({
			email,
			password,
			options: { data: { display_name: 'Fenna de Vries', municipality: 'hellendoorn', locale: 'en' } }
		});
		expect(signUp.error).toBeNull();
		expect(signUp.data.session).toBeNull();
		expect(signUp.data.user?.email).toBe(email);
		expect(signUp.data.user?.identities).toHaveLength(1);
		expect(signUp.data.user?.user_metadata.display_name).toBe('Fenna de Vries');

		const early = await client.auth.signInWithPassword({ email, password });
		expect(early.error?.code).toBe('email_not_confirmed');
		expect(early.error?.status).toBe(400);

		const mail = await onlyMail(email);
		expect(mail.subject).toMatch(/Bevestig/);
		const location = await follow(mail.link);
		const fragment = new URLSearchParams(location.hash.slice(1));
		expect(fragment.get('type')).toBe('signup');
		expect(fragment.get('token_type')).toBe('bearer');
		expect(fragment.get('access_token')).toBeTruthy();
		expect(fragment.get('refresh_token')).toBeTruthy();

		// The link works once.
		const again = new URLSearchParams((await follow(mail.link)).hash.slice(1));
		expect(again.get('error_code')).toBe('otp_expired');

		const signIn = await client.auth.signInWithPassword({ email, password });
		expect(signIn.error).toBeNull();
		expect(signIn.data.user?.email_confirmed_at).toBeTruthy();

		// PostgREST accepts the access token, and the sign-up trigger made the profile.
		const profile = await client
			.from('profiles')
			.select('id, display_name, locale')
			.eq('id', signIn.data.user!.id)
			.single();
		expect(profile.error).toBeNull();
		expect(profile.data).toEqual({ id: signIn.data.user!.id, display_name: 'Fenna de Vries', locale: 'en' });
	});

	it('answers sign-up of a taken address with a look-alike user, sending nothing', async () => {
		const email = await confirmedUser();
		const { data, error } = await anonClient().auth.signUp({ email, password: 'iets-anders-9' });
		expect(error).toBeNull();
		expect(data.session).toBeNull();
		expect(data.user?.identities).toEqual([]);
		expect(await inbox(email)).toHaveLength(0);
	});

	it('refuses a wrong password and an unknown address alike', async () => {
		const email = await confirmedUser('juist-wachtwoord');
		const wrong = await anonClient().auth.signInWithPassword({ email, password: 'fout-wachtwoord' });
		const unknown = await anonClient().auth.signInWithPassword({
			email: uniqueEmail('nobody'),
			password: 'fout-wachtwoord'
		});
		for (const { error, data } of [wrong, unknown]) {
			expect(error?.code).toBe('invalid_credentials');
			expect(error?.status).toBe(400);
			expect(data.session).toBeNull();
		}
		expect(wrong.error?.message).toBe(unknown.error?.message);
	});

	it('refuses weak passwords and invalid addresses', async () => {
		const weak = await anonClient().auth.signUp({ email: uniqueEmail('weak'), password: '12345' });
		expect(weak.error?.code).toBe('weak_password');
		expect(weak.error?.status).toBe(422);
		expect(weak.error && 'reasons' in weak.error ? weak.error.reasons : null).toEqual(['length']);

		const invalid = await anonClient().auth.signUp({ email: 'geen-adres', password: 'lang-genoeg-1' });
		expect(invalid.error?.code).toBe('email_address_invalid');
		expect(invalid.error?.status).toBe(400);
	});

	it('signs in with the 6-digit code from the magic-link e-mail, once', async () => {
		const email = await confirmedUser();
		const client = anonClient();
		const sent = await client.auth.signInWithOtp({ email, options: { shouldCreateUser: false } });
		expect(sent.error).toBeNull();

		const mail = await onlyMail(email);
		expect(mail.subject).toBe('Je inloglink voor Beursvloer / Your sign-in link');
		expect(new URL(mail.link).searchParams.get('type')).toBe('magiclink');

		const verified = await client.auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(verified.error).toBeNull();
		expect(verified.data.session?.user.email).toBe(email);
		expect((await client.auth.getUser()).data.user?.email).toBe(email);

		const reused = await anonClient().auth.verifyOtp({ email, token: mail.code, type: 'email' });
		expect(reused.error?.code).toBe('otp_expired');
		expect(reused.error?.status).toBe(403);

		// A second e-mail right away is rate limited.
		const again = await client.auth.signInWithOtp({ email });
		expect(again.error?.code).toBe('over_email_send_rate_limit');
		expect(again.error?.status).toBe(429);
	});

	it('creates the user on a first magic-link sign-in only when allowed', async () => {
		const refused = await anonClient().auth.signInWithOtp({
			email: uniqueEmail('new'),
			options: { shouldCreateUser: false }
		});
		expect(refused.error?.code).toBe('otp_disabled');

		const email = uniqueEmail('new');
		const client = anonClient();
		expect(
			(await client.auth.signInWithOtp({ email, options: { data: { display_name: 'Nieuw' } } })).error
		).toBeNull();
		const { code } = await onlyMail(email);
		const { data, error } = await client.auth.verifyOtp({ email, token: code, type: 'email' });
		expect(error).toBeNull();
		expect(data.user?.user_metadata.display_name).toBe('Nieuw');
		expect(data.user?.email_confirmed_at).toBeTruthy();
	});

	it('runs the PKCE flow: e-mail link, ?code= on the app URL, code exchange', async () => {
		const site = await siteUrl();
		const email = await confirmedUser();
		const client = pkceClient();
		const sent = await client.auth.signInWithOtp({
			email,
			options: { emailRedirectTo: `${site}/auth/callback?next=/app` }
		});
		expect(sent.error).toBeNull();

		const location = await follow((await onlyMail(email)).link);
		expect(location.origin + location.pathname).toBe(`${site}/auth/callback`);
		expect(location.searchParams.get('next')).toBe('/app');
		expect(location.hash).toBe('');
		const code = location.searchParams.get('code');
		expect(code).toBeTruthy();

		const exchanged = await client.auth.exchangeCodeForSession(code!);
		expect(exchanged.error).toBeNull();
		expect(exchanged.data.user?.email).toBe(email);
		expect((await client.auth.getSession()).data.session?.access_token).toBe(
			exchanged.data.session?.access_token
		);

		const twice = await pkceClient().auth.exchangeCodeForSession(code!);
		expect(twice.error).not.toBeNull();
		const raw = await fetch(`${stack().url}/auth/v1/token?grant_type=pkce`, {
			method: 'POST',
			headers: { apikey: stack().anonKey, 'content-type': 'application/json' },
			body: JSON.stringify({ auth_code: code, code_verifier: 'x'.repeat(43) })
		});
		expect(raw.status).toBe(404);
		expect((await raw.json()).error_code).toBe('flow_state_not_found');
	});

	it('sends links only to the app, whatever redirect_to asks', async () => {
		const site = await siteUrl();
		const email = await confirmedUser();
		await anonClient().auth.signInWithOtp({
			email,
			options: { emailRedirectTo: 'https://evil.example/steal' }
		});
		const location = await follow((await onlyMail(email)).link);
		expect(location.origin).toBe(site);
	});

	it('rotates refresh tokens and tolerates a parallel refresh', async () => {
		const { client } = await signedInUser('refresh');
		const first = (await client.auth.getSession()).data.session!;
		const second = await client.auth.refreshSession();
		expect(second.error).toBeNull();
		expect(second.data.session?.refresh_token).not.toBe(first.refresh_token);
		expect((await client.auth.getUser(second.data.session!.access_token)).error).toBeNull();

		// A client that lost the answer gets the session's current token back (GoTrue's rule).
		const lost = await anonClient().auth.refreshSession({ refresh_token: first.refresh_token });
		expect(lost.error).toBeNull();
		expect(lost.data.session?.refresh_token).toBe(second.data.session?.refresh_token);

		// Several tabs or server requests refreshing the same token at once all stay signed in.
		const current = second.data.session!.refresh_token;
		const parallel = await Promise.all(
			[1, 2, 3, 4].map(() => anonClient().auth.refreshSession({ refresh_token: current }))
		);
		for (const r of parallel) expect(r.error).toBeNull();
		const tokens = new Set(parallel.map((r) => r.data.session?.refresh_token));
		expect(tokens.size).toBe(1);
		expect(tokens.has(current)).toBe(false);
	});

	it('gets and updates the user: metadata, then a new password', async () => {
		const { client, email, password } = await signedInUser('update', { display_name: 'Oud' });
		const claims = await client.auth.getClaims();
		expect(claims.error).toBeNull();
		expect(claims.data?.claims.email).toBe(email);
		expect(claims.data?.claims.role).toBe('authenticated');

		const renamed = await client.auth.updateUser({ data: { display_name: 'Nieuw', locale: 'en' } });
		expect(renamed.error).toBeNull();
		expect(renamed.data.user?.user_metadata).toMatchObject({ display_name: 'Nieuw', locale: 'en' });

		const same = await client.auth.updateUser({ password });
		expect(same.error?.code).toBe('same_password');

		const changed = await client.auth.updateUser({ password: 'nieuw-wachtwoord-2' });
		expect(changed.error).toBeNull();
		const old = await anonClient().auth.signInWithPassword({ email, password });
		expect(old.error?.code).toBe('invalid_credentials');
		const fresh = await anonClient().auth.signInWithPassword({ email, password: 'nieuw-wachtwoord-2' });
		expect(fresh.error).toBeNull();
	});

	it('signs out: the refresh token and the session are gone', async () => {
		const { client } = await signedInUser('logout');
		const session = (await client.auth.getSession()).data.session!;
		expect((await client.auth.signOut()).error).toBeNull();

		const refreshed = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
		expect(refreshed.error?.code).toBe('refresh_token_not_found');
		const user = await anonClient().auth.getUser(session.access_token);
		expect(user.error?.name).toBe('AuthSessionMissingError');
	});

	it('sends a recovery e-mail whose code signs in to set a new password', async () => {
		const email = await confirmedUser('vergeten-wachtwoord');
		const client = anonClient();
		expect((await client.auth.resetPasswordForEmail(email)).error).toBeNull();
		const mail = await onlyMail(email);
		expect(mail.subject).toMatch(/wachtwoord/i);
		expect(new URL(mail.link).searchParams.get('type')).toBe('recovery');

		const verified = await client.auth.verifyOtp({ email, token: mail.code, type: 'recovery' });
		expect(verified.error).toBeNull();
		expect((await client.auth.updateUser({ password: 'hersteld-wachtwoord' })).error).toBeNull();
		expect(
			(await anonClient().auth.signInWithPassword({ email, password: 'hersteld-wachtwoord' })).error
		).toBeNull();

		// No account discovery: an unknown address gets the same answer and no e-mail.
		const unknown = uniqueEmail('nobody');
		expect((await anonClient().auth.resetPasswordForEmail(unknown)).error).toBeNull();
		expect(await inbox(unknown)).toHaveLength(0);
	});

	it('recovers a password through PKCE, reporting the recovery redirect type', async () => {
		const site = await siteUrl();
		const email = await confirmedUser();
		const client = pkceClient();
		expect(
			(await client.auth.resetPasswordForEmail(email, { redirectTo: `${site}/wachtwoord` })).error
		).toBeNull();
		const code = (await follow((await onlyMail(email)).link)).searchParams.get('code');
		const { data, error } = await client.auth.exchangeCodeForSession(code!);
		expect(error).toBeNull();
		// supabase-js returns redirectType at runtime; its declared type leaves it out.
		expect((data as { redirectType?: string | null }).redirectType).toBe('recovery');
		expect((await client.auth.updateUser({ password: 'via-pkce-hersteld' })).error).toBeNull();
		expect(
			(await anonClient().auth.signInWithPassword({ email, password: 'via-pkce-hersteld' })).error
		).toBeNull();
	});

	it('lets only the service role use the admin API', async () => {
		const email = uniqueEmail('admin');
		const refused = await anonClient().auth.admin.createUser({
			email,
			password: 'admin-wachtwoord',
			email_confirm: true
		});
		expect(refused.error?.code).toBe('not_admin');
		expect(refused.error?.status).toBe(403);

		const admin = adminClient().auth.admin;
		const created = await admin.createUser({
			email,
			password: 'admin-wachtwoord',
			email_confirm: true,
			user_metadata: { display_name: 'Door beheer' },
			app_metadata: { plan: 'demo' }
		});
		expect(created.error).toBeNull();
		const id = created.data.user!.id;
		expect(created.data.user?.app_metadata).toMatchObject({ provider: 'email', plan: 'demo' });
		expect(
			(await anonClient().auth.signInWithPassword({ email, password: 'admin-wachtwoord' })).error
		).toBeNull();

		const duplicate = await admin.createUser({ email, password: 'admin-wachtwoord' });
		expect(duplicate.error?.code).toBe('email_exists');

		const page = await admin.listUsers({ page: 1, perPage: 2 });
		expect(page.error).toBeNull();
		expect(page.data.users).toHaveLength(2);
		expect('total' in page.data && page.data.total).toBeGreaterThan(2);

		const updated = await admin.updateUserById(id, { user_metadata: { locale: 'en' } });
		expect(updated.data.user?.user_metadata).toEqual({ display_name: 'Door beheer', locale: 'en' });
		expect((await admin.getUserById(id)).data.user?.email).toBe(email);

		expect((await admin.updateUserById(id, { ban_duration: '24h' })).error).toBeNull();
		const banned = await anonClient().auth.signInWithPassword({ email, password: 'admin-wachtwoord' });
		expect(banned.error?.code).toBe('user_banned');

		expect((await admin.deleteUser(id)).error).toBeNull();
		const gone = await admin.getUserById(id);
		expect(gone.error?.code).toBe('user_not_found');
		expect(gone.error?.status).toBe(404);
	});

	it('generates magic links whose hashed token verifies', async () => {
		const email = await confirmedUser();
		const { data, error } = await adminClient().auth.admin.generateLink({ type: 'magiclink', email });
		if (error) throw error;
		expect(data.properties.email_otp).toMatch(/^\d{6}$/);
		expect(data.properties.action_link).toContain('/auth/v1/verify?');
		expect(data.properties.verification_type).toBe('magiclink');
		expect(data.user.email).toBe(email);
		expect(await inbox(email)).toHaveLength(0);

		const client = anonClient();
		const verified = await client.auth.verifyOtp({
			token_hash: data.properties.hashed_token,
			type: 'magiclink'
		});
		expect(verified.error).toBeNull();
		expect(verified.data.user?.email).toBe(email);
	});

	describe('with short lifetimes', () => {
		// A second handler on the same database, with lifetimes of one second.
		const sent: { to: string; text: string }[] = [];
		let url = '';
		const server = createServer();

		beforeAll(async () => {
			await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
			url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
			const handler = createAuthHandler({
				jwtSecret: randomBytes(32).toString('hex'),
				rpc: createRpc(`${stack().url}/rest/v1`, stack().serviceRoleKey),
				sendMail: async (m) => void sent.push(m),
				publicUrl: url,
				siteUrl: 'http://127.0.0.1:5173',
				otpTtl: 1,
				refreshTokenReuseInterval: 1,
				bcryptCost: 4
			});
			server.on('request', (req, res) => {
				void handler(req, res, new URL(req.url ?? '/', url).pathname.replace(/^\/auth\/v1/, ''));
			});
		});
		afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

		const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

		it('refuses an expired code and an expired link', async () => {
			const email = await confirmedUser();
			const client = createClient(url, stack().anonKey, clientOptions);
			expect((await client.auth.signInWithOtp({ email })).error).toBeNull();
			const mail = sent.find((m) => m.to === email);
			const { link, code } = parseAuthMail(mail!);
			await sleep(1500);
			const late = await client.auth.verifyOtp({ email, token: code, type: 'email' });
			expect(late.error?.code).toBe('otp_expired');
			expect(late.error?.status).toBe(403);
			const location = await follow(link);
			const fragment = new URLSearchParams(location.hash.slice(1));
			expect(fragment.get('error')).toBe('access_denied');
			expect(fragment.get('error_code')).toBe('otp_expired');
		});

		it('treats an old refresh token reused after the reuse window as theft and ends the session', async () => {
			const email = await confirmedUser('pw-123456');
			const client = createClient(url, stack().anonKey, clientOptions);
			const signIn = await client.auth.signInWithPassword({ email, password: 'pw-123456' });
			expect(signIn.error).toBeNull();
			const a = signIn.data.session!.refresh_token;
			const b = (await client.auth.refreshSession({ refresh_token: a })).data.session!.refresh_token;
			const c = (await client.auth.refreshSession({ refresh_token: b })).data.session!.refresh_token;
			expect(new Set([a, b, c]).size).toBe(3);
			await sleep(1200);

			const reused = await createClient(url, stack().anonKey, clientOptions).auth.refreshSession({
				refresh_token: a
			});
			expect(reused.error?.code).toBe('refresh_token_already_used');
			const current = await createClient(url, stack().anonKey, clientOptions).auth.refreshSession({
				refresh_token: c
			});
			expect(current.error?.code).toBe('refresh_token_not_found');
		});
	});
});
