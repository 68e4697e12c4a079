import { expect, test } from '@playwright/test';

// People edit URLs by hand and old links get mangled: every query parameter of every public
// page is validated, and a value the page cannot use never answers with a server error.

test.use({ locale: 'nl-NL' });

const PUBLIC_PAGES: Record<string, string[]> = {
	'/': ['soort'],
	'/aanbod': ['q', 'kind', 'categories', 'place', 'km', 'organisation_kind', 'active_on', 'sort', 'page'],
	'/vragen': ['q', 'kind', 'categories', 'place', 'km', 'organisation_kind', 'active_on', 'sort', 'page'],
	'/organisaties': ['soort', 'page'],
	'/inloggen': ['next', 'fout'],
	'/aanmelden': ['als', 'next'],
	'/wachtwoord-vergeten': ['adres'],
	'/controleer-je-email': ['adres'],
	'/taal': ['redirect_to']
};

const BAD_VALUES = [
	'2027-02-31',
	'2027-13-01',
	'0000-01-01',
	'1900-02-29',
	'9999-99-99',
	'-1',
	'0',
	'1e309',
	'NaN',
	'99999999999999999999',
	'',
	' ',
	'%',
	"'; drop table listings; --",
	'<script>alert(1)</script>',
	'\u0000',
	'ëüï 🌷',
	'../../etc/passwd',
	'x'.repeat(500)
];

test('no public page answers a bad query parameter with a server error', async ({ request }) => {
	const paths: string[] = [];
	for (const [page, params] of Object.entries(PUBLIC_PAGES)) {
		for (const param of params) {
			for (const value of BAD_VALUES) paths.push(`${page}?${param}=${encodeURIComponent(value)}`);
			// Repeated and array-like forms of the same parameter.
			paths.push(`${page}?${param}=1&${param}=2027-02-31`, `${page}?${param}[]=a&${param}[x]=b`);
		}
	}
	const failures: string[] = [];
	for (const path of paths) {
		const res = await request.get(path, { maxRedirects: 0 });
		if (res.status() >= 500) failures.push(`${res.status()} ${path}`);
	}
	expect(failures, `${paths.length} URLs tried`).toEqual([]);
});

test('a date that does not exist and an overlong search are said, not dropped silently', async ({ page }) => {
	await page.goto('/aanbod?active_on=2027-02-31');
	await expect(page.getByText('De datum "2027-02-31" bestaat niet')).toBeVisible();
	// A 27 KB search (a paste gone wrong) is searched as its first 200 characters, with a note.
	const long = 'website '.repeat(3500);
	const response = await page.goto(`/aanbod?q=${encodeURIComponent(long)}`);
	expect(response?.status()).toBe(200);
	await expect(page.getByText('langer dan 200 tekens')).toBeVisible();
	await expect(page.getByLabel('Zoekwoorden')).toHaveValue(long.trim().slice(0, 200).trim());
});

test('a detail page with a malformed id is not found, not a server error', async ({ request }) => {
	for (const base of ['/aanbod', '/vragen', '/organisaties']) {
		for (const id of ['x', '00000000-0000-0000-0000-000000000000', '1', 'ë', 'a'.repeat(300)]) {
			const res = await request.get(`${base}/${encodeURIComponent(id)}`, { maxRedirects: 0 });
			expect([404, 308], `${base}/${id} answered ${res.status()}`).toContain(res.status());
		}
	}
});

test('the production build refuses a form post from another site', async ({ request, baseURL }) => {
	const res = await request.post('/inloggen?/password', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=bakker%40hellendoorn.demo&password=x',
		maxRedirects: 0
	});
	expect(res.status()).toBe(403);
	// The same post from the site itself is handled (a Dutch error for the wrong password).
	const own = await request.post('/inloggen?/password', {
		headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=bakker%40hellendoorn.demo&password=x',
		maxRedirects: 0
	});
	expect(own.status()).not.toBe(403);
});
