// E-mail change with double confirmation (supabase/config.toml: double_confirm_changes = true):
// both the present and the new address must confirm before the account moves.
import { describe, expect, it } from 'vitest';
import { inbox, signedInUser, stack, uniqueEmail } from './clients';

const codeOf = (m: { text: string }) => m.text.match(/code[^:\n]*: (\d{6})/)?.[1] ?? '';
const linkOf = (m: { text: string }) => m.text.match(/https?:\/\/\S+\/auth\/v1\/verify\?\S+/)?.[0] ?? '';

describe.skipIf(stack().db === 'external')('e-mail change', () => {
	it('moves the account only after both addresses confirmed with their codes', async () => {
		const { client, email } = await signedInUser('change-old');
		const next = uniqueEmail('change-new');
		const asked = await client.auth.updateUser({ email: next });
		expect(asked.error).toBeNull();
		expect(asked.data.user?.new_email).toBe(next);

		const [toNew] = await inbox(next);
		const [toOld] = await inbox(email);
		expect(toNew.subject).toContain('nieuwe e-mailadres');
		expect(toOld.subject).toContain('wijziging van je e-mailadres');

		const first = await client.auth.verifyOtp({ email: next, token: codeOf(toNew), type: 'email_change' });
		expect(first.error).toBeNull();
		expect(first.data.session).toBeNull();
		expect((await client.auth.getUser()).data.user?.email).toBe(email);

		const second = await client.auth.verifyOtp({ email, token: codeOf(toOld), type: 'email_change' });
		expect(second.error).toBeNull();
		expect(second.data.user?.email).toBe(next);
		const signedIn = await client.auth.signInWithPassword({ email: next, password: 'test-wachtwoord-123' });
		expect(signedIn.error).toBeNull();
	});

	it('tells the first link that the other address must confirm too', async () => {
		const { client, email } = await signedInUser('change-link');
		const next = uniqueEmail('change-link-new');
		expect((await client.auth.updateUser({ email: next })).error).toBeNull();

		const res = await fetch(linkOf((await inbox(email))[0]), { redirect: 'manual' });
		expect(res.status).toBe(303);
		const fragment = new URLSearchParams(new URL(res.headers.get('location')!).hash.slice(1));
		expect(fragment.get('message')).toBe(
			'Confirmation link accepted. Please proceed to confirm link sent to the other email'
		);
		expect((await client.auth.getUser()).data.user?.email).toBe(email);

		const done = await fetch(linkOf((await inbox(next))[0]), { redirect: 'manual' });
		expect(new URL(done.headers.get('location')!).hash).toContain('access_token=');
		expect((await client.auth.getUser()).data.user?.email).toBe(next);
	});
});
