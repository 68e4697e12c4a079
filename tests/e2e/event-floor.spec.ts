import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, open, signInWithPassword } from './helpers';

// The beursvloer on the day, on tablets (768 x 1024): the admin makes an edition of its own (no
// seeded edition or listing is touched); a matchmaker records a match, finding each party by
// typing two letters; a second tablet records one while the browser is offline, sees it waiting,
// and sends it once when the connection returns; the notaris returns the first with a remark and
// ratifies the second, whose deal is agreed; the returned form is corrected and sent again. A
// tablet that reloads the console without a connection gets it from its service worker.
test.use({ locale: 'nl-NL', viewport: { width: 768, height: 1024 } });
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const ADMIN = 'admin@hellendoorn.demo';
const MATCHMAKER = 'matchmaker@hellendoorn.demo';
const TITLE = `Beursvloer vloer e2e ${Date.now().toString(36)}`;
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
let consolePath = '';

async function tablet(browser: Browser, email: string) {
	const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 768, height: 1024 } });
	const page = await context.newPage();
	await signInWithPassword(page, email, DEMO_PASSWORD);
	return { context, page };
}

/** Picks a party by typing two letters and choosing it from the list. */
async function party(page: Page, label: string, letters: string, name: string) {
	const box = page.getByRole('combobox', { name: label });
	await box.fill(letters);
	await page.getByRole('option', { name }).click();
	await expect(box).toHaveValue(name);
}

async function waitingCount(page: Page) {
	await open(page, `${consolePath}/notaris`);
	return (await page.getByTestId('notaris-count').textContent())?.trim();
}

test('the admin makes an edition; its page links to the console and the notaris', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/beheer/evenementen');
	await page.getByLabel('Naam van de editie').fill(TITLE);
	await page.getByLabel('Datum', { exact: true }).fill(day(1));
	await page.getByLabel('Plaats', { exact: true }).fill('Sporthal De Kolk, Hellendoorn');
	await page.getByRole('button', { name: 'Editie aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await page.getByRole('link', { name: 'Matchmaken op de beursvloer' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Matchmaken op de beursvloer' })).toBeVisible();
	consolePath = new URL(page.url()).pathname;
	expect(consolePath).toMatch(/^\/matchmaken\/beursvloer\/[0-9a-f-]{36}$/);
});

