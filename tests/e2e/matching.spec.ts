import { expect, test } from '@playwright/test';
import { expectAccessible, open, signInWithPassword } from './helpers';

// Seeded demo accounts (supabase/seed.sql); the server fills proposals on its first start.
const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const MATCHMAKER = 'matchmaker@hellendoorn.demo';

test.describe('matching', () => {
	test.use({ locale: 'nl-NL' });

	test('a business sees proposals with reasons and hides one for good', async ({ page }) => {
		await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
		await open(page, '/mijn/voorstellen');
		await expect(page.getByRole('heading', { level: 1, name: 'Voorstellen' })).toBeVisible();
		await expect(page.getByText('Waarom dit past').first()).toBeVisible();
		await expectAccessible(page);

		const dismiss = page.getByRole('button', { name: /^Niet interessant: / }).first();
		const label = (await dismiss.getAttribute('aria-label')) ?? '';
		expect(label).not.toBe('');
		await dismiss.click();
		await expect(page.getByText('De beursvloer stelt deze combinatie niet opnieuw voor')).toBeVisible();
		await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);

		// It stays hidden on a fresh page load, not only in the page that was open.
		await open(page, '/mijn/voorstellen');
		await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);
	});

	test('a matchmaker pins a proposal in the console', async ({ page }) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await open(page, '/matchmaken');
		await expect(page.getByRole('heading', { level: 1, name: 'Matchmaken' })).toBeVisible();
		await expectAccessible(page);
		// Decisions sit in a fold-out per proposal, so the list stays short on a tablet.
		const decision = page.locator('details').filter({ hasText: 'Besluit nemen' }).first();
		await decision.locator('summary').click();
		await decision.getByLabel('Notitie').fill('Past goed bij elkaar, al eerder samengewerkt');
		await decision.getByRole('button', { name: 'Vastzetten' }).click();
		await expect(page.getByText('Het voorstel is vastgezet')).toBeVisible();
		await expectAccessible(page);
	});

	test('the console writes scores the Dutch way and shows caveats apart from reasons', async ({ page }) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await open(page, '/matchmaken');
		const scores = page.locator('.matchmaker-list > li .beursvloer-meta', { hasText: /score/ });
		await expect(scores.first()).toBeVisible();
		const texts = await scores.allTextContents();
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) expect(text).toMatch(/score [01],\d\d\b/);
		// No reason list item ever reads as a caveat: those sit in their own list.
		await expect(page.locator('ul.reasons li', { hasText: /minder dan gevraagd|Let op/ })).toHaveCount(0);
		await expectAccessible(page);
	});

	test('the console shows what matching learned from a veto, and a matchmaker resets it', async ({
		page
	}) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await open(page, '/matchmaken');
		const learned = page.locator('section', {
			has: page.getByRole('heading', { level: 2, name: 'Wat de koppeling heeft geleerd' })
		});
		await expect(learned).toBeVisible();

		const decision = page.locator('details').filter({ hasText: 'Besluit nemen' }).first();
		await decision.locator('summary').click();
		await decision.getByRole('button', { name: 'Tegenhouden' }).click();
		await expect(page.getByText('Het voorstel is tegengehouden')).toBeVisible();
		// The batch learns: the vetoed kind of pair now weighs less, and the console says why.
		await page.getByRole('button', { name: 'Alles opnieuw berekenen' }).click();
		await expect(page.getByText(/^Klaar: /)).toBeVisible();
		await expect(
			learned.locator('li', { hasText: /lager gewogen[\s\S]*door\s+1×\s+tegengehouden/ }).first()
		).toBeVisible();
		await expectAccessible(page);

		const reset = learned.locator('details').filter({ hasText: 'Leren terugzetten' });
		await reset.locator('summary').click();
		await reset.getByRole('button', { name: 'Ja, zet het geleerde terug' }).click();
		await expect(page.getByText('Het geleerde is teruggezet')).toBeVisible();
		await expect(learned.getByText(/^Nog niets geleerd/)).toBeVisible();
		await expect(learned.getByText(/^Laatst teruggezet op /)).toBeVisible();
		await expectAccessible(page);
	});

	test('people without a municipal role cannot open the console', async ({ page }) => {
		await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
		const response = await page.goto('/matchmaken');
		expect(response?.status()).toBe(403);
	});
});
