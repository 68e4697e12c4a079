import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, open, signInWithMagicLink, signInWithPassword, uniqueEmail } from './helpers';

// What a first-time user tripped over (issue 13): a hidden proposal could not be taken back, an
// exchange round did not say who gives what to whom, and the report form looked like an error
// before anyone typed, also on the owner's own listing.
test.use({ locale: 'nl-NL' });

// Seeded demo accounts (supabase/seed.sql); the server fills proposals on its first start.
const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const CLUB = 'penningmeester@hellendoorn.demo';
const CLUB_NAME = 'Muziekvereniging Concordia Haarle';
const CLUB_REQUEST = 'Posters en flyers voor ons jubileumconcert';
const BAKERY_OFFER = 'Brood en krentenwegge voor uw feest of jubileum';

/** The block of one of the user's own listings on /mijn/voorstellen. */
function listingBlock(page: Page, title: string): Locator {
	return page.getByRole('region', { name: new RegExp(`^Jullie (aanbod|vraag): ${title}$`) });
}

async function noSidewaysScrolling(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
}

async function openBakeryOffer(page: Page) {
	await open(page, '/aanbod?q=krentenwegge');
	await page.getByRole('link', { name: BAKERY_OFFER }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: BAKERY_OFFER })).toBeVisible();
	await page.waitForLoadState('networkidle');
}