test('two tablets record matches, one offline; the notaris returns one and ratifies the other', async ({
	browser
}) => {
	// Two tablets, a notaris, axe six times and the 10 s status poll: minutes on a busy machine.
	test.setTimeout(420_000);
	const mm = await tablet(browser, MATCHMAKER);
	// The matchmaker finds the edition from the console too.
	await open(mm.page, '/matchmaken');
	await mm.page.getByRole('link', { name: `Matchmaken op de beursvloer: ${TITLE}` }).click();
	await expect(mm.page.getByRole('heading', { level: 1, name: 'Matchmaken op de beursvloer' })).toBeVisible();
	await mm.page.waitForLoadState('networkidle');
	await expectAccessible(mm.page);

	// Tablet 1: corner, two parties by two letters each, what is given, the value; save.
	const started = Date.now();
	await mm.page.getByLabel('Kennis en kunde', { exact: true }).check();
	await party(mm.page, 'Partij A (geeft)', 'Ho', 'Hotel De Uitkijk');
	await party(mm.page, 'Partij B (ontvangt)', 'Sc', 'Scouting Daarlerveen');
	await expect(
		mm.page.getByRole('heading', { name: 'Invullen vanuit een voorstel of plaatsing' })
	).toBeVisible();
	await mm.page.getByLabel('Categorie').selectOption('facilities');
	await mm.page.getByLabel('Wat wordt er gegeven?').fill('Zaal voor de jaarvergadering');
	await mm.page.getByText('Uren, materialen en aantal').click();
	await mm.page.getByLabel('Waarde materialen (euro)').fill('250');
	await mm.page.getByRole('button', { name: 'Opslaan en naar de notaris' }).click();
	await expect(mm.page.getByText('Opgeslagen: Zaal voor de jaarvergadering.')).toBeVisible();
	const seconds = (Date.now() - started) / 1000;
	console.log(`floor: one match recorded in ${seconds.toFixed(1)} s of scripted input`);
	const mine = mm.page.getByRole('listitem').filter({ hasText: 'Zaal voor de jaarvergadering' });
	await expect(mine.getByText('Bij de notaris')).toBeVisible();
	// The corner is remembered for the next form.
	await expect(mm.page.getByLabel('Kennis en kunde', { exact: true })).toBeChecked();
	await expect(mm.page.getByRole('combobox', { name: 'Partij A (geeft)' })).toHaveValue('');
	await expectAccessible(mm.page);

	// Tablet 2 (the admin as a second matchmaker) loses its connection after loading.
	const second = await tablet(browser, ADMIN);
	await open(second.page, consolePath);
	await second.context.setOffline(true);
	await expect(second.page.getByText('Geen verbinding')).toBeVisible();
	await party(second.page, 'Partij A (geeft)', 'Dr', 'Drukkerij Salland Print');
	await party(second.page, 'Partij B (ontvangt)', 'Sp', 'Speeltuinvereniging De Haarlerberg');
	await second.page.getByLabel('Categorie').selectOption('expertise');
	await second.page.getByLabel('Wat wordt er gegeven?').fill('Flyers ontwerpen voor de open dag');
	await second.page.getByText('Uren, materialen en aantal').click();
	await second.page.getByLabel('Uren kennis en kunde').fill('3,5');
	await second.page.getByRole('button', { name: 'Opslaan en naar de notaris' }).click();
	await expect(second.page.getByTestId('floor-queued')).toHaveText('1 wacht op verbinding');
	const offline = second.page.getByRole('listitem').filter({ hasText: 'Flyers ontwerpen' });
	await expect(offline.getByText('Wacht op verbinding')).toBeVisible();
	await expectAccessible(second.page);
	expect(await waitingCount(mm.page)).toBe('1 formulier wacht');

	// Back online: sent once, and nothing more is sent on a reload.
	await second.context.setOffline(false);
	await expect(offline.getByText('Bij de notaris')).toBeVisible({ timeout: 15_000 });
	await expect(second.page.getByTestId('floor-queued')).toHaveCount(0);
	await open(second.page, consolePath);
	await expect(offline.getByText('Bij de notaris')).toBeVisible();
	expect(await waitingCount(mm.page)).toBe('2 formulieren wachten');

	// The notaris: oldest first, a return needs a remark.
	const notaris = mm.page;
	await expectAccessible(notaris);
	const cards = notaris.locator('.floor-card');
	await expect(cards.first()).toContainText('Hotel De Uitkijk → Scouting Daarlerveen');
	await expect(cards.first()).toContainText('Kennis en kunde');
	await expect(cards.first()).toContainText(/€\s250,00/);
	const hotel = cards.filter({ hasText: 'Hotel De Uitkijk' });
	await hotel.getByRole('button', { name: 'Terugsturen' }).click();
	await expect(hotel.getByText('Schrijf op wat er anders moet')).toBeVisible();
	await hotel.getByLabel('Opmerking (wat moet er anders)').fill('Vul ook de uren van de beheerder in');
	await hotel.getByRole('button', { name: 'Terugsturen' }).click();
	await expect(notaris.getByText('Teruggestuurd naar de matchmaker.')).toBeVisible();
	const flyers = cards.filter({ hasText: 'Drukkerij Salland Print' });
	await flyers.getByRole('button', { name: 'Bekrachtigen' }).click();
	await expect(notaris.getByText('Bekrachtigd: de match is afgesproken')).toBeVisible();
	await expect(notaris.getByTestId('notaris-count')).toHaveText('0 formulieren wachten');
	await expectAccessible(notaris);

	// Tablet 2 hears that its form was ratified; the deal is agreed.
	await expect(offline.getByText('Bekrachtigd')).toBeVisible({ timeout: 20_000 });
	await offline.getByRole('link', { name: 'Bekijk de match' }).click();
	await expect(second.page.getByText('Afgesproken').first()).toBeVisible();
	await expect(second.page.getByText('Flyers ontwerpen voor de open dag').first()).toBeVisible();

	// Tablet 1: the returned form with its remark, corrected and sent again under its id.
	await open(mm.page, consolePath);
	const returned = mm.page.getByRole('listitem').filter({ hasText: 'Zaal voor de jaarvergadering' });
	await expect(returned.getByText('Teruggestuurd')).toBeVisible({ timeout: 20_000 });
	await expect(returned.getByText('Vul ook de uren van de beheerder in')).toBeVisible();
	await returned.getByRole('button', { name: 'Corrigeren en opnieuw versturen' }).click();
	await expect(mm.page.getByRole('combobox', { name: 'Partij A (geeft)' })).toHaveValue('Hotel De Uitkijk');
	await mm.page.getByLabel('Uren helpende handen').fill('2');
	await mm.page.getByRole('button', { name: 'Gecorrigeerd opnieuw naar de notaris' }).click();
	await expect(returned.getByText('Bij de notaris')).toBeVisible();
	expect(await waitingCount(mm.page)).toBe('1 formulier wacht');
	await expect(mm.page.locator('.floor-card')).toContainText('Uren helpende handen: 2');

	// On a phone too: nothing runs off the screen, the touch targets stay large.
	await mm.page.setViewportSize({ width: 375, height: 740 });
	await open(mm.page, consolePath);
	const sideways = await mm.page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways).toBeLessThanOrEqual(0);
	for (const target of [
		mm.page.getByRole('combobox', { name: 'Partij A (geeft)' }),
		mm.page.getByRole('button', { name: 'Opslaan en naar de notaris' }),
		mm.page.getByText('Kennis en kunde', { exact: true })
	]) {
		expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	}
	await expectAccessible(mm.page);

	await mm.context.close();
	await second.context.close();
});

