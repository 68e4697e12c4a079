// The local gateway asks for an API key where hosted Supabase's does, and only there.
import { describe, expect, it } from 'vitest';
import { adminClient, stack, uniqueEmail } from './clients';

const NO_KEY = {
	message: 'No API key found in request',
	hint: 'No `apikey` request header or url param was found.'
};

describe.skipIf(stack().db === 'external')('gateway API key', () => {
	it('refuses data and auth calls without an apikey with 401', async () => {
		for (const path of ['/rest/v1/municipalities?select=slug', '/auth/v1/settings', '/auth/v1/user']) {
			const res = await fetch(`${stack().url}${path}`);
			expect(res.status, path).toBe(401);
			expect(await res.json(), path).toEqual(NO_KEY);
		}
		const signIn = await fetch(`${stack().url}/auth/v1/token?grant_type=password`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email: 'bakker@hellendoorn.demo', password: 'demo-wachtwoord-2026' })
		});
		expect(signIn.status).toBe(401);
	});

	it('takes the key as a header or as the apikey query parameter', async () => {
		const header = await fetch(`${stack().url}/rest/v1/municipalities?select=slug`, {
			headers: { apikey: stack().anonKey }
		});
		expect(header.status).toBe(200);
		// The gateway lets a query-parameter key through (PostgREST then reads it as a filter).
		const query = await fetch(
			`${stack().url}/rest/v1/municipalities?select=slug&apikey=${encodeURIComponent(stack().anonKey)}`
		);
		expect(query.status).not.toBe(401);
		const settings = await fetch(`${stack().url}/auth/v1/settings?apikey=${stack().anonKey}`);
		expect(settings.status).toBe(200);
	});

	it('opens e-mail links and CORS preflights without a key', async () => {
		const email = uniqueEmail('gateway');
		const created = await adminClient().auth.admin.createUser({ email, email_confirm: true });
		expect(created.error).toBeNull();
		const { data, error } = await adminClient().auth.admin.generateLink({ type: 'magiclink', email });
		expect(error).toBeNull();
		const link = await fetch(data.properties!.action_link, { redirect: 'manual' });
		expect(link.status).toBe(303);
		expect(new URL(link.headers.get('location')!).hash).toContain('access_token=');

		const preflight = await fetch(`${stack().url}/auth/v1/token?grant_type=password`, {
			method: 'OPTIONS',
			headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' }
		});
		expect(preflight.status).toBe(204);
	});

	it('keeps the development inbox open', async () => {
		const res = await fetch(`${stack().url}/inbox`);
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toContain('text/html');
	});
});
