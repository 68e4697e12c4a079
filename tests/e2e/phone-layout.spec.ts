import { expect, test } from '@playwright/test';
import { expectAccessible, open } from './helpers';

// What a phone user taps and reads: filter boxes large enough to hit, the theme's colours on
// form controls, and long Dutch compounds broken at syllables instead of mid-letter.
test.use({ locale: 'nl-NL' });

test('filter checkboxes and radio buttons are large enough to tap, in the theme colour @phone', async ({
	page
}) => {
	await open(page, '/aanbod');
	await page.getByText('Filters en sorteren').click();
	const boxes = page.locator('input[type="checkbox"][name="categories"]');
	await expect(boxes.first()).toBeVisible();
	for (const box of await boxes.all()) {
		const size = await box.boundingBox();
		expect(size!.width).toBeGreaterThanOrEqual(24);
		expect(size!.height).toBeGreaterThanOrEqual(24);
	}
	const brand = await page.evaluate(() =>
		getComputedStyle(document.querySelector('.beursvloer')!).getPropertyValue('--beursvloer-brand').trim()
	);
	expect(brand).not.toBe('');
	const accent = await boxes.first().evaluate((el) => getComputedStyle(el).accentColor);
	expect(accent).not.toBe('auto');

	await open(page, '/taal');
	const radio = page.locator('input[type="radio"]').first();
	expect(await radio.evaluate((el) => getComputedStyle(el).accentColor)).toBe(accent);
	const radioSize = await radio.boundingBox();
	expect(radioSize!.width).toBeGreaterThanOrEqual(24);
	await expectAccessible(page);
});

test('details of a listing hyphenate Dutch words instead of breaking them anywhere @phone', async ({
	page
}) => {
	await open(page, '/aanbod?q=website');
	await page
		.getByRole('link', { name: /Website bouwen of vernieuwen/ })
		.first()
		.click();
	const amount = page.locator('.beursvloer-dl dd', { hasText: 'instructiemomenten' });
	await expect(amount).toBeVisible();
	const style = await amount.evaluate((el) => {
		const s = getComputedStyle(el);
		return { hyphens: s.hyphens, wrap: s.overflowWrap, lang: el.closest('[lang]')?.getAttribute('lang') };
	});
	expect(style).toEqual({ hyphens: 'auto', wrap: 'break-word', lang: 'nl' });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
});
