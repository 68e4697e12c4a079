import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { expect, test } from '@playwright/test';
import ws from 'ws';
import { expectAccessible, open, signInWithPassword } from './helpers';

// The live scoreboard on the projector: the admin makes the secret link on the edition's page;
// the scoreboard opens without signing in, and a match the notaris ratifies (through the API, as
// the demo admin) is on the open page within 2 s without a reload; after the stream broke it
// catches up by itself, and a reload (or a browser without JavaScript) shows the totals. Its own
// edition and two seeded organisations without members, so no other spec's data changes.
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const ADMIN = 'admin@hellendoorn.demo';
const MUNICIPALITY = '00000000-0000-4000-8000-000000000001';
const GARAGE = 'a0000000-0000-4000-8000-000000000009'; // Autobedrijf Hulsen
const IVN = 'a0000000-0000-4000-8000-000000000032'; // IVN Salland

async function asAdmin(): Promise<SupabaseClient> {
	const client = createClient(process.env.STACK_URL!, 'e2e-placeholder-key', {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: ws as never }
	});
	const { error } = await client.auth.signInWithPassword({ email: ADMIN, password: DEMO_PASSWORD });
	if (error) throw error;
	return client;
}

/** Records a match form and ratifies it, as the matchmaker and the notaris would; returns when ratified. */
async function ratify(db: SupabaseClient, edition: string, corner: string, what: string, value: number) {
	const id = crypto.randomUUID();
	const recorded = await db.rpc('record_event_match', {
		p_id: id,
		p_edition: edition,
		p_giver: GARAGE,
		p_receiver: IVN,
		p_category: 'materials',
		p_what_given: what,
		p_corner: corner,
		p_materials_value: value
	});
	if (recorded.error) throw recorded.error;
	const decided = await db.rpc('decide_event_match', { p_id: id, p_ratify: true });
	if (decided.error) throw decided.error;
	expect(decided.data.state).toBe('ratified');
}

test('the scoreboard shows a ratified match within 2 s and survives a broken stream', async ({
	page,
	browser
}) => {
	const db = await asAdmin();
	const { data: edition, error } = await db
		.from('event_editions')
		.insert({
			municipality_id: MUNICIPALITY,
			title: 'Scorebord Testbeursvloer',
			event_date: new Date().toISOString().slice(0, 10),
			starts_at: '19:30',
			ends_at: '21:00',
			venue: 'Sporthal De Kolk'
		})
		.select('id')
		.single();
	if (error) throw error;
	const { data: corner, error: cornerError } = await db
		.from('event_corners')
		.insert({ edition_id: edition.id, municipality_id: MUNICIPALITY, name: 'Middelen en materialen' })
		.select('id')
		.single();
	if (cornerError) throw cornerError;

	// The admin makes the link on the edition's page.
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, `/beheer/evenementen/${edition.id}`);
	const section = page.locator('section', { has: page.getByRole('heading', { name: 'Scorebord' }) });
	await section.getByRole('button', { name: 'Link maken' }).click();
	await expect(page.getByText('Het scorebord heeft een nieuwe link.')).toBeVisible();
	const link = section.getByRole('link', { name: /\/beursvloer\/scorebord\/[0-9a-f]{64}$/ });
	await expect(link).toBeVisible();
	await expect(section.getByRole('img', { name: 'QR-code van de link naar het scorebord' })).toBeVisible();
	await expectAccessible(page);
	const href = (await link.getAttribute('href'))!;
	const path = new URL(href).pathname;

	// The projector: no sign-in.
	const projector = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1920, height: 1080 } });
	const screen = await projector.newPage();
	const matches = screen.getByTestId('scoreboard-matches');
	const opened = screen.waitForResponse((r) => r.url().endsWith('/stream'));
	await screen.goto(path);
	await expect(screen.getByRole('heading', { level: 1, name: 'Scorebord Testbeursvloer' })).toBeVisible();
	await expect(matches).toHaveText('0');
	await expect(screen.getByText('Nog geen matches. De eerste komt eraan!')).toBeVisible();
	await expect(screen.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await opened;
	await expectAccessible(screen);

	await ratify(db, edition.id, corner.id, 'Een bestelbus voor de natuurwerkdag', 150);
	const ratified = Date.now();
	await expect(matches).toHaveText('1', { timeout: 2000 });
	expect(Date.now() - ratified).toBeLessThan(2000);
	await expect(screen.getByTestId('scoreboard-value')).toContainText('150');
	const ticker = screen.getByTestId('scoreboard-ticker');
	await expect(ticker).toContainText('Autobedrijf Hulsen → IVN Salland');
	await expect(ticker).toContainText('Een bestelbus voor de natuurwerkdag');
	await expectAccessible(screen);

	// The stream breaks (the venue's wifi); a match is ratified meanwhile; the screen catches up
	// when the connection is back, and a reload shows the totals.
	await projector.setOffline(true);
	await ratify(db, edition.id, corner.id, 'Twintig kilo vogelvoer', 40);
	await screen.waitForTimeout(1500);
	await projector.setOffline(false);
	await expect(matches).toHaveText('2', { timeout: 10_000 });
	await screen.reload();
	await expect(matches).toHaveText('2');
	await expect(screen.getByTestId('scoreboard-value')).toContainText('190');
	await projector.close();

	// Without JavaScript the totals are there too.
	const plain = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: false });
	const noScript = await plain.newPage();
	await noScript.goto(path);
	await expect(noScript.getByTestId('scoreboard-matches')).toHaveText('2');
	await plain.close();

	// A link nobody made: not found.
	const missing = await page.request.get(`/beursvloer/scorebord/${'0'.repeat(64)}`);
	expect(missing.status()).toBe(404);
	const missingStream = await page.request.get(`/beursvloer/scorebord/${'0'.repeat(64)}/stream`);
	expect(missingStream.status()).toBe(404);
});
