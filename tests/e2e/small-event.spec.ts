import { createClient } from '@supabase/supabase-js';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ws from 'ws';
import { expectAccessible, open, signInWithPassword } from './helpers';

// A small beursvloer from start to finish, as the issue describes it: the admin opens an edition
// for today, a business and a club register, the conversation schedule is made, two tablets
// record the matches (one of them offline for a while), the notaris ratifies them, and the
// scoreboard on the projector shows each within 2 s. Runs after events.spec.ts (file order):
// its edition is today's, so the registration page offers it rather than that spec's.
test.use({ locale: 'nl-NL' });
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const ADMIN = 'admin@hellendoorn.demo';
const MATCHMAKER = 'matchmaker@hellendoorn.demo';
const BUSINESS = { email: 'bakker@hellendoorn.demo', name: 'Bakkerij Nijhuis' };
const CLUB = { email: 'penningmeester@hellendoorn.demo', name: 'Muziekvereniging Concordia Haarle' };
const TITLE = `Kleine Beursvloer ${Date.now().toString(36)}`;
const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

let editionPath = '';
let consolePath = '';
let scoreboardPath = '';

async function tablet(browser: Browser, email: string, viewport = { width: 768, height: 1024 }) {
	const context = await browser.newContext({ locale: 'nl-NL', viewport });
	const page = await context.newPage();
	await signInWithPassword(page, email, DEMO_PASSWORD);
	return { context, page };
}

async function party(page: Page, label: string, letters: string, name: string) {
	const box = page.getByRole('combobox', { name: label });
	await box.fill(letters);
	await page.getByRole('option', { name }).click();
	await expect(box).toHaveValue(name);
}

/** A listing of the organisation of a demo account, open on the marketplace (through the API). */
async function post(email: string, listing: Record<string, unknown>) {
	const db = createClient(process.env.STACK_URL!, 'e2e-placeholder-key', {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		realtime: { transport: ws as never }
	});
	const { data: auth, error } = await db.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
	if (error) throw error;
	const { data: member } = await db
		.from('memberships')
		.select('organisation_id')
		.eq('user_id', auth.user.id)
		.limit(1)
		.single();
	const { error: insertError } = await db.from('listings').insert({
		organisation_id: member!.organisation_id,
		state: 'open',
		place: 'Nijverdal',
		latitude: 52.36,
		longitude: 6.4681,
		...listing
	});
	if (insertError) throw insertError;
}

async function register(page: Page, email: string, people: string) {
	await signInWithPassword(page, email, DEMO_PASSWORD);
	await open(page, '/beursvloer/aanmelden');
	await expect(page.getByRole('heading', { level: 1, name: `Aanmelden voor ${TITLE}` })).toBeVisible();
	await page.getByLabel('Met hoeveel mensen kom je?').fill(people);
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Je bent aangemeld' })).toBeVisible();
}

test('the admin opens an edition for today and publishes it', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/beheer/evenementen');
	await page.getByLabel('Naam van de editie').fill(TITLE);
	await page.getByLabel('Datum', { exact: true }).fill(today());
	await page.getByLabel('Plaats', { exact: true }).fill('Dorpshuis De Kern, Nijverdal');
	await page.getByRole('button', { name: 'Editie aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByRole('button', { name: 'Publicatie intrekken' })).toBeVisible();
	editionPath = new URL(page.url()).pathname;
	expect(editionPath).toMatch(/^\/beheer\/evenementen\/[0-9a-f-]{36}$/);
});

test('a business and a club register, with a request and an offer that fit', async ({ browser }) => {
	// What makes them a pair for the schedule: the engine's proposal between their listings.
	await post(BUSINESS.email, {
		kind: 'offer',
		category: 'materials',
		title: 'Belegde broodjes en koffie voor een evenement',
		description: 'Wij verzorgen broodjes en koffie voor de pauze van een concert of vergadering.'
	});
	await post(CLUB.email, {
		kind: 'request',
		category: 'materials',
		title: 'Broodjes en koffie voor de pauze van ons concert',
		description: 'Voor de pauze van het voorjaarsconcert zoeken we broodjes en koffie voor de muzikanten.'
	});
	for (const [who, people] of [
		[BUSINESS, '2'],
		[CLUB, '3']
	] as const) {
		const context = await browser.newContext({ locale: 'nl-NL' });
		await register(await context.newPage(), who.email, people);
		await context.close();
	}
});

test('the admin sees both registrations and makes the schedule', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, editionPath);
	await expect(page.getByRole('cell', { name: BUSINESS.name })).toBeVisible();
	await expect(page.getByRole('cell', { name: CLUB.name })).toBeVisible();
	await open(page, '/matchmaken');
	await page.getByRole('button', { name: 'Alles opnieuw berekenen' }).click();
	await expect(page.getByText(/voorstel/).first()).toBeVisible();
	await open(page, editionPath);
	await page.getByRole('link', { name: 'Gespreksschema en routes' }).click();
	await page.getByLabel('Aantal rondes').fill('3');
	await page.getByLabel('Aantal tafels').fill('2');
	await page.getByLabel('Minuten per ronde').fill('5');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('De rondes en tafels zijn opgeslagen.')).toBeVisible();
	await page.getByRole('button', { name: 'Maak het gespreksschema' }).click();
	await expect(page.getByText('Het gespreksschema is gemaakt: 1 gesprek.')).toBeVisible();
	const grid = page.getByRole('table', { name: 'Gesprekken per ronde (rijen) en tafel (kolommen)' });
	await expect(grid.getByRole('columnheader', { name: 'Tafel 2' })).toBeVisible();
	await expect(grid).toContainText(BUSINESS.name);
	await expect(grid).toContainText(CLUB.name);
	await expectAccessible(page);

	// The projector's link, made on the edition's page.
	await open(page, editionPath);
	const section = page.locator('section', { has: page.getByRole('heading', { name: 'Scorebord' }) });
	await section.getByRole('button', { name: 'Link maken' }).click();
	const link = section.getByRole('link', { name: /\/beursvloer\/scorebord\/[0-9a-f]{64}$/ });
	await expect(link).toBeVisible();
	scoreboardPath = new URL((await link.getAttribute('href'))!).pathname;
	await page.getByRole('link', { name: 'Matchmaken op de beursvloer' }).click();
	await expect(page).toHaveURL(/\/matchmaken\/beursvloer\/[0-9a-f-]{36}$/);
	consolePath = new URL(page.url()).pathname;
	expect(consolePath).toMatch(/^\/matchmaken\/beursvloer\/[0-9a-f-]{36}$/);
});

