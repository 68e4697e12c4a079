import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible, open, signInWithMagicLink, signInWithPassword, uniqueEmail } from './helpers';

// What a first-time user tripped over (issue 13): a typo without a suggestion, an organisation
// registered twice, staff landing on onboarding, the admin's menu on two lines, a console
// without filters or pages, no next step after registering, and inviting yourself.
const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const ADMIN = 'admin@hellendoorn.demo';
const MATCHMAKER = 'matchmaker@hellendoorn.demo';

test.use({ locale: 'nl-NL' });

test.describe('search', () => {
	test('a typo that finds nothing offers "Bedoelde je: website?"', async ({ page }) => {
		await open(page, '/aanbod?q=webiste');
		await expect(page.getByText('Bedoelde je:')).toBeVisible();
		const suggestion = page.getByRole('link', { name: 'website', exact: true });
		await expect(suggestion).toBeVisible();
		await expectAccessible(page);

		await suggestion.click();
		await expect(page).toHaveURL(/\/aanbod\?q=website$/);
		await expect(page.getByRole('heading', { name: 'Website bouwen of vernieuwen' })).toBeVisible();
		// It found enough now: no suggestion.
		await expect(page.getByText('Bedoelde je:')).toHaveCount(0);
	});
});

test.describe('registering an organisation', () => {
	test.describe.configure({ mode: 'serial' });

	const founder = uniqueEmail('oprichter');
	const name = `Regge-ICT`;
	let context: BrowserContext;
	let page: Page;

	test.beforeAll(async ({ browser }) => {
		context = await browser.newContext({ locale: 'nl-NL' });
		page = await context.newPage();
	});
	test.afterAll(async () => {
		await context.close();
	});

	test('a nearly identical name warns and points to the existing organisation; the founder may go on', async () => {
		await signInWithMagicLink(page, founder, { name: 'Olga Oprichter' });
		await open(page, '/welkom');
		await page.getByLabel('Bedrijf', { exact: true }).check();
		await page.getByLabel('Naam', { exact: true }).fill(name);
		await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();

		await expect(page.getByText('Bestaat deze organisatie al?')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Regge ICT', exact: true })).toHaveAttribute(
			'href',
			'/organisaties/regge-ict'
		);
		await expect(page.getByText('vraag een eigenaar om een uitnodiging')).toBeVisible();
		await expect(page.getByLabel('Naam', { exact: true })).toHaveValue(name);
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Toch aanmelden' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} beheren`);
	});

	test('after registering, the page offers the next steps', async () => {
		const post = page.getByRole('link', { name: 'Plaats je eerste aanbod' });
		await expect(post).toBeVisible();
		await expect(post).toHaveAttribute(
			'href',
			/\/mijn\/aanbod-en-vragen\/nieuw\?organisatie=regge-ict-2&soort=aanbod$/
		);
		const invite = page.getByRole('link', { name: 'Nodig een collega uit' });
		await expect(invite).toBeVisible();
		await expectAccessible(page);

		await invite.click();
		await expect(page).toHaveURL(/#invite-email$/);
		await expect(page.getByLabel('E-mailadres', { exact: true })).toBeInViewport();
	});

	test('inviting yourself is refused with a message at the address', async () => {
		await page.getByLabel('E-mailadres', { exact: true }).fill(founder);
		await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
		await expect(
			page.getByText('Dit is je eigen e-mailadres: je bent al lid van deze organisatie.')
		).toBeVisible();
		await expect(page.getByLabel('E-mailadres', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('table', { name: 'Openstaande uitnodigingen' })).toHaveCount(0);
		await expectAccessible(page);
	});

	test('an existing KvK number is refused, pointing to its organisation', async () => {
		await open(page, '/mijn/organisaties/nieuw');
		await page.getByLabel('Bedrijf', { exact: true }).check();
		await page.getByLabel('Naam', { exact: true }).fill(`Heel andere zaak ${Date.now()}`);
		await page.getByLabel('KvK-nummer').fill('0812 3404');
		await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();

		await expect(page.getByText('Er is al een organisatie met dit KvK-nummer: Regge ICT.')).toBeVisible();
		await expect(page.getByLabel('KvK-nummer')).toHaveAttribute('aria-invalid', 'true');
		// Not a warning one may click away: the form offers no "Toch aanmelden".
		await expect(page.getByRole('button', { name: 'Toch aanmelden' })).toHaveCount(0);
		await expectAccessible(page);
	});
});

test.describe('staff', () => {
	test('a matchmaker without an organisation lands on the console', async ({ page }) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await expect(page).toHaveURL(/\/matchmaken$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Matchmaken' })).toBeVisible();
	});

	test('the console filters and pages the proposals; a bad value in the link is ignored with a note', async ({
		page
	}) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await open(page, '/matchmaken');
		const proposals = page.locator('section[aria-labelledby="proposals-heading"] ol > li');
		// The demo municipality has 50 proposals: two pages of 25.
		await expect(proposals).toHaveCount(25);
		await expect(page.getByText('pagina 1 van 2')).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Paginering' })
			.getByRole('link', { name: 'Pagina 2' })
			.click();
		await expect(page).toHaveURL(/\/matchmaken\?page=2$/);
		await expect(page.getByText('pagina 2 van 2')).toBeVisible();
		expect(await proposals.count()).toBeGreaterThan(0);

		await page.getByLabel('Score', { exact: true }).selectOption('strong');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(/\/matchmaken\?.*band=strong/);
		await expect(page.getByLabel('Score', { exact: true })).toHaveValue('strong');
		const shown = await proposals.count();
		for (let i = 0; i < shown; i++) await expect(proposals.nth(i)).toContainText('Sterke match');
		await expectAccessible(page);

		await page.getByLabel('Besluit', { exact: true }).selectOption('veto');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page.getByText('Geen voorstellen met deze filters.')).toBeVisible();

		const response = await page.goto('/matchmaken?band=super&category=geld&page=-3');
		expect(response?.status()).toBe(200);
		await expect(page.getByText('Niet gebruikt, want de waarde in de link bestaat niet:')).toContainText(
			'Categorie, Score, pagina'
		);
		await expectAccessible(page);
	});

	test("the admin's menu stays on one line at 1280 px", async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
		await open(page, '/beheer');
		const items = page.locator('#site-nav a, #site-nav button');
		await expect(page.locator('#site-nav').getByRole('link', { name: 'Beheer' })).toBeVisible();
		const tops = await items.evaluateAll((els) =>
			els.map((el) => Math.round(el.getBoundingClientRect().top))
		);
		expect(tops.length).toBeGreaterThanOrEqual(10);
		// One line: every item starts at the same height (a second line starts 44 px lower).
		expect(Math.max(...tops) - Math.min(...tops), `menu item tops: ${tops.join(', ')}`).toBeLessThanOrEqual(
			4
		);
		// ...and the line fits: no item runs off the screen, the page does not scroll sideways.
		const rights = await items.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
		expect(Math.max(...rights), 'the last menu item ends within the window').toBeLessThanOrEqual(1280);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
		await expectAccessible(page);
	});

	test('the console and its filters fit a phone @phone', async ({ page }) => {
		await signInWithPassword(page, MATCHMAKER, DEMO_PASSWORD);
		await open(page, '/matchmaken?band=strong');
		await expect(page.getByLabel('Score', { exact: true })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectAccessible(page);
	});
});
