// The local stack itself: what the app and the tests rely on, checked through the same
// clients production uses (supabase-js, the Resend SDK).
import { Resend } from 'resend';
import { describe, expect, it } from 'vitest';
import { adminClient, anonClient, stack } from './clients';

describe('local stack', () => {
	it('serves the seeded demo municipality through PostgREST', async () => {
		const { data, error } = await anonClient().from('municipalities').select('slug, name');
		expect(error).toBeNull();
		expect(data).toContainEqual({ slug: 'hellendoorn', name: 'Gemeente Hellendoorn' });
	});

	it('rejects a token signed with another secret', async () => {
		const forged =
			'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJlLW5vdC12YWxpZA';
		const res = await fetch(`${stack().url}/rest/v1/profiles?select=id`, {
			headers: { apikey: forged, authorization: `Bearer ${forged}` }
		});
		expect(res.status).toBe(401);
	});

	it('does not expose the auth stand-in schema to the public roles', async () => {
		const res = await fetch(`${stack().url}/rest/v1/rpc/anything`, {
			method: 'POST',
			headers: {
				apikey: stack().anonKey,
				authorization: `Bearer ${stack().anonKey}`,
				'content-type': 'application/json',
				'content-profile': 'local_auth'
			},
			body: '{}'
		});
		expect(res.ok).toBe(false);
	});

	it('the service role sees every profile, anon none', async () => {
		const admin = await adminClient().from('profiles').select('id');
		expect(admin.error).toBeNull();
		expect((admin.data ?? []).length).toBeGreaterThanOrEqual(4);
		const anon = await anonClient().from('profiles').select('id');
		expect(anon.data).toEqual([]);
	});
});

describe('mail sink (Resend API)', () => {
	const resend = () => new Resend('re_local_only', { baseUrl: stack().url } as never);

	it('stores what the Resend SDK sends and lists it per recipient', async () => {
		const to = `sink-${Date.now()}@test.beursvloer.local`;
		const { data, error } = await resend().emails.send({
			from: 'Beursvloer <noreply@beursvloer.local>',
			to,
			subject: 'Welkom op de beursvloer',
			html: '<p>Hallo</p>',
			text: 'Hallo'
		});
		expect(error).toBeNull();
		expect(data?.id).toBeTruthy();
		const messages = await (await fetch(`${stack().url}/inbox/api/messages?to=${to}`)).json();
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatchObject({ id: data?.id, subject: 'Welkom op de beursvloer', to: [to] });
		const page = await (await fetch(`${stack().url}/inbox?to=${to}`)).text();
		expect(page).toContain('Welkom op de beursvloer');
	});

	it('sends a message once per idempotency key', async () => {
		const to = `idem-${Date.now()}@test.beursvloer.local`;
		const payload = { from: 'noreply@beursvloer.local', to, subject: 'Eén keer', text: 'x' };
		const first = await resend().emails.send(payload, { idempotencyKey: `key-${to}` });
		const second = await resend().emails.send(payload, { idempotencyKey: `key-${to}` });
		expect(second.data?.id).toBe(first.data?.id);
		const messages = await (await fetch(`${stack().url}/inbox/api/messages?to=${to}`)).json();
		expect(messages).toHaveLength(1);
	});

	it('answers like Resend on bad input and on a simulated outage', async () => {
		const missing = await resend().emails.send({ from: 'a@b.nl', to: [], subject: 'x', text: 'x' });
		expect(missing.error?.name).toBe('validation_error');
		await fetch(`${stack().url}/inbox/api/fail-next`, { method: 'POST', body: JSON.stringify({ count: 1 }) });
		const down = await resend().emails.send({ from: 'a@b.nl', to: 'c@d.nl', subject: 'x', text: 'x' });
		expect(down.error).not.toBeNull();
		const up = await resend().emails.send({ from: 'a@b.nl', to: 'c@d.nl', subject: 'x', text: 'x' });
		expect(up.error).toBeNull();
	});
});
