import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
	emailsTo,
	expectAccessible,
	open,
	signInWithMagicLink,
	signInWithPassword,
	uniqueEmail,
	waitForEmail
} from './helpers';

// Dutch first: the browser asks for Dutch, as most visitors here do.
test.use({ locale: 'nl-NL' });

const DEMO_PASSWORD = 'demo-wachtwoord-2026';

test.describe('foundation: sign-up, organisation, invitation', () => {
	test.describe.configure({ mode: 'serial' });

	const owner = uniqueEmail('eigenaar');
	const colleague = uniqueEmail('collega');
	const orgName = `Timmerbedrijf Regge ${Date.now()}`;
	// A KvK number is unique per municipality: one of this run's own.
	const kvk = String(Date.now()).slice(-8);
	let orgPath = '';
	// The owner stays signed in across these steps, as a real user would (and auth emails
	// to one address are rate limited, like on Supabase).
	let ownerContext: BrowserContext;
	let page: Page;

	test.beforeAll(async ({ browser }) => {
		ownerContext = await browser.newContext({ locale: 'nl-NL' });
		page = await ownerContext.newPage();
	});
	test.afterAll(async () => {
		await ownerContext.close();
	});

	test('a new user signs up with a magic link and lands signed in', async () => {
		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen doen wat je alleen niet lukt');
		await expectAccessible(page);

		await page.getByRole('link', { name: 'Aanmelden als bedrijf' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
		await expectAccessible(page);

		await signInWithMagicLink(page, owner, { name: 'Eva Eigenaar' });
		await expect(page).toHaveURL(/\/welkom\?soort=business$/);
		await expect(page.getByRole('status')).toHaveText('Je bent ingelogd.');
		await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
		await expectAccessible(page);
	});

	test('bad input on the create-organisation form gets Dutch errors per field and keeps what was typed', async () => {
		await open(page, '/welkom');
		await page.getByLabel('Naam', { exact: true }).fill('X');
		await page.getByLabel('KvK-nummer').fill('123');
		await page.getByLabel('Beschrijving').fill('Wij helpen graag met klussen.');
		await page.getByLabel('Website').fill('geen site');
		await page.getByLabel('E-mailadres voor contact').fill('niet-een-adres');
		await page.getByLabel('Telefoonnummer').fill('bel me');
		await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();

		await expect(page.getByRole('alert').first()).toContainText('Niet alles is goed ingevuld');
		await expect(
			page.getByText('Kies of je een bedrijf of een maatschappelijke organisatie bent.')
		).toBeVisible();
		await expect(page.getByText('Vul een naam in van 2 tot 120 tekens.')).toBeVisible();
		await expect(page.getByText('Een KvK-nummer bestaat uit 8 cijfers.')).toBeVisible();
		await expect(page.getByText('Vul een webadres in dat begint met https:// of http://.')).toBeVisible();
		await expect(page.getByText('Vul een geldig e-mailadres in')).toBeVisible();
		await expect(page.getByText('Vul een telefoonnummer in')).toBeVisible();

		const name = page.getByLabel('Naam', { exact: true });
		await expect(name).toHaveValue('X');
		await expect(name).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('KvK-nummer')).toHaveValue('123');
		await expect(page.getByLabel('Beschrijving')).toHaveValue('Wij helpen graag met klussen.');
		await expect(page.getByLabel('Website')).toHaveValue('geen site');
		await expectAccessible(page);
	});

	test('the new user creates a business and invites a colleague by email', async () => {
		await open(page, '/welkom');
		await page.getByLabel('Bedrijf', { exact: true }).check();
		await page.getByLabel('Naam', { exact: true }).fill(orgName);
		await page.getByLabel('KvK-nummer').fill(kvk);
		await page.getByLabel('Beschrijving').fill('Timmerwerk en advies voor verenigingen in Nijverdal.');
		await page.getByLabel('Plaats').fill('Nijverdal');
		await page.getByLabel('Website').fill('www.timmerbedrijf-regge.nl');
		await page.getByLabel('E-mailadres voor contact').fill('info@timmerbedrijf-regge.nl');
		await page.getByLabel('Telefoonnummer').fill('0548 123456');
		await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();

		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${orgName} beheren`);
		await expect(page.getByRole('status')).toHaveText('Je organisatie is aangemeld. Je bent eigenaar.');
		orgPath = new URL(page.url()).pathname;
		expect(orgPath).toMatch(/^\/mijn\/organisaties\/timmerbedrijf-regge-\d+$/);
		await expect(page.getByRole('table', { name: 'Leden' })).toContainText('Eva Eigenaar');
		await expectAccessible(page);

		await page.getByLabel('E-mailadres', { exact: true }).fill(colleague);
		await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
		await expect(page.getByRole('status')).toHaveText(`De uitnodiging is verstuurd naar ${colleague}.`);
		await expect(page.getByRole('table', { name: 'Openstaande uitnodigingen' })).toContainText(colleague);

		const invitation = await waitForEmail(colleague, (m) => m.subject.includes(orgName));
		expect(invitation.text).toContain('nodigt je uit');
		expect(invitation.text).toContain('invites you to join');
		expect(invitation.text).toMatch(/https?:\/\/[^\s]+\/uitnodigingen/);
	});

	test('the colleague signs in with a magic link and accepts the invitation', async ({ page }) => {
		const invitation = (await emailsTo(colleague)).find((m) => m.subject.includes(orgName));
		const acceptUrl = new URL(invitation!.text.match(/https?:\/\/[^\s]+\/uitnodigingen/)![0]);

		await page.goto(acceptUrl.pathname);
		await expect(page).toHaveURL(/\/inloggen\?next=%2Fuitnodigingen$/);
		await expectAccessible(page);
		await signInWithMagicLink(page, colleague);

		await expect(page).toHaveURL(/\/uitnodigingen$/);
		await expect(page.getByText(orgName)).toBeVisible();
		await expectAccessible(page);
		await page.getByRole('button', { name: `Uitnodiging van ${orgName} accepteren` }).click();

		await expect(page).toHaveURL(new RegExp(`${orgPath}$`));
		await expect(page.getByRole('status')).toHaveText(`Welkom bij ${orgName}! Je bent nu lid.`);
		const members = page.getByRole('table', { name: 'Leden' });
		await expect(members.getByRole('row')).toHaveCount(3);
		await expect(members).toContainText('Lid');
		await expect(page.getByText('Alleen eigenaren kunnen het profiel wijzigen.')).toBeVisible();
	});

	test('the public profile shows the organisation, contact details only to members', async ({
		page: visitor
	}) => {
		const slug = orgPath.split('/').pop()!;
		await open(visitor, '/organisaties');
		await visitor.getByRole('link', { name: orgName }).click();
		await expect(visitor).toHaveURL(new RegExp(`/organisaties/${slug}$`));
		await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(orgName);
		await expect(visitor.getByText('Timmerwerk en advies voor verenigingen in Nijverdal.')).toBeVisible();
		await expect(visitor.getByRole('link', { name: 'https://www.timmerbedrijf-regge.nl' })).toBeVisible();
		const html = await visitor.content();
		expect(html).not.toContain('info@timmerbedrijf-regge.nl');
		expect(html).not.toContain('0548 123456');
		await expect(visitor.getByRole('link', { name: 'Deze organisatie beheren' })).toHaveCount(0);
		await expectAccessible(visitor);

		await open(page, `/organisaties/${slug}`);
		await expect(page.getByText('info@timmerbedrijf-regge.nl')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Deze organisatie beheren' })).toBeVisible();
		await expectAccessible(page);
	});

	test('the owner manages members and cannot leave as the last owner', async () => {
		await open(page, orgPath);
		const members = page.getByRole('table', { name: 'Leden' });
		await page.getByRole('button', { name: 'Organisatie verlaten' }).click();
		await expect(page.getByText('Een organisatie heeft altijd minstens één eigenaar')).toBeVisible();
		await expect(members.getByRole('row')).toHaveCount(3);

		await page.getByRole('button', { name: /^Maak eigenaar/ }).click();
		await expect(page.getByRole('status')).toHaveText('De rol is gewijzigd.');
		await expect(members.getByRole('cell', { name: 'Eigenaar', exact: true })).toHaveCount(2);
		await expectAccessible(page);

		await page.getByRole('button', { name: /^Maak lid/ }).click();
		await expect(page.getByRole('status')).toHaveText('De rol is gewijzigd.');
		await page.getByRole('button', { name: /^Verwijderen/ }).click();
		await expect(page.getByRole('status')).toHaveText(`Het lid is verwijderd uit ${orgName}.`);
		await expect(members.getByRole('row')).toHaveCount(2);
	});
});

test.describe('password recovery', () => {
	test('a user who forgot the password signs in by the emailed link and sets a new one', async ({ page }) => {
		const email = uniqueEmail('vergeten');
		await signInWithMagicLink(page, email, { name: 'Vera Vergeetachtig' });
		await page.getByRole('button', { name: 'Uitloggen' }).click();

		await open(page, '/inloggen');
		await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
		await expectAccessible(page);
		// Unknown addresses get the same answer, so the form reveals nobody's account.
		await page.locator('#reset-email').fill(uniqueEmail('onbekend'));
		await page.getByRole('button', { name: 'Stuur mij een herstellink' }).click();
		await expect(page.getByText(/Als er een account bij onbekend-/)).toBeVisible();

		// The last request's link is the one that works (PKCE keeps one verifier per browser).
		const seen = new Set((await emailsTo(email)).map((m) => m.id));
		await page.locator('#reset-email').fill(email);
		await page.getByRole('button', { name: 'Stuur mij een herstellink' }).click();
		await expect(page.getByText(`Als er een account bij ${email} hoort`)).toBeVisible();

		const message = await waitForEmail(email, (m) => !seen.has(m.id));
		const link = message.text.match(/https?:\/\/\S+\/auth\/v1\/verify\?\S+/)?.[0];
		expect(link, 'reset link in the email').toBeTruthy();
		await page.goto(link!);
		await page.waitForURL(/\/mijn\/account/);
		await page.locator('#account-password').fill('nieuw-wachtwoord-2026');
		await page.locator('#account-password-confirm').fill('nieuw-wachtwoord-2026');
		await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
		await expect(page.getByText('Je wachtwoord is gewijzigd.')).toBeVisible();

		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await signInWithPassword(page, email, 'nieuw-wachtwoord-2026');
		await expect(page.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	});
});

test.describe('language', () => {
	test('a visitor switches to English and the choice sticks', async ({ page }) => {
		await open(page, '/organisaties');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/organisaties$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisations');
		await expectAccessible(page);

		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Together we do what nobody can do alone'
		);
		await page.getByRole('button', { name: 'Nederlands' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samen doen wat je alleen niet lukt');
	});

	test('a signed-in user keeps English on another device', async ({ page, browser }) => {
		await signInWithPassword(page, 'bakker@hellendoorn.demo', DEMO_PASSWORD);
		// Against a reused database an earlier run may have left this demo user in English.
		const backToDutch = page.getByRole('button', { name: 'Nederlands' });
		if (await backToDutch.isVisible()) await backToDutch.click();
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');

		// A fresh browser asking for Dutch, without the language cookie.
		const other = await browser.newContext({ locale: 'nl-NL' });
		const second = await other.newPage();
		await signInWithPassword(second, 'bakker@hellendoorn.demo', DEMO_PASSWORD);
		await expect(second.locator('html')).toHaveAttribute('lang', 'en');
		await expect(second.getByRole('heading', { level: 1 })).toHaveText('My trading floor');
		await second.getByRole('button', { name: 'Nederlands' }).click();
		await expect(second.getByRole('heading', { level: 1 })).toHaveText('Mijn beursvloer');
		await other.close();
	});
});

test.describe('municipality admin', () => {
	test('the admin sees all organisations on /beheer', async ({ page }) => {
		await signInWithPassword(page, 'admin@hellendoorn.demo', DEMO_PASSWORD);
		await page.getByRole('link', { name: 'Beheer' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Beheer');
		const table = page.getByRole('table');
		await expect(table).toContainText('Bakkerij Nijhuis');
		await expectAccessible(page);

		await page.getByRole('combobox', { name: 'Soort' }).selectOption('municipality');
		await page.getByRole('button', { name: 'Filteren' }).click();
		await expect(page).toHaveURL(/soort=municipality/);
		await expect(page.getByRole('table')).toContainText('Gemeente Hellendoorn');
		await expect(page.getByRole('table')).not.toContainText('Bakkerij Nijhuis');
	});

	test('a normal user gets 403 on /beheer', async ({ page }) => {
		await signInWithPassword(page, 'penningmeester@hellendoorn.demo', DEMO_PASSWORD);
		await expect(page.getByRole('link', { name: 'Beheer' })).toHaveCount(0);
		const response = await page.goto('/beheer');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Je hebt geen toegang tot deze pagina.');
		await expectAccessible(page);
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	async function openMenu(page: Page) {
		const menu = page.getByRole('button', { name: 'Menu' });
		await expect(menu).toBeVisible();
		await expect(menu).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('link', { name: 'Organisaties' })).toBeHidden();
		await menu.click();
		await expect(menu).toHaveAttribute('aria-expanded', 'true');
	}

	test('home page and menu work at 375px @phone', async ({ page }) => {
		await open(page, '/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
		expect(overflow, 'no horizontal scrolling').toBe(false);
		await expectAccessible(page);

		await openMenu(page);
		await expectAccessible(page);
		await page.getByRole('link', { name: 'Organisaties' }).click();
		await expect(page).toHaveURL(/\/organisaties$/);
		await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
	});
});
