// Starts the local Supabase-shaped stack: database (embedded PostgreSQL 17, PGlite or the
// PostgreSQL at DATABASE_URL), migrations and seed, the real PostgREST, the auth stand-in and the mail sink behind one gateway URL.
// Used by `npm run dev`, the tests and the benchmarks when no Supabase URL is configured.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbedded, startPglite, startPostgres } from './db.js';
import { embeddedNativeDir, embeddedPackageName } from './embedded-postgres.js';
import { loadOrCreateKeys } from './keys.js';
import { createGateway } from './gateway.js';
import { createMailSink } from './mail.js';
import { FoldedHistoryError, migrate } from './migrate.js';
import { isPortFree } from './net.js';
import { startPostgrest } from './postgrest.js';

const here = new URL('.', import.meta.url).pathname;

/** @param {number} pid */
function processAlive(pid) {
	try {
		return process.kill(pid, 0);
	} catch {
		return false;
	}
}

/** @typedef {'embedded' | 'pglite' | 'postgres'} DbChoice */

/**
 * The database to start: `db` when given, else STACK_DB, else the PostgreSQL at
 * DATABASE_URL, else the embedded PostgreSQL 17, or PGlite where npm has no PostgreSQL
 * binaries for this platform.
 * @param {DbChoice | undefined} db
 * @param {string | undefined} databaseUrl
 * @param {(line: string) => void} log
 * @returns {DbChoice}
 */
function chooseDb(db, databaseUrl, log) {
	const asked = db ?? /** @type {DbChoice | undefined} */ (process.env.STACK_DB || undefined);
	if (asked && !['embedded', 'pglite', 'postgres'].includes(asked)) {
		throw new Error(`STACK_DB=${asked}: choose embedded, pglite or postgres`);
	}
	const choice = asked ?? (databaseUrl ? 'postgres' : 'embedded');
	if (choice === 'embedded' && !embeddedNativeDir()) {
		log(
			`no PostgreSQL binaries for ${process.platform}-${process.arch} (${embeddedPackageName}): using PGlite`
		);
		return 'pglite';
	}
	return choice;
}

/**
 * Two PGlite instances (or PostgreSQL servers) on one data folder corrupt it, so a second stack on the same folder
 * is refused while the first one's process lives.
 * @param {string} stateDir
 */
function lockStateDir(stateDir) {
	const file = join(stateDir, 'stack.lock');
	mkdirSync(stateDir, { recursive: true });
	if (existsSync(file)) {
		const pid = Number(readFileSync(file, 'utf8'));
		if (pid > 0 && pid !== process.pid && processAlive(pid)) {
			throw new Error(`Another local stack (process ${pid}) is using ${stateDir}. Stop it first.`);
		}
	}
	writeFileSync(file, String(process.pid));
	const release = () => rmSync(file, { force: true });
	process.once('exit', release);
	return release;
}

/**
 * @typedef {{ url: string, anonKey: string, serviceRoleKey: string, jwtSecret: string, linkSecret: string,
 *   databaseUrl: string, db: 'pglite' | 'postgres', dbLabel: string, env: Record<string, string>,
 *   mail: ReturnType<typeof createMailSink>, stop: () => Promise<void> }} Stack
 */

/**
 * @param {{
 *   db?: DbChoice,             // default: see chooseDb
 *   databaseUrl?: string,
 *   stateDir?: string | null,  // keys, database files and mail; null: throwaway
 *   port?: number,             // gateway port; 0 picks a free one
 *   seed?: boolean,
 *   siteUrl?: string,          // the app's URL, where auth links lead
 *   auth?: Record<string, unknown>, // extra options for the auth stand-in
 *   log?: (line: string) => void
 * }} [options]
 * @returns {Promise<Stack>}
 */
