import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type InboxMessage = {
	id: string;
	to: string[];
	subject: string;
	html: string;
	text: string;
	/** As sent (List-Unsubscribe, List-Unsubscribe-Post); {} for auth mail. */
	headers: Record<string, string>;
};

const stackUrl = () => process.env.STACK_URL ?? process.env.PUBLIC_SUPABASE_URL ?? 'http://127.0.0.1:54321';

/** A unique address per run, so tests never see each other's mail. */
export function uniqueEmail(name: string): string {
	return `${name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;
}

export async function emailsTo(to: string): Promise<InboxMessage[]> {
	const res = await fetch(`${stackUrl()}/inbox/api/messages?to=${encodeURIComponent(to)}`);
	expect(res.ok, 'mail sink reachable').toBe(true);
	return (await res.json()) as InboxMessage[];
}

/** Waits for the newest message to `to` in the local stack's mail sink that matches. */
export async function waitForEmail(
	to: string,
	match: (m: InboxMessage) => boolean = () => true
): Promise<InboxMessage> {
	let found: InboxMessage | undefined;
	await expect
		.poll(
			async () => {
				found = (await emailsTo(to)).find(match);
				return !!found;
			},
			{ message: `email to ${to}`, timeout: 15_000 }
		)
		.toBe(true);
	return found!;
}

/** The sign-in link in an auth email (the /auth/v1/verify URL). */
export function authLink(message: InboxMessage): string {
	const link = message.text.match(/https?:\/\/\S+\/auth\/v1\/verify\?\S+/)?.[0];
	if (!link) throw new Error(`No sign-in link in: ${message.text}`);
	return link;
}

/** WCAG 2.1 A/AA: no serious or critical violations on the page as it is now. */
export async function expectAccessible(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	const serious = results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

/**
 * Navigates and waits until the app has hydrated (no more module requests), so that what a
 * test types is not reset by hydration and use:enhance handles the submit.
 */
export async function open(page: Page, path: string) {
	await page.goto(path);
	await page.waitForLoadState('networkidle');
}

/** Signs up or in with a magic link read from the mail sink; returns once the link was followed. */
export async function signInWithMagicLink(page: Page, email: string, options: { name?: string } = {}) {
	if (options.name !== undefined) {
		if (!page.url().includes('/aanmelden')) await open(page, '/aanmelden');
		else await page.waitForLoadState('networkidle');
		await page.locator('#link-display-name').fill(options.name);
		await page.locator('#link-email').fill(email);
	} else {
		if (!page.url().includes('/inloggen')) await open(page, '/inloggen');
		else await page.waitForLoadState('networkidle');
		await page.locator('#link-email').fill(email);
	}
	const seen = new Set((await emailsTo(email)).map((m) => m.id));
	await page.getByRole('button', { name: /inloglink/i }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Check je e-mail' })).toBeVisible();
	await expectAccessible(page);
	const message = await waitForEmail(email, (m) => !seen.has(m.id));
	await page.goto(authLink(message));
	await page.waitForLoadState('networkidle');
}

export async function signInWithPassword(page: Page, email: string, password: string) {
	await open(page, '/inloggen');
	await page.locator('#password-email').fill(email);
	await page.locator('#password-password').fill(password);
	await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}
