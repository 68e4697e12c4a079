import { expect, test, type Page } from '@playwright/test';
import { signLink } from '../../src/lib/server/links/token';
import { expectAccessible, open, signInWithMagicLink, signInWithPassword, uniqueEmail } from './helpers';

// Email preferences on the account page and the one-click unsubscribe page, in Dutch.
test.use({ locale: 'nl-NL' });

const secret = () => {
	const s = process.env.LINK_SECRET;
	if (!s) throw new Error('LINK_SECRET is not set (playwright.config.ts sets one)');
	return s;
};
const DAY = 24 * 60 * 60_000;
const unsubscribeToken = (userId: string, kind: string, validMs = 30 * DAY) =>
	signLink(secret(), 'unsubscribe', userId, new Date(Date.now() + validMs), { kind });

async function userId(page: Page): Promise<string> {
	const res = await page.request.get('/mijn/account/gegevens');
	expect(res.ok()).toBe(true);
	return ((await res.json()) as { account: { id: string } }).account.id;
}

const group = (page: Page, label: RegExp) => page.getByRole('group', { name: label });

async function noSideways(page: Page) {
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
}

test.describe('email preferences and unsubscribe', () => {
	test.describe.configure({ mode: 'serial' });
	const email = uniqueEmail('voorkeuren');
	let page: Page;
	let id = '';

	test.beforeAll(async ({ browser }) => {
		page = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
		await signInWithMagicLink(page, email, { name: 'Vera Voorkeur' });
		id = await userId(page);
	});
	test.afterAll(async () => {
		await page.context().close();
	});

	test('the account page shows every kind with its default and saves the choices', async () => {
		await open(page, '/mijn/account');
		await expect(page.getByRole('heading', { level: 2, name: 'E-mailvoorkeuren' })).toBeVisible();
		const proposals = group(page, /^Nieuwe voorstellen/);
		await expect(proposals.getByRole('radio', { name: 'Eén keer per dag, gebundeld' })).toBeChecked();
		const started = group(page, /^Iemand wil met je afspreken/);
		await expect(started.getByRole('radio', { name: 'Direct' })).toBeChecked();
		await expectAccessible(page);

		await started.getByRole('radio', { name: 'Nooit' }).check();
		await group(page, /^Herinneringen/)
			.getByRole('radio', { name: 'Eén keer per dag, gebundeld' })
			.check();
		await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
		await expect(page.getByRole('status')).toHaveText('Je e-mailvoorkeuren zijn opgeslagen.');

		await open(page, '/mijn/account');
		await expect(
			group(page, /^Iemand wil met je afspreken/).getByRole('radio', { name: 'Nooit' })
		).toBeChecked();
		await expect(
			group(page, /^Herinneringen/).getByRole('radio', { name: 'Eén keer per dag, gebundeld' })
		).toBeChecked();
		await expectAccessible(page);
	});

	test('an unsupported value is refused in Dutch and what was chosen stays', async () => {
		await open(page, '/mijn/account');
		await page.evaluate(() => {
			const radio = document.querySelector<HTMLInputElement>('input[name="deal_agreed"][value="never"]')!;
			radio.value = 'elk-uur';
			radio.checked = true;
		});
		await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
		await expect(page.getByText('Kies direct, één keer per dag of nooit.').first()).toBeVisible();
		await expect(
			group(page, /^Iemand wil met je afspreken/).getByRole('radio', { name: 'Nooit' })
		).toBeChecked();
	});

	test('the unsubscribe link asks first (GET changes nothing), the button unsubscribes without signing in', async ({
		browser
	}) => {
		const token = unsubscribeToken(id, 'deal_agreed');
		// A stranger's browser: not signed in.
		const visitor = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
		await open(visitor, `/afmelden/${token}`);
		await expect(visitor.getByRole('heading', { level: 1, name: 'Afmelden voor e-mail' })).toBeVisible();
		await expect(
			visitor.getByText('Wil je geen e-mails meer ontvangen over “Match afgesproken”?')
		).toBeVisible();
		await expectAccessible(visitor);

		// The GET changed nothing.
		await open(page, '/mijn/account');
		await expect(group(page, /^Match afgesproken/).getByRole('radio', { name: 'Direct' })).toBeChecked();

		await visitor.getByRole('button', { name: 'Ja, afmelden' }).click();
		await expect(visitor.getByRole('status')).toHaveText(
			'Je bent afgemeld. Je krijgt geen e-mails meer over “Match afgesproken”.'
		);
		await expectAccessible(visitor);
		await visitor.context().close();

		await open(page, '/mijn/account');
		await expect(group(page, /^Match afgesproken/).getByRole('radio', { name: 'Nooit' })).toBeChecked();
	});

	test('a mail client one-click POST from another site unsubscribes (RFC 8058)', async ({
		playwright,
		baseURL
	}) => {
		const token = unsubscribeToken(id, 'followup_question');
		const client = await playwright.request.newContext();
		const res = await client.post(`${baseURL}/afmelden/${token}`, {
			headers: { origin: 'https://mail.example.com', 'content-type': 'application/x-www-form-urlencoded' },
			data: 'List-Unsubscribe=One-Click'
		});
		expect(res.status()).toBe(200);
		expect(await res.json()).toEqual({ ok: true, kind: 'followup_question' });
		// Other form posts from another site are still refused.
		const other = await client.post(`${baseURL}/mijn/account?/emails`, {
			headers: { origin: 'https://mail.example.com', 'content-type': 'application/x-www-form-urlencoded' },
			data: 'deal_started=never'
		});
		expect(other.status()).toBe(403);
		await client.dispose();

		await open(page, '/mijn/account');
		await expect(
			group(page, /^Vragen over de voortgang/).getByRole('radio', { name: 'Nooit' })
		).toBeChecked();
	});

	test('an expired or forged link explains what to do and changes nothing', async ({
		browser,
		playwright,
		baseURL
	}) => {
		const visitor = await (await browser.newContext({ locale: 'nl-NL' })).newPage();
		await open(visitor, `/afmelden/${unsubscribeToken(id, 'proposals_digest', -DAY)}`);
		await expect(visitor.getByRole('alert')).toContainText('Deze afmeldlink is verlopen.');
		await expect(visitor.getByRole('button', { name: 'Ja, afmelden' })).toHaveCount(0);
		await expectAccessible(visitor);

		const forged = signLink(
			'een-ander-geheim-0123456789abcdef0123',
			'unsubscribe',
			id,
			new Date(Date.now() + DAY),
			{
				kind: 'proposals_digest'
			}
		);
		await open(visitor, `/afmelden/${forged}`);
		await expect(visitor.getByRole('alert')).toContainText('Deze afmeldlink klopt niet.');
		await visitor.context().close();

		const client = await playwright.request.newContext();
		for (const token of [forged, unsubscribeToken(id, 'proposals_digest', -DAY)]) {
			const res = await client.post(`${baseURL}/afmelden/${token}`, {
				headers: { origin: 'https://mail.example.com', 'content-type': 'application/x-www-form-urlencoded' },
				data: 'List-Unsubscribe=One-Click'
			});
			expect(res.status()).toBe(400);
		}
		await client.dispose();
		await open(page, '/mijn/account');
		await expect(
			group(page, /^Nieuwe voorstellen/).getByRole('radio', { name: 'Eén keer per dag, gebundeld' })
		).toBeChecked();
	});
});