export async function startStack(options = {}) {
	const {
		databaseUrl = process.env.DATABASE_URL,
		stateDir = null,
		port = 0,
		seed = true,
		siteUrl = 'http://127.0.0.1:5173',
		log = () => {}
	} = options;
	const started = Date.now();
	const kind = chooseDb(options.db, databaseUrl, log);
	if (kind === 'postgres' && !databaseUrl) throw new Error('db "postgres" needs databaseUrl or DATABASE_URL');
	const releaseLock = stateDir ? lockStateDir(stateDir) : () => {};
	const keys = await loadOrCreateKeys(stateDir ? join(stateDir, 'keys.json') : null);

	const open = () =>
		kind === 'postgres'
			? startPostgres({ databaseUrl: /** @type {string} */ (databaseUrl) })
			: kind === 'embedded'
				? startEmbedded({ dataDir: stateDir ? join(stateDir, 'postgres') : null, log })
				: startPglite({ dataDir: stateDir ? join(stateDir, 'pglite') : null });
	/** @type {import('./db.js').Database} */
	let db;
	try {
		db = await open();
	} catch (e) {
		releaseLock();
		throw e;
	}
	/** @type {(() => Promise<void>)[]} */
	const stops = [async () => releaseLock(), () => db.close()];
	const stop = async () => {
		for (const s of stops.reverse()) await s().catch(() => {});
	};
	try {
		const { applied, seeded } = await migrate(db, { seed, log }).catch(async (error) => {
			// A database under .local is a throwaway: start it anew. A DATABASE_URL database
			// is never dropped automatically; the error says what to do.
			if (!(error instanceof FoldedHistoryError) || !db.discard) throw error;
			log(
				`the local database records ${error.missing.length} migration(s) that supabase/migrations no longer has (history folded into a baseline): rebuilding it from scratch`
			);
			await db.close();
			db.discard();
			db = await open();
			return migrate(db, { seed, log });
		});
		log(
			`database ready (${db.label}${db.isNew ? ', new' : ''}): ${applied.length} migration(s) applied${seeded ? ', seeded' : ''}`
		);

		const postgrest = await startPostgrest({
			dbUrl: db.url,
			jwtSecret: keys.jwtSecret,
			pglite: db.kind === 'pglite',
			schemas: 'public,local_auth'
		});
		stops.push(() => postgrest.stop());

		const mail = createMailSink({ file: stateDir ? join(stateDir, 'mail.json') : null });
		const gatewayPort = port === 0 || (await isPortFree(port)) ? port : 0;
		if (gatewayPort !== port) log(`port ${port} is taken; using a free one`);

		// The gateway's own URL is needed by the auth stand-in (links in emails), so listen first.
		/** @type {any} */
		let authHandler = null;
		const gateway = createGateway({
			postgrestUrl: postgrest.url,
			mail,
			auth: (req, res, path) => authHandler(req, res, path)
		});
		await new Promise((resolve) => gateway.listen(gatewayPort, '127.0.0.1', () => resolve(null)));
		stops.push(
			() =>
				new Promise((resolve) => {
					gateway.close(() => resolve());
					// Kept-alive sockets (a minute, see gateway.js) would hold close() open.
					gateway.closeAllConnections();
				})
		);
		const address = gateway.address();
		const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : gatewayPort}`;

		/** @param {string} fn @param {object} args */
		const rpc = async (fn, args) => {
			const res = await fetch(`${postgrest.url}/rpc/${fn}`, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					'content-profile': 'local_auth',
					'accept-profile': 'local_auth',
					authorization: `Bearer ${keys.serviceRoleKey}`
				},
				body: JSON.stringify(args)
			});
			const text = await res.text();
			const body = text ? JSON.parse(text) : null;
			if (!res.ok) {
				const error = /** @type {Error & Record<string, unknown>} */ (
					new Error(body?.message ?? res.statusText)
				);
				Object.assign(error, {
					code: body?.code,
					details: body?.details,
					hint: body?.hint,
					status: res.status
				});
				throw error;
			}
			return body;
		};
		if (existsSync(join(here, 'auth', 'index.js'))) {
			const { createAuthHandler } = await import('./auth/index.js');
			authHandler = createAuthHandler({
				jwtSecret: keys.jwtSecret,
				rpc,
				sendMail: (/** @type {any} */ m) => mail.send(m),
				publicUrl: url,
				siteUrl,
				...(options.auth ?? {})
			});
		} else {
			authHandler = async (/** @type {any} */ _req, /** @type {any} */ res) => {
				res.writeHead(501, { 'content-type': 'application/json' });
				res.end(JSON.stringify({ code: 501, error_code: 'not_implemented', msg: 'Auth stand-in missing' }));
			};
		}

		log(`local stack ready at ${url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return {
			url,
			anonKey: keys.anonKey,
			serviceRoleKey: keys.serviceRoleKey,
			jwtSecret: keys.jwtSecret,
			linkSecret: keys.linkSecret,
			databaseUrl: db.url,
			db: db.kind,
			dbLabel: db.label,
			mail,
			env: {
				PUBLIC_SUPABASE_URL: url,
				PUBLIC_SUPABASE_ANON_KEY: keys.anonKey,
				SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
				LINK_SECRET: keys.linkSecret,
				RESEND_API_KEY: 're_local_only',
				RESEND_BASE_URL: url,
				PUBLIC_DEV_INBOX_URL: `${url}/inbox`
			},
			stop
		};
	} catch (e) {
		await stop();
		throw e;
	}
}
