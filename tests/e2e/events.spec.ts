import { expect, test } from '@playwright/test';
import { emailsTo, expectAccessible, open, signInWithPassword } from './helpers';

// The beursvloer before the day: the admin creates and publishes an edition; the club
// (penningmeester@, Concordia Haarle) finds it on the public page and registers, is told what
// it typed wrong without losing it, and sees "Je bent aangemeld"; the admin sees the
// registration with its totals and closes registration. axe on every event page; the public
// pages at phone width.
test.use({ locale: 'nl-NL' });
test.describe.configure({ mode: 'serial' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';
const ADMIN = 'admin@hellendoorn.demo';
const CLUB = 'penningmeester@hellendoorn.demo';
const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
// Sooner than the seeded edition, so it is the one the public page shows.
const TITLE = `Beursvloer e2e ${Date.now().toString(36)}`;

test('an admin creates and publishes an edition with corners', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/beheer/evenementen');
	await expect(page.getByRole('heading', { level: 1, name: 'Evenementen' })).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Naam van de editie').fill(TITLE);
	await page.getByLabel('Datum', { exact: true }).fill(day(14));
	await page.getByLabel('Plaats', { exact: true }).fill('Dorpshuis De Kern, Nijverdal');
	// The end before the start: a message next to the field, the rest kept.
	await page.getByLabel('Eindtijd').fill('19:00');
	await page.getByRole('button', { name: 'Editie aanmaken' }).click();
	await expect(page.getByText('De eindtijd moet na de begintijd liggen.').first()).toBeVisible();
	await expect(page.getByLabel('Naam van de editie')).toHaveValue(TITLE);
	await page.getByLabel('Eindtijd').fill('21:00');
	await page.getByLabel('Hoekman hoek 1').fill('Gerrit');
	await page.getByRole('button', { name: 'Editie aanmaken' }).click();

	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('De editie is opgeslagen.')).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page.getByRole('button', { name: 'Publicatie intrekken' })).toBeVisible();
	await expect(page.getByText('Nog geen aanmeldingen.')).toBeVisible();
	await expectAccessible(page);

	// The invitation reaches the club's contact address through the outbox (its runner sends
	// every 30 s), with the link to the calendar file.
	await page.getByRole('button', { name: 'Alle organisaties uitnodigen' }).click();
	await expect(page.getByText('De uitnodigingen staan klaar om te versturen.')).toBeVisible();
	let text = '';
	await expect
		.poll(
			async () => {
				text = (await emailsTo(CLUB)).find((m) => m.subject.includes(TITLE))?.text ?? '';
				return text !== '';
			},
			{ message: 'invitation to the club', timeout: 45_000 }
		)
		.toBe(true);
	expect(text).toMatch(/\/beursvloer\/[0-9a-f-]{36}\.ics/);
	expect(text).toContain('/beursvloer/aanmelden');
});

test('a club registers for the published edition', async ({ page }) => {
	await open(page, '/beursvloer');
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('Helpende handen (hoekman: Gerrit)')).toBeVisible();
	await expectAccessible(page);
	const ics = await page.request.get(
		await page
			.getByRole('link', { name: /agenda/ })
			.getAttribute('href')
			.then((h) => h!)
	);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	expect(await ics.text()).toContain(`SUMMARY:${TITLE}`);

	await signInWithPassword(page, CLUB, DEMO_PASSWORD);
	await open(page, '/beursvloer/aanmelden');
	await expect(page.getByRole('heading', { level: 1, name: `Aanmelden voor ${TITLE}` })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Met hoeveel mensen kom je?').fill('25');
	await page.getByLabel('Wat brengen jullie mee?').fill('Muziek bij een opening');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByText('Vul een aantal in van 1 tot 20.').first()).toBeVisible();
	await expect(page.getByLabel('Wat brengen jullie mee?')).toHaveValue('Muziek bij een opening');

	await page.getByLabel('Met hoeveel mensen kom je?').fill('3');
	await page.getByLabel('Hoe laat komen jullie?').fill('20:00');
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Je bent aangemeld' })).toBeVisible();
	await expect(page.getByText('Muziekvereniging Concordia Haarle komt met 3 personen.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeVisible();
	await expectAccessible(page);
});

test('the admin sees the registration with totals and closes registration', async ({ page }) => {
	await signInWithPassword(page, ADMIN, DEMO_PASSWORD);
	await open(page, '/beheer/evenementen');
	await page.getByRole('link', { name: TITLE }).click();
	await expect(page.getByRole('cell', { name: 'Muziekvereniging Concordia Haarle' })).toBeVisible();
	await expect(page.getByText('1 organisaties, 3 personen')).toBeVisible();
	await page.getByRole('button', { name: 'Aanmelding sluiten' }).click();
	await expect(page.getByRole('button', { name: 'Aanmelding heropenen' })).toBeVisible();
	await expectAccessible(page);
});

// Also run by the phone project on its own, so it names no edition of the tests above.
test('the event pages fit a phone @phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	const fits = async () =>
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBeLessThanOrEqual(0);
	await open(page, '/beursvloer');
	await expect(page.getByRole('heading', { level: 1, name: /Beursvloer/ })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Zo werkt het' })).toBeVisible();
	await fits();
	await expectAccessible(page);
	await signInWithPassword(page, CLUB, DEMO_PASSWORD);
	await open(page, '/beursvloer/aanmelden');
	await expect(page.getByRole('heading', { level: 1, name: /^Aanmelden voor/ })).toBeVisible();
	await fits();
	await expectAccessible(page);
});
