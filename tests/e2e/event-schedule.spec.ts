import { expect, test } from '@playwright/test';
import { expectAccessible, open, signInWithPassword } from './helpers';

// The conversation schedule (issue 15) on the seeded coming edition, which has registrations of
// Bakkerij Nijhuis (bakker@) and of the demo marketplace's businesses and clubs
// (supabase/seed/rondes.sql): the admin is told what is wrong with the rounds, makes the schedule,
// sees it as a grid, marks a no-show and re-plans, and opens the printable routes; a matchmaker
// looks up where a participant sits; the bakery opens its own route with its badge. axe on every page this adds. Changes no listing.
test.use({ locale: 'nl-NL' });
test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const EDITION = 'e0000000-0000-4000-8000-000000000002';

test('an admin makes the conversation schedule and re-plans after a no-show', async ({ page }) => {
	await signInWithPassword(page, 'admin@hellendoorn.demo', DEMO_PASSWORD);
	await open(page, `/beheer/evenementen/${EDITION}`);
	await page.getByRole('link', { name: 'Gespreksschema en routes' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Gespreksschema' })).toBeVisible();
	await expectAccessible(page);

	// Out of range, and too long for 19:30-21:00: a message next to the field.
	await page.getByLabel('Aantal rondes').fill('0');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Vul een aantal rondes in van 1 tot 30.').first()).toBeVisible();
	await page.getByLabel('Aantal rondes').fill('30');
	await page.getByLabel('Minuten per ronde').fill('10');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Zoveel rondes passen niet tussen 19:30 en 21:00 uur.').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Aantal rondes').fill('8');
	await page.getByLabel('Aantal tafels').fill('5');
	await page.getByLabel('Minuten per ronde').fill('5');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('De rondes en tafels zijn opgeslagen.')).toBeVisible();
	await expect(page.getByLabel('Aantal tafels')).toHaveValue('5');

	// The server computes the proposals in the background on its first start: try again until
	// the plan has conversations.
	await expect(async () => {
		await page.getByRole('button', { name: 'Maak het gespreksschema' }).click();
		await expect(page.getByText(/Het gespreksschema is gemaakt: [1-9]\d* gesprekken\./)).toBeVisible({
			timeout: 5_000
		});
	}).toPass({ timeout: 60_000 });
	const grid = page.getByRole('table', { name: 'Gesprekken per ronde (rijen) en tafel (kolommen)' });
	await expect(grid.getByRole('columnheader', { name: 'Tafel 5' })).toBeVisible();
	await expect(grid.getByRole('rowheader', { name: '8 · 20:05' })).toBeVisible();
	await expectAccessible(page);

	// Regge ICT does not show up: re-planned from round 4, it is gone from rounds 4-8.
	await page.getByLabel('Deelnemer').selectOption({ label: 'Regge ICT' });
	await page.getByLabel('Opnieuw plannen vanaf ronde').selectOption('4');
	await page.getByRole('button', { name: 'Niet verschenen: plan opnieuw' }).click();
	await expect(page.getByText('Opnieuw gepland vanaf ronde 4.')).toBeVisible();
	await expect(page.getByText('niet verschenen: Regge ICT')).toBeVisible();
	for (const round of [4, 5, 6, 7, 8]) {
		const row = grid
			.getByRole('row')
			.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${round} · `) }) });
		await expect(row).not.toContainText('Regge ICT');
	}
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Routes en badges afdrukken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Routes en badges' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Route van Bakkerij Nijhuis' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Route van Regge ICT' })).toHaveCount(0);
	await expect(page.getByRole('img', { name: 'QR-code naar de pagina van Bakkerij Nijhuis' })).toBeVisible();
	await expectAccessible(page);
	// One participant per printed page.
	await page.emulateMedia({ media: 'print' });
	const breaks = await page
		.locator('article')
		.first()
		.evaluate((el) => getComputedStyle(el).breakAfter);
	expect(breaks).toBe('page');
});

test('a matchmaker who is not an admin finds where a participant sits', async ({ page, browser }) => {
	await signInWithPassword(page, 'matchmaker@hellendoorn.demo', DEMO_PASSWORD);
	await open(page, `/matchmaken/beursvloer/${EDITION}`);
	await page.getByRole('link', { name: 'Gespreksschema', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Gespreksschema' })).toBeVisible();
	// The edition is weeks away: no round is under way, the page says when they run.
	await expect(page.getByText('8 rondes, de eerste om 19:30 uur, de laatste om 20:05 uur.')).toBeVisible();
	const grid = page.getByRole('table', { name: 'Gesprekken per ronde (rijen) en tafel (kolommen)' });
	await expect(grid.getByRole('rowheader')).toHaveCount(8);
	// Reading only: planning and no-shows stay with the admins.
	await expect(page.getByRole('button', { name: 'Maak het gespreksschema' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Niet verschenen: plan opnieuw' })).toHaveCount(0);
	await expectAccessible(page);

	// Somebody with a conversation in round 1: their route, and their cells outlined in the grid.
	const first = await grid
		.getByRole('row')
		.nth(1)
		.getByRole('cell')
		.filter({ hasNotText: 'vrij' })
		.first()
		.innerText();
	const name = first.split('\n')[0]!.trim();
	await page.getByLabel('Waar zit een deelnemer?').selectOption({ label: name });
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page.getByRole('heading', { level: 2, name: `Route van ${name}` })).toBeVisible();
	const route = page.getByRole('table', { name: `Route van ${name}` });
	await expect(route.getByRole('rowheader')).toHaveCount(8);
	const talks = await route.locator('tbody tr').filter({ hasNotText: 'Pauze: loop langs de hoeken' }).count();
	expect(talks).toBeGreaterThan(0);
	const marked = grid.locator('td.beursvloer-schedule-mine');
	await expect(marked).toHaveCount(talks);
	for (const text of await marked.allTextContents()) expect(text).toContain(name);
	await expect(page.getByLabel('Waar zit een deelnemer?')).toHaveValue(/^[0-9a-f-]{36}$/);
	await expectAccessible(page);

	// A link to somebody not in this schedule says so next to the field.
	await open(page, `/matchmaken/beursvloer/${EDITION}/schema?deelnemer=00000000-0000-4000-8000-00000000dead`);
	await expect(
		page.getByText('Die deelnemer staat niet (meer) in dit schema. Kies een andere.')
	).toBeVisible();
	await expectAccessible(page);

	// Members of an organisation do not see the municipality's floor pages.
	const member = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
	await signInWithPassword(member, 'bakker@hellendoorn.demo', DEMO_PASSWORD);
	const response = await member.goto(`/matchmaken/beursvloer/${EDITION}/schema`);
	expect(response?.status()).toBe(403);
	await member.context().close();
});

test('a participant opens their printable route with a badge', async ({ page }) => {
	await signInWithPassword(page, 'bakker@hellendoorn.demo', DEMO_PASSWORD);
	await open(page, `/beursvloer/${EDITION}/route`);
	await expect(page.getByRole('heading', { level: 1, name: 'Jouw gespreksroute' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Route van Bakkerij Nijhuis' })).toBeVisible();
	const route = page.getByRole('table', { name: 'Route van Bakkerij Nijhuis' });
	await expect(route.getByRole('rowheader')).toHaveCount(8);
	await expect(route.getByRole('row').filter({ hasText: '19:30' })).toBeVisible();
	const qr = page.getByRole('img', { name: 'QR-code naar de pagina van Bakkerij Nijhuis' });
	await expect(qr).toBeVisible();
	await expect(page.getByText(/\/organisaties\/bakkerij-nijhuis$/)).toBeVisible();
	await expectAccessible(page);
	// The QR code's link is the organisation's public page.
	await open(page, '/organisaties/bakkerij-nijhuis');
	await expect(page.getByRole('heading', { level: 1, name: 'Bakkerij Nijhuis' })).toBeVisible();
});