test('a tablet reloads the console offline; its form waits and reaches the notaris', async ({ browser }) => {
	const mm = await tablet(browser, MATCHMAKER);
	const heading = mm.page.getByRole('heading', { level: 1, name: 'Matchmaken op de beursvloer' });
	await open(mm.page, consolePath);
	await expect(heading).toBeVisible();
	// The worker claims the page once it has kept a copy of it (src/service-worker.ts). Playwright's
	// offline emulation also covers the worker's own fetches (Chromium, Playwright 1.65), so the
	// reload below really finds the network gone and the worker answers from its cache.
	await mm.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await mm.context.setOffline(true);
	await mm.page.reload();
	await expect(heading).toBeVisible();
	await expect(mm.page.getByTestId('floor-from-cache')).toContainText('Zonder verbinding geopend');
	await expect(mm.page.getByText('Geen verbinding')).toBeVisible();

	await party(mm.page, 'Partij A (geeft)', 'Ho', 'Hotel De Uitkijk');
	await party(mm.page, 'Partij B (ontvangt)', 'Sp', 'Speeltuinvereniging De Haarlerberg');
	await mm.page.getByLabel('Wat wordt er gegeven?').fill('Tafels lenen voor de braderie');
	await mm.page.getByRole('button', { name: 'Opslaan en naar de notaris' }).click();
	await expect(mm.page.getByTestId('floor-queued')).toHaveText('1 wacht op verbinding');
	const entry = mm.page.getByRole('listitem').filter({ hasText: 'Tafels lenen voor de braderie' });
	await expect(entry.getByText('Wacht op verbinding')).toBeVisible();

	// The notaris has the queue open already: the form appears there without a reload.
	const notaris = await tablet(browser, MATCHMAKER);
	await open(notaris.page, `${consolePath}/notaris`);
	const card = notaris.page.locator('.floor-card').filter({ hasText: 'Tafels lenen voor de braderie' });
	await expect(card).toHaveCount(0);

	await mm.context.setOffline(false);
	await expect(entry.getByText('Bij de notaris')).toBeVisible({ timeout: 15_000 });
	await expect(card).toContainText('Hotel De Uitkijk → Speeltuinvereniging De Haarlerberg', {
		timeout: 15_000
	});
	await notaris.context.close();
	await expect(mm.page.getByTestId('floor-from-cache')).toContainText('De verbinding is terug');
	// Axe once the connection is back (offline it waits seconds for what it cannot load); the
	// status line keeps the note and gains the reload button.
	await expectAccessible(mm.page);
	// The notaris page, under the worker's scope too, comes from the server.
	await open(mm.page, `${consolePath}/notaris`);
	await expect(
		mm.page.locator('.floor-card').filter({ hasText: 'Tafels lenen voor de braderie' })
	).toContainText('Hotel De Uitkijk → Speeltuinvereniging De Haarlerberg');

	// Signed out, the kept console pages (what this matchmaker saw) are forgotten; the build files stay.
	const kept = () =>
		mm.page.evaluate(async () => {
			const paths: string[] = [];
			for (const name of await caches.keys()) {
				for (const request of await (await caches.open(name)).keys())
					paths.push(new URL(request.url).pathname);
			}
			return paths;
		});
	expect(await kept()).toContain(consolePath);
	const menu = mm.page.getByRole('button', { name: 'Menu' });
	if (await menu.isVisible()) await menu.click();
	await mm.page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(mm.page.getByRole('link', { name: 'Inloggen' }).first()).toBeAttached();
	await expect.poll(kept).not.toContain(consolePath);
	expect((await kept()).length).toBeGreaterThan(0);
	await mm.context.close();
});
