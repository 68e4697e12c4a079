import { expect, test, type Browser, type Page } from '@playwright/test';
import { emailsTo, expectAccessible, open, signInWithPassword, waitForEmail } from './helpers';

// A business and a club reach an agreed deal from a proposal: the club says "Dit past bij ons",
// both fill in the matchformulier, the bakery confirms; contact details appear only then, both
// get the emails in the dev inbox. Demo accounts from supabase/seed.sql.
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const BAKERY_PHONE = '0548 612 345';
const CLUB = 'penningmeester@hellendoorn.demo';
const CLUB_PHONE = '06 1234 5678';
const OFFER_TITLE = 'Posters en flyers drukken voor jullie jubileum';
const REQUEST_TITLE = 'Posters en flyers drukken voor onze open dag';
const HIDDEN = 'Contactgegevens verschijnen zodra jullie de afspraak hebben bevestigd.';

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'nl-NL' });
	const page = await context.newPage();
	await signInWithPassword(page, email, DEMO_PASSWORD);
	return page;
}

/** Nothing sticks out sideways: the page works at this width without scrolling horizontally. */
async function expectNoSidewaysScroll(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `no sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

test('a club and a business agree a deal from a proposal; contact details only after agreement', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const bakeryMailBefore = new Set((await emailsTo(BAKERY)).map((m) => m.id));
	const clubMailBefore = new Set((await emailsTo(CLUB)).map((m) => m.id));

	// The club asks for printing in a request of its own (the seeded ones stay for other specs:
	// an agreed deal promises a request and takes it off the proposals).
	const club = await signedIn(browser, CLUB);
	await open(club, '/mijn/aanbod-en-vragen/nieuw?soort=hulpvraag');
	await club.getByLabel('Titel').fill(REQUEST_TITLE);
	await club
		.getByLabel('Omschrijving')
		.fill('Voor de open dag van onze muziekvereniging zoeken we iemand die posters en flyers drukt.');
	await club.getByLabel('Middelen & materialen').check();
	await club.getByLabel('Hoeveelheid').fill('20 posters, 300 flyers');
	await club.getByLabel('Plaats').fill('Haarle');
	await club.getByRole('button', { name: 'Publiceren' }).click();
	await expect(club).toHaveURL(/\/mijn\/aanbod-en-vragen\/[0-9a-f-]{36}$/);

	// The bakery posts an offer that fits the club's request for posters and flyers.
	const bakery = await signedIn(browser, BAKERY);
	await open(bakery, '/mijn/aanbod-en-vragen/nieuw?soort=aanbod');
	await bakery.getByLabel('Titel').fill(OFFER_TITLE);
	await bakery
		.getByLabel('Omschrijving')
		.fill('Onze nieuwe printer drukt posters en flyers voor een jubileum of concert in het dorpshuis.');
	await bakery.getByLabel('Middelen & materialen').check();
	await bakery.getByLabel('Hoeveelheid').fill('50 posters, 500 flyers');
	await bakery.getByLabel('Plaats').fill('Haarle');
	await bakery.getByLabel('Wat we graag terug zouden zien').fill('Muziek bij de opening van onze winkel.');
	await bakery.getByRole('button', { name: 'Publiceren' }).click();
	await expect(bakery).toHaveURL(/\/mijn\/aanbod-en-vragen\/[0-9a-f-]{36}$/);

	// The club: the proposal with the bakery's offer, "Dit past bij ons".
	await open(club, '/mijn/voorstellen');
	await expect(club.getByText('Contactgegevens van de andere partij zie je zodra')).toBeVisible();
	const fits = club
		.getByRole('region', { name: `Jullie vraag: ${REQUEST_TITLE}` })
		.getByRole('button', { name: `Dit past bij ons: ${OFFER_TITLE} van Bakkerij Nijhuis`, exact: true });
	await fits.click();
	await club.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealUrl = new URL(club.url()).pathname;
	await expect(club.getByText('De afspraak is gestart. De andere partij krijgt een e-mail.')).toBeVisible();
	await expect(club.getByRole('heading', { level: 1, name: /^Afspraak Bakkerij Nijhuis en / })).toBeVisible();
	await expect(club.getByText(HIDDEN)).toBeVisible();
	await expect(club.getByTestId('other-contact')).toHaveCount(0);
	await expect(club.getByText(BAKERY_PHONE)).toHaveCount(0);
	await expectAccessible(club);

	// The matchformulier: a wrong number gets its own message and keeps what was typed.
	await club.getByLabel('Wat wordt er gegeven?').fill('Brood en krentenwegge voor het jubileumconcert');
	await club.getByLabel(/^Tegenprestatie/).fill('Een optreden van het jeugdorkest bij de winkel');
	await club.getByLabel('Uren helpende handen').fill('veel');
	await club.getByLabel('Uren kennis en kunde').fill('3');
	await club.getByLabel('Waarde materialen (euro)').fill('250,50');
	await club.getByRole('button', { name: 'Matchformulier opslaan' }).click();
	const hands = club.getByLabel('Uren helpende handen');
	await expect(hands).toHaveAttribute('aria-invalid', 'true');
	await expect(club.getByText('Vul een aantal uren in tussen 0 en 10000.')).toBeVisible();
	await expect(club.getByLabel('Wat wordt er gegeven?')).toHaveValue(
		'Brood en krentenwegge voor het jubileumconcert'
	);
	await expect(club.getByLabel('Waarde materialen (euro)')).toHaveValue('250,50');
	await expectAccessible(club);
	await hands.fill('2');
	await club.getByRole('button', { name: 'Matchformulier opslaan' }).click();
	await expect(club.getByText('Het matchformulier is opgeslagen.')).toBeVisible();
	// 2 h × € 50 + 3 h × € 80 + € 250,50 = € 590,50, in Dutch notation.
	await expect(club.getByTestId('social-value-total')).toHaveText(/^€\s590,50$/);
	await expect(club.getByText('We wachten op Bakkerij Nijhuis')).toBeVisible();

	// The bakery is told by email, and sees the deal without the club's contact details.
	const started = await waitForEmail(
		BAKERY,
		(m) => !bakeryMailBefore.has(m.id) && m.subject.includes('wil een match met jullie maken')
	);
	expect(started.text).toContain(dealUrl);
	await open(bakery, '/deals');
	await expect(bakery.getByRole('heading', { level: 1, name: 'Afspraken' })).toBeVisible();
	await expectAccessible(bakery);
	await bakery.getByRole('link', { name: 'Brood en krentenwegge voor het jubileumconcert' }).first().click();
	await bakery.waitForURL((url) => url.pathname === dealUrl);
	await bakery.waitForLoadState('networkidle');
	await expect(bakery.getByText(HIDDEN)).toBeVisible();
	await expect(bakery.getByText(CLUB_PHONE)).toHaveCount(0);
	await expect(bakery.getByLabel('Uren kennis en kunde')).toHaveValue('3');
	await expectAccessible(bakery);

	await bakery.getByLabel('Bericht aan de andere partij').fill('Graag! We bakken het de dag ervoor.');
	await bakery.getByRole('button', { name: 'Afspraak bevestigen' }).click();
	await expect(
		bakery.getByText('De afspraak is gemaakt! Jullie zien nu elkaars contactgegevens.')
	).toBeVisible();
	await expect(bakery.getByText(HIDDEN)).toHaveCount(0);
	const clubContact = bakery.getByTestId('other-contact');
	await expect(clubContact).toContainText(CLUB);
	await expect(clubContact).toContainText(CLUB_PHONE);
	await expect(bakery.getByText('Afgesproken door beide partijen')).toBeVisible();
	await expect(bakery.getByText('Toelichting: Graag! We bakken het de dag ervoor.')).toBeVisible();
	await expectAccessible(bakery);

	// Both get the agreement, with the matchformulier and the link.
	for (const [to, before] of [
		[BAKERY, bakeryMailBefore],
		[CLUB, clubMailBefore]
	] as const) {
		const agreed = await waitForEmail(
			to,
			(m) => !before.has(m.id) && m.subject.startsWith('Match afgesproken')
		);
		expect(agreed.text).toContain(dealUrl);
		expect(agreed.text).toContain('Brood en krentenwegge voor het jubileumconcert');
	}

	// The club now sees the bakery's contact person; the form is fixed; it records progress with a reason.
	await open(club, dealUrl);
	const bakeryContact = club.getByTestId('other-contact');
	await expect(bakeryContact).toContainText(BAKERY);
	await expect(bakeryContact).toContainText(BAKERY_PHONE);
	await expect(club.getByRole('button', { name: 'Matchformulier opslaan' })).toHaveCount(0);
	await expect(club.getByTestId('social-value-total')).toHaveText(/^€\s590,50$/);
	await club.getByLabel('Nieuwe status').selectOption({ label: 'Markeren als niet haalbaar' });
	await club.getByRole('button', { name: 'Status wijzigen' }).click();
	await expect(club.getByText('Geef kort aan waarom.')).toBeVisible();
	await club.getByLabel('Nieuwe status').selectOption({ label: 'Markeren als in uitvoering' });
	await club.getByLabel('Toelichting', { exact: true }).fill('Datum van het concert staat vast');
	await club.getByRole('button', { name: 'Status wijzigen' }).click();
	await expect(club.getByText('De status is gewijzigd naar “bezig”.')).toBeVisible();
	await expect(club.getByText('Toelichting: Datum van het concert staat vast')).toBeVisible();
	await expectAccessible(club);

	// At phone width (390 x 844) every deal page still fits and passes the checks.
	for (const page of [club, bakery]) {
		await page.setViewportSize({ width: 390, height: 844 });
		for (const path of [dealUrl, '/deals']) {
			await open(page, path);
			await expectNoSidewaysScroll(page);
			await expectAccessible(page);
		}
	}
	await club.context().close();
	await bakery.context().close();
});

test('"Markeren als gematcht" names the other party and goes through a deal, which the club can decline', async ({
	browser
}) => {
	const clubMailBefore = new Set((await emailsTo(CLUB)).map((m) => m.id));
	const bakery = await signedIn(browser, BAKERY);
	await open(bakery, '/mijn/aanbod-en-vragen/c0000000-0000-4000-8000-000000000001');
	// No bare state change any more: the button is a form that asks with whom.
	await expect(bakery.getByRole('heading', { level: 2, name: 'Markeren als gematcht' })).toBeVisible();
	await expectAccessible(bakery);
	await bakery.getByRole('button', { name: 'Verder naar het matchformulier' }).click();
	await expect(bakery.getByLabel('Organisatie', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(bakery.getByText('Kies de organisatie waarmee je de match maakt.').first()).toBeVisible();
	await bakery
		.getByLabel('Organisatie', { exact: true })
		.selectOption({ label: 'Muziekvereniging Concordia Haarle' });
	await bakery
		.getByLabel('Bericht aan de andere partij')
		.fill('Voor jullie jubileumconcert, zoals besproken.');
	await bakery.getByRole('button', { name: 'Verder naar het matchformulier' }).click();
	await bakery.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealUrl = new URL(bakery.url()).pathname;
	await expect(bakery.getByRole('heading', { level: 2, name: 'Matchformulier' })).toBeVisible();
	await expect(bakery.getByText('Interesse', { exact: true })).toBeVisible();
	await expectAccessible(bakery);

	const started = await waitForEmail(
		CLUB,
		(m) => !clubMailBefore.has(m.id) && m.subject.includes('wil een match met jullie maken')
	);
	expect(started.text).toContain(dealUrl);
	const club = await signedIn(browser, CLUB);
	await open(club, dealUrl);
	await expect(club.getByText(HIDDEN)).toBeVisible();
	await club
		.getByLabel('Bericht aan de andere partij')
		.fill('Dank jullie wel, maar we hebben al brood geregeld.');
	await club.getByRole('button', { name: 'Afwijzen' }).click();
	await expect(club.getByText('Jullie hebben de afspraak afgewezen.')).toBeVisible();
	await expect(club.getByText('Afgewezen', { exact: true }).first()).toBeVisible();
	await expect(
		club.getByText('Toelichting: Dank jullie wel, maar we hebben al brood geregeld.')
	).toBeVisible();
	// Never agreed: the contact details stay hidden.
	await expect(club.getByTestId('other-contact')).toHaveCount(0);
	await expect(club.getByText(BAKERY_PHONE)).toHaveCount(0);
	await expectAccessible(club);
	await club.context().close();
	await bakery.context().close();
});

test('"Interesse" on an offer starts a deal with its organisation, from the reader\'s organisation', async ({
	browser
}) => {
	const club = await signedIn(browser, CLUB);
	await open(club, '/aanbod/c0000000-0000-4000-8000-000000000002');
	await expect(club.getByRole('heading', { level: 2, name: 'Samen een afspraak maken' })).toBeVisible();
	await club
		.getByLabel('Bij welk aanbod of welke vraag van jullie hoort dit?')
		.selectOption({ label: 'Hulp bij de jaarrekening voor onze penningmeester' });
	await club.getByRole('button', { name: 'Interesse tonen' }).click();
	await club.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	await expect(
		club.getByRole('link', { name: 'Workshop hygiëne en voedselveiligheid in de kantine' })
	).toBeVisible();
	await expect(
		club.getByRole('link', { name: 'Hulp bij de jaarrekening voor onze penningmeester' })
	).toBeVisible();
	await expect(club.getByText('We wachten op Bakkerij Nijhuis')).toBeVisible();
	await expectAccessible(club);
	await club.context().close();
});

test('a municipality admin sets new rates from a later date; the history keeps the old ones', async ({
	page
}) => {
	await signInWithPassword(page, 'admin@hellendoorn.demo', DEMO_PASSWORD);
	await open(page, '/beheer/tarieven');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Tarieven maatschappelijke waarde' })
	).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Geldig vanaf').fill('2020-01-01');
	await page.getByLabel('Helpende handen (euro per uur)').fill('55');
	await page.getByRole('button', { name: 'Tarieven opslaan' }).click();
	await expect(page.getByText('Nieuwe tarieven gelden vanaf vandaag of later.')).toBeVisible();
	await expect(page.getByLabel('Helpende handen (euro per uur)')).toHaveValue('55');
	const next = new Date();
	next.setDate(next.getDate() + 30);
	await page.getByLabel('Geldig vanaf').fill(next.toISOString().slice(0, 10));
	await page.getByLabel('Kennis en kunde (euro per uur)').fill('82,50');
	await page.getByRole('button', { name: 'Tarieven opslaan' }).click();
	await expect(page.getByText('De nieuwe tarieven zijn opgeslagen.')).toBeVisible();
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('€ 55,00');
	await expect(rows.first()).toContainText('€ 82,50');
	await expect(rows.last()).toContainText('€ 50,00');
	await expectAccessible(page);
});

test('a multi-party round starts one linked deal per leg the club is part of', async ({ page }) => {
	await signInWithPassword(page, CLUB, DEMO_PASSWORD);
	await open(page, '/mijn/voorstellen');
	await page.getByRole('button', { name: 'Afspraken maken voor dit rondje' }).first().click();
	await page.waitForURL((url) => url.pathname === '/deals');
	await expect(page.getByText(/^Er zijn [1-9]\d* afspraken gestart voor dit rondje\.$/)).toBeVisible();
	await expectAccessible(page);
	// Each leg's deal page says it belongs to a round.
	const rows = page.locator('tbody tr', { hasText: 'Interesse' });
	await rows.first().getByRole('link').click();
	await expect(page.getByText(/^Deze afspraak hoort bij een ruilrondje/)).toBeVisible();
	await expectAccessible(page);
});