test('two tablets record, one offline; the notaris ratifies; the scoreboard follows within 2 s', async ({
	browser
}) => {
	test.setTimeout(300_000);
	const projector = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1920, height: 1080 } });
	const screen = await projector.newPage();
	const opened = screen.waitForResponse((r) => r.url().endsWith('/stream'));
	await screen.goto(scoreboardPath);
	const matches = screen.getByTestId('scoreboard-matches');
	await expect(matches).toHaveText('0');
	await opened;

	// Tablet 1: the registered parties come first; two letters find each.
	const one = await tablet(browser, MATCHMAKER);
	await open(one.page, consolePath);
	await one.page.waitForLoadState('networkidle');
	await party(one.page, 'Partij A (geeft)', 'Ba', BUSINESS.name);
	await party(one.page, 'Partij B (ontvangt)', 'Mu', CLUB.name);
	await one.page.getByLabel('Categorie').selectOption('materials');
	await one.page.getByLabel('Wat wordt er gegeven?').fill('Broodjes voor het voorjaarsconcert');
	await one.page.getByText('Uren, materialen en aantal').click();
	await one.page.getByLabel('Waarde materialen (euro)').fill('120');
	await one.page.getByRole('button', { name: 'Opslaan en naar de notaris' }).click();
	await expect(one.page.getByText('Opgeslagen: Broodjes voor het voorjaarsconcert.')).toBeVisible();

	// Tablet 2 loses the venue's wifi, records anyway, and sends when it is back.
	const two = await tablet(browser, ADMIN);
	await open(two.page, consolePath);
	await two.page.waitForLoadState('networkidle');
	await two.context.setOffline(true);
	await party(two.page, 'Partij A (geeft)', 'Mu', CLUB.name);
	await party(two.page, 'Partij B (ontvangt)', 'Ba', BUSINESS.name);
	await two.page.getByLabel('Categorie').selectOption('hands');
	await two.page.getByLabel('Wat wordt er gegeven?').fill('Een optreden bij de opening van de winkel');
	await two.page.getByText('Uren, materialen en aantal').click();
	await two.page.getByLabel('Uren helpende handen').fill('6');
	await two.page.getByRole('button', { name: 'Opslaan en naar de notaris' }).click();
	await expect(two.page.getByTestId('floor-queued')).toHaveText('1 wacht op verbinding');
	await two.context.setOffline(false);
	const sent = two.page.getByRole('listitem').filter({ hasText: 'Een optreden bij de opening' });
	await expect(sent.getByText('Bij de notaris')).toBeVisible({ timeout: 20_000 });

	// The notaris ratifies both; after each, the projector shows it within 2 s.
	const notaris = await tablet(browser, MATCHMAKER);
	await open(notaris.page, `${consolePath}/notaris`);
	await expect(notaris.page.getByTestId('notaris-count')).toHaveText('2 formulieren wachten');
	await expectAccessible(notaris.page);
	const cards = notaris.page.locator('.floor-card');
	for (const [what, count] of [
		['Broodjes voor het voorjaarsconcert', '1'],
		['Een optreden bij de opening', '2']
	] as const) {
		await cards.filter({ hasText: what }).getByRole('button', { name: 'Bekrachtigen' }).click();
		await expect(notaris.page.getByText('Bekrachtigd: de match is afgesproken')).toBeVisible();
		const ratified = Date.now();
		await expect(matches).toHaveText(count, { timeout: 2000 });
		expect(Date.now() - ratified).toBeLessThan(2000);
	}
	await expect(notaris.page.getByTestId('notaris-count')).toHaveText('0 formulieren wachten');
	const ticker = screen.getByTestId('scoreboard-ticker');
	await expect(ticker).toContainText(`${BUSINESS.name} → ${CLUB.name}`);
	await expect(ticker).toContainText(`${CLUB.name} → ${BUSINESS.name}`);
	// 120 euros of bread and 6 hours of helping hands at the seeded 50 euros.
	await expect(screen.getByTestId('scoreboard-value')).toContainText('420');
	await expectAccessible(screen);

	for (const c of [projector, one.context, two.context, notaris.context]) await c.close();
});