test('the municipality admin has a page of failed emails', async ({ page }) => {
	await signInWithPassword(page, 'admin@hellendoorn.demo', 'demo-wachtwoord-2026');
	await open(page, '/beheer');
	await page.getByRole('link', { name: 'Mislukte e-mails' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mislukte e-mails' })).toBeVisible();
	await expectAccessible(page);
});

test('a normal user gets 403 on the failed emails page', async ({ page }) => {
	await signInWithPassword(page, 'penningmeester@hellendoorn.demo', 'demo-wachtwoord-2026');
	const res = await page.goto('/beheer/e-mails');
	expect(res?.status()).toBe(403);
});

test('preferences and the unsubscribe page fit a phone @phone', async ({ page }) => {
	await signInWithMagicLink(page, uniqueEmail('telefoon'), { name: 'Tom Telefoon' });
	await open(page, '/mijn/account');
	await expect(page.getByRole('heading', { level: 2, name: 'E-mailvoorkeuren' })).toBeVisible();
	await noSideways(page);
	await expectAccessible(page);
	await open(page, `/afmelden/${unsubscribeToken(await userId(page), 'deal_started')}`);
	await expect(page.getByRole('button', { name: 'Ja, afmelden' })).toBeVisible();
	await noSideways(page);
	await expectAccessible(page);
});
