import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { expect, test } from '@playwright/test';
import ws from 'ws';
import { emailsTo, expectAccessible, open, signInWithPassword, waitForEmail } from './helpers';

// Follow-up (nazorg): the club answers "Is het uitgevoerd?" with the link in its email, without
// signing in; the municipality's follow-up list and a business's public keurmerk page are
// accessible and work at phone width. The deal is made through the API as the demo accounts
// (the follow-up job on the server, every 3 s here, asks at the deadline: today).
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const CLUB = 'penningmeester@hellendoorn.demo';
const ADMIN = 'admin@hellendoorn.demo';
const BAKERY_ORG = '00000000-0000-4000-8000-0000000000b2';
const CLUB_ORG = '00000000-0000-4000-8000-0000000000b3';
const MUNICIPALITY = '00000000-0000-4000-8000-000000000001';

/** supabase-js against the test stack as a demo user (the gateway only checks that an apikey is sent). */
async function as(email: string): Promise<{ client: SupabaseClient; userId: string }> {
	const client = createClient(process.env.STACK_URL!, 'e2e-placeholder-key', {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: ws as never }
	});
	const { data, error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
	if (error) throw error;
	return { client, userId: data.user.id };
}

async function listing(
	user: { client: SupabaseClient; userId: string },
	organisationId: string,
	kind: 'offer' | 'request',
	title: string
) {
	const { data, error } = await user.client
		.from('listings')
		.insert({
			kind,
			title,
			description: `${title}: voor de test van de opvolging.`,
			category: 'hands',
			estimated_hours: 6,
			place: 'Nijverdal',
			latitude: 52.36,
			longitude: 6.4681,
			organisation_id: organisationId,
			municipality_id: MUNICIPALITY,
			created_by: user.userId,
			state: 'open'
		})
		.select('id')
		.single();
	if (error) throw error;
	return data.id as string;
}

/** An agreed deal between the bakery (gives) and the club (receives) whose deadline is today. */
async function dealDueToday(title: string): Promise<string> {
	const bakery = await as(BAKERY);
	const club = await as(CLUB);
	const offer = await listing(bakery, BAKERY_ORG, 'offer', title);
	const request = await listing(club, CLUB_ORG, 'request', `${title} gevraagd`);
	const started = await club.client.rpc('start_deal', { p_offer: offer, p_request: request });
	if (started.error) throw started.error;
	const id = (started.data as { id: string }).id;
	const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
	const form = await club.client.from('deals').update({ deadline: today }).eq('id', id).select('id');
	if (form.error) throw form.error;
	const agreed = await bakery.client.rpc('respond_to_deal', { p_deal: id, p_accept: true });
	if (agreed.error) throw agreed.error;
	expect((agreed.data as { state: string }).state).toBe('agreed');
	return id;
}

test('the club answers the follow-up with the link in its email, once, without signing in', async ({
	page
}) => {
	test.setTimeout(90_000);
	const title = `Opvolging e2e ${Date.now().toString(36)}`;
	const seen = new Set((await emailsTo(CLUB)).map((m) => m.id));
	await dealDueToday(title);

	const email = await waitForEmail(
		CLUB,
		(m) => !seen.has(m.id) && m.subject.includes('Is het uitgevoerd?') && m.subject.includes(title)
	);
	const link = /Ja, het is uitgevoerd: (\S+)/.exec(email.text)?.[1];
	expect(link, 'answer link in the email').toBeTruthy();

	// Opening the link shows the answer and asks to confirm; nothing is recorded yet.
	await open(page, link!);
	await expect(page.getByRole('heading', { level: 1, name: 'Opvolging van een match' })).toBeVisible();
	await expect(page.getByText(title, { exact: true })).toBeVisible();
	await expect(page.getByText('Ja, het is uitgevoerd')).toBeVisible();
	await expect(page.getByText('Antwoord namens Muziekvereniging Concordia Haarle')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Bevestig dit antwoord' }).click();
	await expect(page.getByText('Bedankt! Je antwoord is opgeslagen.')).toBeVisible();
	await expect(page.getByText('De match staat nu op: Uitgevoerd.')).toBeVisible();
	await expectAccessible(page);

	// The same link again: already answered, nothing changes.
	await open(page, link!);
	await expect(page.getByText(/Deze vraag is al beantwoord/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bevestig dit antwoord' })).toHaveCount(0);

	// A forged link says so in Dutch.
	const [payload] = new URL(link!).pathname.split('/').at(-1)!.split('.');
	await open(page, `/opvolging/${payload}.dGhpcy1pcy1ub3QtYS1zaWduYXR1cmUtYXQtYWxsLW9rYXk`);
	await expect(page.getByText(/Deze link is ongeldig of niet compleet/)).toBeVisible();
	await expectAccessible(page);
});

test('the follow-up list and the keurmerk page are accessible and fit a phone @phone', async ({ page }) => {
	const noSideways = async () =>
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			'no sideways scrolling'
		).toBeLessThanOrEqual(0);

	// Not opted in (or no such business): 404.
	const missing = await page.goto('/keurmerk/bestaat-niet');
	expect(missing?.status()).toBe(404);

	// The bakery's owner opts in on the organisation's page.
	await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
	await open(page, '/mijn/organisaties/bakkerij-nijhuis');
	const box = page.getByLabel('Toon onze uitgevoerde matches op een openbare keurmerkpagina');
	await box.check();
	await page.getByRole('button', { name: 'Opslaan' }).last().click();
	await expect(page.getByText('De keurmerkpagina is openbaar.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Bekijk de keurmerkpagina' }).click();
	await expect(page).toHaveURL(/\/keurmerk\/bakkerij-nijhuis$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Keurmerk van Bakkerij Nijhuis' })).toBeVisible();
	await expect(page.getByText('Totale maatschappelijke waarde')).toBeVisible();
	await expect(page.getByTestId('keurmerk-total')).toContainText('€');
	await expectAccessible(page);
	await noSideways();

	// The municipality's follow-up list, as its admin.
	await page.context().clearCookies();
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/matchmaken/opvolging');
	await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Matches per status' })).toBeVisible();
	await expectAccessible(page);
	await noSideways();
	await page.getByLabel('Alleen over de datum').check();
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/te-laat=ja/);
	await expectAccessible(page);
	const csv = await page.request.get('/matchmaken/opvolging/export');
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const body = await csv.body();
	expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	expect(body.toString('utf8')).toContain('\r\n');
});
