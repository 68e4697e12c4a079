import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run the production build (adapter-node) against a fresh local stack
// in Debian's Chromium; test tools cannot download browsers on these machines.
const appPort = Number(process.env.E2E_PORT ?? 4173);
const stackPort = Number(process.env.E2E_STACK_PORT ?? 54329);
const baseURL = `http://127.0.0.1:${appPort}`;
process.env.STACK_URL ??= `http://127.0.0.1:${stackPort}`;

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
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
		command: `npm run build && node supabase/local/with-stack.js --fresh --port ${stackPort} node build`,
		url: baseURL,
		timeout: 180_000,
		reuseExistingServer: !process.env.CI,
		env: {
			PORT: String(appPort),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			// Every sign-in of the suite comes from 127.0.0.1; the hosted limits are tested in
			// tests/integration/auth-limits.spec.ts. GoTrue's own variables, read by the stand-in.
			GOTRUE_RATE_LIMIT_EMAIL_SENT: '1000000',
			GOTRUE_RATE_LIMIT_TOKEN_REFRESH: '1000000',
			GOTRUE_RATE_LIMIT_VERIFY: '1000000',
			GOTRUE_RATE_LIMIT_OTP: '1000000'
		},
		stdout: 'pipe'
	}
});
