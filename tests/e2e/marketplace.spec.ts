import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, signInWithPassword } from './helpers';

// Dutch first: the browser asks for Dutch, as most visitors here do.
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const CLUB = 'penningmeester@hellendoorn.demo';
const ADMIN = 'admin@hellendoorn.demo';

/** A date `days` from today as the date inputs take it (YYYY-MM-DD). */
function inDays(days: number): string {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return d.toISOString().slice(0, 10);
}

const OFFER_TITLE = 'Kniepertjes en krentenwegge voor verenigingen';
const REQUEST_TITLE = 'Jubileumconcert: hulp bij de catering';

test.describe('marketplace: post, find, report', () => {
	test.describe.configure({ mode: 'serial' });

	let offerPath = '';

	test('the business signs in, posts an offer, pauses and reopens it, and sees the history', async ({
		page
	}) => {
		await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
		await page.goto('/mijn/aanbod-en-vragen');
		await expect(page.getByRole('heading', { level: 1, name: 'Mijn aanbod en vragen' })).toBeVisible();
		await expectAccessible(page);

		// A business offers by default.
		await page.getByRole('link', { name: /^Aanbod plaatsen/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Aanbod plaatsen' })).toBeVisible();
		await expectAccessible(page);

		await page.getByLabel('Titel').fill(OFFER_TITLE);
		await page
			.getByLabel('Omschrijving')
			.fill('Wij bakken kniepertjes en krentenwegge voor jullie jubileum, open dag of concert.');
		await page.getByLabel('Middelen & materialen').check();
		await page.getByLabel('Hoeveelheid').fill('Voor 60 personen');
		await page.getByLabel('Plaats').fill('Nijverdal');
		await page.getByLabel('Beschikbaar tot').fill(inDays(90));
		await page.getByLabel('Geschat aantal uren').fill('4,5');
		await page.getByLabel('Wat we graag terug zouden zien').fill('Een optreden op onze open dag.');
		await page.getByRole('button', { name: 'Publiceren' }).click();

		await expect(page).toHaveURL(/\/mijn\/aanbod-en-vragen\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('status').first()).toHaveText('Je plaatsing staat op de beursvloer.');
		await expect(page.getByRole('heading', { level: 1, name: OFFER_TITLE })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Aangemaakt als open' })).toBeVisible();
		await expectAccessible(page);

		await page.getByRole('button', { name: 'Pauzeren' }).click();
		await expect(page.getByRole('status').first()).toHaveText('De status is nu: gepauzeerd.');
		await page.getByRole('button', { name: 'Heropenen' }).click();
		await expect(page.getByRole('status').first()).toHaveText('De status is nu: open.');
		await expect(page.getByRole('cell', { name: 'Status van open naar gepauzeerd' })).toBeVisible();
		await expect(page.getByRole('cell', { name: 'Status van gepauzeerd naar open' })).toBeVisible();

		await page.getByRole('link', { name: 'Bewerken' }).click();
		await expect(page.getByLabel('Hoeveelheid')).toHaveValue('Voor 60 personen');
		await expect(page.getByLabel('Geschat aantal uren')).toHaveValue('4.5');
		await page.getByLabel('Hoeveelheid').fill('Voor 80 personen');
		await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(page.getByRole('status').first()).toHaveText('Je wijzigingen zijn opgeslagen.');
		await expect(page.getByRole('cell', { name: 'Gewijzigd: hoeveelheid' })).toBeVisible();

		await page.getByRole('link', { name: 'Openbare pagina bekijken' }).click();
		await expect(page).toHaveURL(/\/aanbod\/[0-9a-f-]{36}$/);
		offerPath = new URL(page.url()).pathname;
	});

	test('bad input gets a Dutch message per field and keeps everything that was typed', async ({ page }) => {
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		// A voluntary organisation asks for help by default.
		await page.goto('/mijn/aanbod-en-vragen/nieuw');
		await expect(page.getByRole('heading', { level: 1, name: 'Hulpvraag plaatsen' })).toBeVisible();

		const longText = `<script>alert('x')</script> ${'heel lang verhaal '.repeat(1200)}`;
		await page.getByLabel('Omschrijving').fill(longText);
		await page.getByLabel('Plaats').fill('Atlantis');
		await page.getByLabel('Nodig vóór').fill('2020-01-01');
		await page.getByLabel('Geschat aantal uren').fill('99999');
		await page.getByLabel('Wat we kunnen teruggeven').fill('Een optreden van ons jeugdorkest.');
		await page.getByRole('button', { name: 'Publiceren' }).click();

		await expect(page.getByRole('alert').first()).toContainText('Niet alles is goed ingevuld');
		await expect(page.getByText('Geef je aanbod of vraag een titel.')).toBeVisible();
		await expect(page.getByText('De omschrijving mag maximaal 5000 tekens lang zijn')).toBeVisible();
		await expect(page.getByText('Kies een categorie.')).toBeVisible();
		await expect(page.getByText('Kies een plaats uit de lijst')).toBeVisible();
		await expect(page.getByText('Vul een aantal uren in tussen 0,5 en 2000.')).toBeVisible();

		await expect(page.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Omschrijving')).toHaveValue(longText);
		await expect(page.getByLabel('Plaats')).toHaveValue('Atlantis');
		await expect(page.getByLabel('Geschat aantal uren')).toHaveValue('99999');
		await expect(page.getByLabel('Wat we kunnen teruggeven')).toHaveValue(
			'Een optreden van ons jeugdorkest.'
		);
		await expectAccessible(page);

		// An offer's end date before its start date.
		await page.goto('/mijn/aanbod-en-vragen/nieuw?soort=aanbod');
		await page.getByLabel('Titel').fill('Tafels en stoelen');
		await page.getByLabel('Ruimte & faciliteiten').check();
		await page.getByLabel('Plaats').fill('Haarle');
		await page.getByLabel('Beschikbaar vanaf').fill(inDays(30));
		await page.getByLabel('Beschikbaar tot').fill(inDays(20));
		await page.getByRole('button', { name: 'Bewaren als concept' }).click();
		await expect(page.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
		await expect(page.getByLabel('Titel')).toHaveValue('Tafels en stoelen');
		await expect(page.getByLabel('Ruimte & faciliteiten')).toBeChecked();

		// A request needed by a day that has passed (the date checks run once the fields are valid).
		await page.goto('/mijn/aanbod-en-vragen/nieuw?soort=hulpvraag');
		await page.getByLabel('Titel').fill('Vrijwilligers voor de rommelmarkt');
		await page.getByLabel('Helpende handen').check();
		await page.getByLabel('Plaats').fill('Haarle');
		await page.getByLabel('Nodig vóór').fill('2020-01-01');
		await page.getByRole('button', { name: 'Publiceren' }).click();
		await expect(page.getByText('Deze datum ligt in het verleden.')).toBeVisible();
		await expect(page.getByLabel('Nodig vóór')).toHaveValue('2020-01-01');
	});

	test('the business finds its offers in its own list by status and by words', async ({ page }) => {
		await signInWithPassword(page, BAKERY, DEMO_PASSWORD);
		await page.goto('/mijn/aanbod-en-vragen');
		const table = page.getByRole('table', { name: 'Plaatsingen van Bakkerij Nijhuis' });
		const status = page.getByLabel('Status', { exact: true });
		const words = page.getByLabel('Zoeken in titel en omschrijving');
		const submit = page.getByRole('button', { name: 'Toon plaatsingen' });

		await status.selectOption({ label: 'Open' });
		await submit.click();
		await expect(page).toHaveURL(/state=open/);
		await expect(table.getByRole('link', { name: OFFER_TITLE })).toBeVisible();
		await expect(table.getByRole('link', { name: /^Brood en krentenwegge/ })).toBeVisible();
		await expectAccessible(page);

		// Words (with an inflection), every status: only the kniepertjes; the words stay in the form.
		await status.selectOption({ label: 'Alle statussen' });
		await words.fill('kniepertje');
		await submit.click();
		await expect(table.getByRole('link', { name: OFFER_TITLE })).toBeVisible();
		await expect(table.getByRole('link', { name: /^Brood en krentenwegge/ })).toHaveCount(0);
		await expect(words).toHaveValue('kniepertje');

		await status.selectOption({ label: 'Concept' });
		await submit.click();
		await expect(
			page.getByText('Geen plaatsingen van Bakkerij Nijhuis met deze zoekwoorden of status.')
		).toBeVisible();
		await page.getByRole('link', { name: 'Alle plaatsingen tonen' }).click();
		await expect(table.getByRole('link', { name: /^Brood en krentenwegge/ })).toBeVisible();
		await expect(words).toHaveValue('');
	});

	test('the club signs in and posts a request', async ({ page }) => {
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await page.goto('/mijn/aanbod-en-vragen');
		await page.getByRole('link', { name: /^Hulpvraag plaatsen/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Hulpvraag plaatsen' })).toBeVisible();

		await page.getByLabel('Titel').fill(REQUEST_TITLE);
		await page
			.getByLabel('Omschrijving')
			.fill('Voor ons jubileumconcert in het dorpshuis zoeken we hulp met hapjes en drankjes.');
		await page.getByLabel('Helpende handen').check();
		await page.getByLabel('Hoeveelheid').fill('3 vrijwilligers, 1 avond');
		await page.getByLabel('Plaats').fill('haarle');
		await page.getByLabel('Nodig vóór').fill(inDays(60));
		await page.getByLabel('Wat we kunnen teruggeven').fill('Een gratis optreden op jullie bedrijfsfeest.');
		await page.getByRole('button', { name: 'Publiceren' }).click();

		await expect(page.getByRole('status').first()).toHaveText('Je plaatsing staat op de beursvloer.');
		await expect(page.getByRole('heading', { level: 1, name: REQUEST_TITLE })).toBeVisible();
		await expectAccessible(page);
	});

	test('an anonymous visitor finds both by searching with a typo', async ({ page }) => {
		await page.goto('/aanbod');
		await expect(page.getByRole('heading', { level: 1, name: 'Aanbod' })).toBeVisible();
		await expectAccessible(page);

		await search(page, 'kniepertjs');
		await page.getByRole('link', { name: OFFER_TITLE }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: OFFER_TITLE })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Bakkerij Nijhuis' }).first()).toHaveAttribute(
			'href',
			'/organisaties/bakkerij-nijhuis'
		);
		await expect(page.getByText('Een optreden op onze open dag.')).toBeVisible();
		// No private contact details on a public page.
		await expect(page.locator('main')).not.toContainText('bakker@hellendoorn.demo');
		await expect(page.locator('main')).not.toContainText('0548 612 345');
		await expect(page.getByRole('link', { name: 'Log in om deze plaatsing te melden' })).toBeVisible();
		await expectAccessible(page);

		// The organisation's page lists its open listings; a page past the end leads to the first.
		await page.getByRole('link', { name: 'Bakkerij Nijhuis' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Bakkerij Nijhuis' })).toBeVisible();
		await expect(page.getByRole('link', { name: OFFER_TITLE })).toBeVisible();
		await expectAccessible(page);
		await page.goto('/organisaties/bakkerij-nijhuis?page=9');
		await expect(page).toHaveURL(/\/organisaties\/bakkerij-nijhuis$/);
		await expect(page.getByRole('link', { name: OFFER_TITLE })).toBeVisible();

		await page.goto('/vragen');
		await search(page, 'jubileumconsert');
		await page.getByRole('link', { name: REQUEST_TITLE }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: REQUEST_TITLE })).toBeVisible();
		await expect(page.getByText('Wat we kunnen teruggeven')).toBeVisible();
		await expectAccessible(page);
	});

	test('filters and paging live in the URL and are kept in the form', async ({ page }) => {
		await page.goto('/vragen?categories=hands&place=Haarle&km=10&sort=distance');
		await expect(page.getByLabel('Helpende handen')).toBeChecked();
		await expect(page.getByLabel('Plaats', { exact: true })).toHaveValue('Haarle');
		await expect(page.getByLabel('Afstand')).toHaveValue('10');
		await expect(page.getByLabel('Sorteren op')).toHaveValue('distance');
		await expect(page.getByRole('status')).toContainText('gevonden');
		await expect(page.getByRole('link', { name: REQUEST_TITLE }).first()).toBeVisible();

		await page.goto('/aanbod');
		const pagination = page.getByRole('navigation', { name: 'Paginering' });
		await pagination.getByRole('link', { name: 'Volgende' }).click();
		await expect(page).toHaveURL(/page=2/);
		await expect(pagination.getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');
		await expectAccessible(page);
	});

	test('a signed-in user reports a listing and the admin resolves it in /beheer/meldingen', async ({
		page
	}) => {
		expect(offerPath, 'the offer from the first test').not.toBe('');
		await signInWithPassword(page, CLUB, DEMO_PASSWORD);
		await page.goto(offerPath);
		// The form is folded behind a button (first-use-proposals.spec.ts tests how it opens).
		await page.getByRole('button', { name: 'Meld dit aanbod' }).click();
		await page.getByRole('button', { name: 'Melding versturen' }).click();
		await expect(page.getByText('Vertel kort (3 tot 1000 tekens) wat er mis is')).toBeVisible();
		const reason = 'Er wordt in de omschrijving om geld gevraagd.';
		await page.getByLabel('Wat is er mis?').fill(reason);
		await page.getByRole('button', { name: 'Melding versturen' }).click();
		await expect(page.getByRole('status').first()).toHaveText(
			'Bedankt. Je melding is naar de gemeente gestuurd.'
		);
		await expectAccessible(page);

		await page.context().clearCookies();
		await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
		await page.goto('/beheer/meldingen');
		await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
		const report = page.getByRole('listitem').filter({ hasText: reason });
		await expect(report.getByRole('link', { name: OFFER_TITLE })).toBeVisible();
		await expectAccessible(page);

		await report.getByRole('button', { name: 'Oplossen' }).click();
		await expect(page.getByRole('status').first()).toHaveText('De melding is opgelost.');
		await expect(page.getByRole('listitem').filter({ hasText: reason })).toHaveCount(0);
	});
});

test('the marketplace speaks English to English visitors', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/vragen');
	await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
	await expect(page.getByLabel('Search words')).toBeVisible();
	await expectAccessible(page);
	await context.close();
});

test('the offers page fits a phone and a tablet @phone @tablet', async ({ page }) => {
	await page.goto('/aanbod');
	await expect(page.getByRole('heading', { level: 1, name: 'Aanbod' })).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
	await expectAccessible(page);
});

async function search(page: Page, words: string) {
	await page.getByLabel('Zoekwoorden').fill(words);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(new RegExp(`q=${words}`));
	await expect(page.getByRole('status')).toContainText('gevonden');
}