test.describe('first use', () => {
	test('an exchange round says who gives what to whom, and what the reader gives and gets', async ({
		page
	}) => {
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await open(page, '/mijn/voorstellen');
		const round = page
			.locator('li.beursvloer-card')
			.filter({ has: page.getByRole('heading', { level: 3, name: /^Ruilrondje \d+$/ }) })
			.first();
		await expect(round).toBeVisible();

		// Every hand-off reads "A geeft X aan B", in order round the circle: each receiver gives next.
		await expect(round.getByText('Wie geeft wat aan wie:')).toBeVisible();
		const lines = (await round.locator('ol > li').allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim());
		expect(lines.length).toBeGreaterThanOrEqual(3);
		const handoffs = lines.map((line) => {
			const m = line.match(
				/^(.+?) geeft (.+) aan (.+?)(?: \((?:voor hun vraag|in ruil voor hun aanbod) .+\))?$/
			);
			expect(m, `"${line}" reads as "A geeft X aan B"`).not.toBeNull();
			return { giver: m![1]!, receiver: m![3]! };
		});
		handoffs.forEach((h, i) => {
			expect(h.receiver).not.toBe(h.giver);
			expect(handoffs[(i + 1) % handoffs.length]!.giver).toBe(h.receiver);
		});
		expect(handoffs.some((h) => h.giver === CLUB_NAME)).toBe(true);

		// The reader's own part, in one line.
		const own = round.getByText(`Voor ${CLUB_NAME}:`);
		await expect(own).toBeVisible();
		const summary = (await own.locator('xpath=..').innerText()).replace(/\s+/g, ' ');
		expect(summary).toMatch(/jullie geven .+ aan .+; jullie krijgen .+ van .+\.$/);
		await expectAccessible(page);
	});

	test('"niet interessant" can be taken back, and an all-hidden listing says so', async ({ page }) => {
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await open(page, '/mijn/voorstellen');
		const block = listingBlock(page, CLUB_REQUEST);
		await expect(block).toBeVisible();

		// Hide every proposal of this request.
		const dismiss = block.getByRole('button', { name: /^Niet interessant: / });
		while ((await dismiss.count()) > 0) {
			const before = await dismiss.count();
			await dismiss.first().click();
			await expect(dismiss).toHaveCount(before - 1);
		}
		await expect(block.getByText('Je hebt alle voorstellen hierbij verborgen')).toBeVisible();
		await expect(block.getByText('Nog geen voorstellen')).toHaveCount(0);
		await expect(block.getByText('Een duidelijke titel en beschrijving helpen')).toHaveCount(0);

		// The hidden ones are folded away, each with "Toch interessant".
		const hidden = block.locator('details');
		const summary = hidden.locator('summary');
		await expect(summary).toHaveText(/^Verborgen voorstellen \(\d+\)$/);
		const count = Number((await summary.innerText()).match(/\((\d+)\)/)![1]);
		expect(count).toBeGreaterThanOrEqual(1);
		const back = block.getByRole('button', { name: /^Toch interessant: Drukwerk: posters en flyers/ });
		await expect(back).toBeHidden();
		await summary.focus();
		await page.keyboard.press('Enter');
		await expect(back).toBeVisible();
		await expectAccessible(page);

		await back.click();
		await expect(page.getByText('Het voorstel is teruggezet')).toBeVisible();
		// Back among the proposals (it still fits), and one fewer hidden.
		await expect(
			block.getByRole('button', { name: /^Niet interessant: Drukwerk: posters en flyers/ })
		).toBeVisible();
		await expect(block.getByText('Je hebt alle voorstellen hierbij verborgen')).toHaveCount(0);
		if (count > 1) await expect(summary).toHaveText(`Verborgen voorstellen (${count - 1})`);
		else await expect(hidden).toHaveCount(0);

		// Still so on a fresh page load.
		await open(page, '/mijn/voorstellen');
		await expect(
			listingBlock(page, CLUB_REQUEST).getByRole('button', { name: /^Niet interessant: Drukwerk: posters/ })
		).toBeVisible();
		await expectAccessible(page);
	});

	test('the report form is folded behind a button and not red before anyone typed', async ({ page }) => {
		// A fresh reporter each run: one person reports a listing once.
		await signInWithMagicLink(page, uniqueEmail('melder'), { name: 'Mila Melder' });
		await openBakeryOffer(page);
		await expect(page.getByRole('heading', { level: 2, name: 'Interesse?' })).toBeVisible();

		const reason = page.getByLabel('Wat is er mis?');
		await expect(reason).toHaveCount(0);
		const toggle = page.getByRole('button', { name: 'Meld dit aanbod' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expectAccessible(page);

		// By keyboard: the button opens the form and focus moves into it.
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(reason).toBeFocused();

		// Required and empty, yet drawn like any field until the user leaves it empty or sends it.
		const colours = await reason.evaluate((el) => {
			const probe = document.createElement('div');
			probe.style.borderColor = 'var(--utrecht-form-control-invalid-border-color)';
			probe.style.borderStyle = 'solid';
			el.parentElement!.append(probe);
			const invalid = getComputedStyle(probe).borderTopColor;
			probe.remove();
			return { field: getComputedStyle(el).borderTopColor, invalid };
		});
		expect(colours.field).not.toBe(colours.invalid);
		await expectAccessible(page);

		// Sent empty: the server's message, the field marked invalid, the form still open.
		await page.getByRole('button', { name: 'Melding versturen' }).click();
		await expect(reason).toHaveAttribute('aria-invalid', 'true');
		expect(await reason.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(colours.invalid);
		await expectAccessible(page);

		await reason.fill('Dit lijkt een advertentie met prijzen, geen ruil.');
		await page.getByRole('button', { name: 'Melding versturen' }).click();
		await expect(page.getByText('Bedankt. Je melding is naar de gemeente gestuurd.')).toBeVisible();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(reason).toHaveCount(0);

		// Pressing it again folds it away again.
		await toggle.click();
		await expect(reason).toBeFocused();
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(reason).toHaveCount(0);
	});

	test('the report form opens without JavaScript too', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
		const page = await context.newPage();
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await openBakeryOffer(page);
		await page.getByRole('button', { name: 'Meld dit aanbod' }).click();
		await expect(page.getByLabel('Wat is er mis?')).toBeVisible();
		await context.close();
	});

	test('owners see neither "Meld" nor "Interesse?" on their own listing', async ({ page }) => {
		await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
		await openBakeryOffer(page);
		await expect(page.getByRole('link', { name: 'Beheren' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Interesse?' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Meld / })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Klopt er iets niet?' })).toHaveCount(0);
		await expectAccessible(page);
	});

	test('hidden proposals, rounds and the folded report form fit a phone @phone', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await open(page, '/mijn/voorstellen');
		const block = listingBlock(page, CLUB_REQUEST);
		const dismiss = block.getByRole('button', { name: /^Niet interessant: / }).first();
		if ((await block.locator('details').count()) === 0) {
			await dismiss.click();
			await expect(page.getByText('Het voorstel is verborgen')).toBeVisible();
		}
		await block.locator('details summary').click();
		await expect(block.getByRole('button', { name: /^Toch interessant: / }).first()).toBeVisible();
		await noSidewaysScrolling(page);
		await expectAccessible(page);

		await openBakeryOffer(page);
		await page.getByRole('button', { name: 'Meld dit aanbod' }).click();
		await expect(page.getByLabel('Wat is er mis?')).toBeFocused();
		await noSidewaysScrolling(page);
		await expectAccessible(page);
	});
});
