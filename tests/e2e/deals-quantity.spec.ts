import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, open, signInWithMagicLink, signInWithPassword, uniqueEmail } from './helpers';

// Issue 12's last gaps: an offer with a number (12 laptops) is never promised beyond it, the
// listing says what is left; a proposal that already has a deal links to it; the municipality's
// staff see an agreed deal with both contact persons and its timeline. Demo accounts from
// supabase/seed.sql, the agreed deal from supabase/seed/matchformulieren.sql.
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const BAKERY = 'bakker@hellendoorn.demo';
const CLUB = 'penningmeester@hellendoorn.demo';
const ADMIN = 'admin@hellendoorn.demo';
const AGREED_DEAL = '/deals/d0000000-0000-4000-8000-000000000002';

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ locale: 'nl-NL' });
	const page = await context.newPage();
	await signInWithPassword(page, email, DEMO_PASSWORD);
	return page;
}

/** "Interesse tonen" on an offer's public page for `quantity` of it; returns the deal's path. */
async function showInterest(page: Page, offerPath: string, quantity: string): Promise<string> {
	await open(page, offerPath);
	await expect(page.getByRole('heading', { level: 2, name: 'Samen een afspraak maken' })).toBeVisible();
	const amount = page.locator('#deal-quantity');
	await expect(amount).toBeVisible();
	await amount.fill(quantity);
	await page.getByRole('button', { name: 'Interesse tonen' }).click();
	await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	await expect(page.getByText('De afspraak is gestart. De andere partij krijgt een e-mail.')).toBeVisible();
	await expect(page.locator('#deal-quantity')).toHaveValue(quantity);
	return new URL(page.url()).pathname;
}

test('12 laptops: two clubs each agree on 8, the second agreement is refused and the listing shows what is left', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const title = `Twaalf laptops voor verenigingen ${Date.now()}`;

	// The bakery posts the offer with a number; a word is refused with its own message.
	const bakery = await signedIn(browser, BAKERY);
	await open(bakery, '/mijn/aanbod-en-vragen/nieuw?soort=aanbod');
	await bakery.getByLabel('Titel').fill(title);
	await bakery.getByLabel('Omschrijving').fill('Afgeschreven laptops, schoongemaakt en klaar voor gebruik.');
	await bakery.getByLabel('Middelen & materialen').check();
	await bakery.getByLabel('Hoeveelheid').fill('12 laptops met lader');
	const quantity = bakery.getByLabel('Hoeveel? (aantal)');
	await expect(quantity).toBeVisible();
	await expect(
		bakery.getByText('Met een aantal zorgt het platform ervoor dat er nooit meer wordt toegezegd dan dat.')
	).toBeVisible();
	await quantity.fill('twaalf');
	await bakery.getByLabel('Plaats').fill('Nijverdal');
	await bakery.getByRole('button', { name: 'Publiceren' }).click();
	await expect(bakery.getByLabel('Hoeveel? (aantal)')).toHaveAttribute('aria-invalid', 'true');
	await expect(bakery.getByText('Vul een heel aantal in tussen 1 en 100.000').first()).toBeVisible();
	await expect(bakery.getByLabel('Hoeveel? (aantal)')).toHaveValue('twaalf');
	await expect(bakery.getByLabel('Titel')).toHaveValue(title);
	await expectAccessible(bakery);
	await bakery.getByLabel('Hoeveel? (aantal)').fill('12');
	await bakery.getByRole('button', { name: 'Publiceren' }).click();
	await expect(bakery).toHaveURL(/\/mijn\/aanbod-en-vragen\/[0-9a-f-]{36}$/);
	const listingId = new URL(bakery.url()).pathname.split('/').pop()!;
	const offerPath = `/aanbod/${listingId}`;
	await expect(bakery.getByText('Nog 12 van 12 beschikbaar')).toBeVisible();
	// The edit form shows the number as stored.
	await open(bakery, `/mijn/aanbod-en-vragen/${listingId}/bewerken`);
	await expect(bakery.getByLabel('Hoeveel? (aantal)')).toHaveValue('12');

	// Everyone sees how many are left.
	await open(bakery, offerPath);
	await expect(bakery.locator('#listing-remaining')).toHaveText('Nog 12 van 12 beschikbaar');

	// Club one (Concordia) asks for 8.
	const club = await signedIn(browser, CLUB);
	// An offer without a number asks for none.
	await open(club, '/aanbod/c0000000-0000-4000-8000-000000000001');
	await expect(club.getByRole('heading', { level: 2, name: 'Samen een afspraak maken' })).toBeVisible();
	await expect(club.locator('#deal-quantity')).toHaveCount(0);
	const firstDeal = await showInterest(club, offerPath, '8');
	await expectAccessible(club);

	// Club two: a new member registers a club of its own and asks for 8 as well.
	const secondContext = await browser.newContext({ locale: 'nl-NL' });
	const second = await secondContext.newPage();
	await signInWithMagicLink(second, uniqueEmail('laptopclub'), { name: 'Lotte Laptop' });
	await open(second, '/mijn/organisaties/nieuw');
	await second.getByLabel('Maatschappelijke organisatie', { exact: true }).check();
	await second.getByLabel('Naam', { exact: true }).fill(`Computerclub Hellendoorn ${Date.now()}`);
	await second.getByRole('button', { name: 'Organisatie aanmelden' }).click();
	await expect(second.getByRole('heading', { level: 1 })).toHaveText(
		/^Computerclub Hellendoorn \d+ beheren$/
	);
	const secondDeal = await showInterest(second, offerPath, '8');

	// The bakery agrees with the first: 4 left.
	await open(bakery, firstDeal);
	await bakery.getByRole('button', { name: 'Afspraak bevestigen' }).click();
	await expect(
		bakery.getByText('De afspraak is gemaakt! Jullie zien nu elkaars contactgegevens.')
	).toBeVisible();
	await open(bakery, offerPath);
	await expect(bakery.locator('#listing-remaining')).toHaveText('Nog 4 van 12 beschikbaar');

	// The second agreement would promise 16 of 12: refused, with a Dutch message, nothing changes.
	await open(bakery, secondDeal);
	await bakery.getByRole('button', { name: 'Afspraak bevestigen' }).click();
	await expect(
		bakery.getByText('Er is niet genoeg meer over van dit aanbod. Kies een kleiner aantal.').first()
	).toBeVisible();
	await expectAccessible(bakery);
	await open(bakery, secondDeal);
	await expect(bakery.getByText('Interesse', { exact: true })).toBeVisible();
	await expect(bakery.getByTestId('other-contact')).toHaveCount(0);
	await open(bakery, offerPath);
	await expect(bakery.locator('#listing-remaining')).toHaveText('Nog 4 van 12 beschikbaar');
	await expectAccessible(bakery);
	// The owner's own page says it too.
	await open(bakery, `/mijn/aanbod-en-vragen/${listingId}`);
	await expect(bakery.getByText('Nog 4 van 12 beschikbaar')).toBeVisible();

	await secondContext.close();
	await club.context().close();
	await bakery.context().close();
});

