import { expect, test } from '@playwright/test';
import { expectAccessible, open, signInWithPassword } from './helpers';

// After the beursvloer: a visitor finds last year's seeded edition on the public event page,
// opens its results (totals, corners, villages, kinds, earlier editions) and downloads them as
// CSV and PDF; the municipality's follow-up list counts per edition what became of the matches.
// Reads only the seeded results (supabase/seed/resultaten-beursvloer.sql); changes nothing.
test.use({ locale: 'nl-NL' });

const PAST = 'e0000000-0000-4000-8000-000000000001';
const ADMIN = 'admin@hellendoorn.demo';
const DEMO_PASSWORD = 'demo-wachtwoord-2026';

test('a visitor opens the results of last year and downloads them', async ({ page }) => {
	await open(page, '/beursvloer');
	await page
		.getByRole('link', { name: /Resultaten van de Maatschappelijke Beursvloer Hellendoorn/ })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`/beursvloer/${PAST}/resultaten$`));
	await expect(page.getByRole('heading', { level: 1, name: /^Resultaten van de / })).toBeVisible();

	const totals = page.getByTestId('results-totals');
	await expect(totals.locator('[data-total="matches"]')).toHaveText('14');
	await expect(totals.locator('[data-total="value"]')).toContainText('€');
	await expect(page.getByRole('table', { name: 'Per hoek' })).toContainText('Helpende handen');
	await expect(page.getByRole('table', { name: 'Per kern' })).toContainText('Daarle');
	await expect(
		page.getByRole('table', { name: 'Vergelijking met eerdere edities' }).locator('tbody tr')
	).toHaveCount(2);
	await expect(page.getByRole('img', { name: 'Grafiek: matches per hoek' })).toBeVisible();
	await expectAccessible(page);

	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als CSV (spreadsheet)' }).click()
	]);
	expect(csv.suggestedFilename()).toMatch(/^resultaten-beursvloer-\d{4}-\d{2}-\d{2}\.csv$/);
	const csvBytes = await (await csv.createReadStream()).toArray();
	const csvText = Buffer.concat(csvBytes).toString('utf8');
	expect(csvText.startsWith('\uFEFFOnderdeel;Naam;Soort;Matches;Waarde (EUR)\r\n')).toBe(true);
	expect(csvText).toContain('Per hoek;Helpende handen;;4;');

	const [pdf] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Download als PDF (rapport voor de raad)' }).click()
	]);
	expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
	const pdfBytes = Buffer.concat(await (await pdf.createReadStream()).toArray());
	expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	expect(pdfBytes.length).toBeGreaterThan(1024);
});

test('an edition still to come has no results page', async ({ page }) => {
	const res = await page.goto('/beursvloer/e0000000-0000-4000-8000-000000000002/resultaten');
	expect(res?.status()).toBe(404);
});

test('the follow-up list counts per edition what became of its matches', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/matchmaken/opvolging');
	const editions = page.getByTestId('followup-editions');
	await expect(editions).toContainText(
		/Maatschappelijke Beursvloer Hellendoorn \d{4}: 14 matches, 8 uitgevoerd, 4 loopt, 2 niet haalbaar/
	);
	await editions.getByRole('link', { name: /: 14 matches/ }).click();
	await expect(page).toHaveURL(new RegExp(`editie=${PAST}`));
	// The four still running, no other deals.
	await expect(page.getByTestId('followup-row')).toHaveCount(4);
	await expectAccessible(page);
});
