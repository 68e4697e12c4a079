import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// End-to-end tests run the production build (adapter-node) against a fresh local stack, in a
// Chromium installed on the system (machines that cannot download browsers) or else in
// Playwright's own.
const systemChromium = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
].find((path) => path && existsSync(path));
if (process.env.CHROMIUM_PATH && systemChromium !== process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
	process.exit(1);
}
if (!systemChromium && !existsSync(chromium.executablePath())) {
	console.error(
		'No Chromium for the end-to-end tests: install one (Debian: apt install chromium) or run `npx playwright install chromium`, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
const appPort = Number(process.env.E2E_PORT ?? 4173);
const stackPort = Number(process.env.E2E_STACK_PORT ?? 54329);
const baseURL = `http://127.0.0.1:${appPort}`;
process.env.STACK_URL ??= `http://127.0.0.1:${stackPort}`;
// The app's LINK_SECRET for this run (workers inherit it), so tests can sign links it accepts.
const linkSecret = (process.env.LINK_SECRET ??= `e2e-only-${randomBytes(24).toString('hex')}`);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: systemChromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'] } },
		{ name: 'tablet', use: { ...devices['Galaxy Tab S4'], browserName: 'chromium' }, grep: /@tablet/ },
		{ name: 'phone', use: { ...devices['Pixel 7'] }, grep: /@phone/ }
	],
	webServer: {
		command: `npm run build && node supabase/local/with-stack.js --fresh --port ${stackPort} node --max-http-header-size=65536 build`,
		url: baseURL,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI,
		// The stack stops its PostgreSQL itself; the default (SIGKILL) would leave it running.
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			PORT: String(appPort),
			LINK_SECRET: linkSecret,
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			// Every sign-in of the suite comes from 127.0.0.1; the hosted limits are tested in
			// tests/integration/auth-limits.spec.ts. GoTrue's own variables, read by the stand-in.
			GOTRUE_RATE_LIMIT_EMAIL_SENT: '1000000',
			GOTRUE_RATE_LIMIT_TOKEN_REFRESH: '1000000',
			GOTRUE_RATE_LIMIT_VERIFY: '1000000',
			GOTRUE_RATE_LIMIT_OTP: '1000000',
			// The follow-up job every 3 s instead of 5 minutes: tests/e2e/followup.spec.ts waits for its email.
			FOLLOWUP_INTERVAL_SECONDS: '3'
		},
		stdout: 'pipe'
	}
});