test('a proposal that already has a deal links to it instead of offering "Dit past bij ons" again', async ({
	browser
}) => {
	const title = `Posters en flyers drukken voor een concert ${Date.now()}`;
	// The bakery posts an offer that fits the club's request for posters and flyers.
	const bakery = await signedIn(browser, BAKERY);
	await open(bakery, '/mijn/aanbod-en-vragen/nieuw?soort=aanbod');
	await bakery.getByLabel('Titel').fill(title);
	await bakery
		.getByLabel('Omschrijving')
		.fill('Onze printer drukt posters en flyers voor een jubileum of concert in het dorpshuis.');
	await bakery.getByLabel('Middelen & materialen').check();
	await bakery.getByLabel('Hoeveelheid').fill('50 posters, 500 flyers');
	await bakery.getByLabel('Plaats').fill('Haarle');
	await bakery.getByRole('button', { name: 'Publiceren' }).click();
	await expect(bakery).toHaveURL(/\/mijn\/aanbod-en-vragen\/[0-9a-f-]{36}$/);
	await bakery.context().close();

	const club = await signedIn(browser, CLUB);
	await open(club, '/mijn/voorstellen');
	const fitsName = `Dit past bij ons: ${title} van Bakkerij Nijhuis`;
	await club.getByRole('button', { name: fitsName, exact: true }).first().click();
	await club.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealUrl = new URL(club.url()).pathname;
	// Posters without a number: the matchformulier asks for none either.
	await expect(club.getByRole('heading', { level: 2, name: 'Matchformulier' })).toBeVisible();
	await expect(club.locator('#deal-quantity')).toHaveCount(0);

	await open(club, '/mijn/voorstellen');
	const view = club.getByRole('link', {
		name: `Bekijk de afspraak: ${title} van Bakkerij Nijhuis`,
		exact: true
	});
	await expect(view.first()).toBeVisible();
	await expect(view.first()).toHaveAttribute('href', dealUrl);
	await expect(club.getByRole('button', { name: fitsName, exact: true })).toHaveCount(0);
	await expectAccessible(club);
	await view.first().click();
	await expect(club).toHaveURL(dealUrl);
	await club.context().close();
});

test('the municipality admin sees an agreed deal with both contact persons and its timeline', async ({
	page
}) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, AGREED_DEAL);
	await expect(
		page.getByRole('heading', {
			level: 1,
			name: 'Afspraak Bakkerij Nijhuis en Muziekvereniging Concordia Haarle'
		})
	).toBeVisible();
	// Staff see both parties' contact persons once agreed, and have no form of their own to fill in.
	const contacts = page.getByTestId('other-contact');
	await expect(contacts).toHaveCount(2);
	await expect(contacts.filter({ hasText: 'Gerrit Nijhuis' })).toContainText('0548 612 345');
	await expect(contacts.filter({ hasText: 'Gerrit Nijhuis' })).toContainText(BAKERY);
	await expect(contacts.filter({ hasText: 'Ria Hofman' })).toContainText('06 1234 5678');
	await expect(contacts.filter({ hasText: 'Ria Hofman' })).toContainText(CLUB);
	await expect(page.getByText('Contactgegevens verschijnen zodra')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Contactpersoon opslaan' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Afspraak bevestigen' })).toHaveCount(0);
	// The timeline: who started it, who agreed, with their words.
	await expect(page.getByRole('heading', { level: 2, name: 'Tijdlijn' })).toBeVisible();
	await expect(page.getByText('Afgesproken door beide partijen')).toBeVisible();
	await expect(
		page.getByText('Toelichting: Jullie kantinevrijwilligers zijn van harte welkom in de bakkerij.')
	).toBeVisible();
	await expect(
		page.getByText('Toelichting: Graag! Het jeugdorkest speelt bij jullie opening.')
	).toBeVisible();
	await expectAccessible(page);

	await page.setViewportSize({ width: 390, height: 844 });
	await open(page, AGREED_DEAL);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	await expectAccessible(page);
});
