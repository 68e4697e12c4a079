// The database behind the local stack: an embedded PostgreSQL 17 (default), PGlite (where no
// PostgreSQL binary package exists, or STACK_DB=pglite) or any PostgreSQL at DATABASE_URL.
// Either way the stack gets a connection URL for PostgREST and an `exec` for the bootstrap,
// the migrations and the seed, which run before PostgREST starts.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.js';

/**
 * @typedef {{ kind: 'pglite' | 'postgres', label: string, url: string, isNew: boolean,
 *   exec: (sql: string) => Promise<void>,
 *   query: (sql: string, params?: unknown[]) => Promise<any[]>,
 *   close: () => Promise<void>, discard?: () => void }} Database
 *   discard: removes a closed database kept in a folder of the stack (.local) from disk
 */

/**
 * @param {{ dataDir?: string | null, port?: number }} options dataDir null = in memory
 * @returns {Promise<Database>}
 */
export async function startPglite({ dataDir = null, port = 0 }) {
	const { PGlite } = await import('@electric-sql/pglite');
	const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
	const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent');
	const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
	const isNew = !dataDir || !existsSync(dataDir);
	if (dataDir) mkdirSync(dataDir, { recursive: true });
	const db = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm, unaccent } });
	// PostgREST keeps one connection (PGRST_DB_POOL=1); a second slot lets it reconnect
	// before the old socket is noticed as closed.
	const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 2 });
	await server.start();
	const address = /** @type {string} */ (server.getServerConn());
	return {
		kind: 'pglite',
		label: 'PGlite',
		url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
		isNew,
		exec: async (sql) => {
			await db.exec(sql);
		},
		query: async (sql, params = []) => (await db.query(sql, params)).rows,
		close: async () => {
			await server.stop();
			await db.close();
		},
		discard: dataDir ? () => rmSync(dataDir, { recursive: true, force: true }) : undefined
	};
}

/**
 * Connects to a real PostgreSQL and creates the database named in the URL when missing.
 * @param {{ databaseUrl: string }} options
 * @returns {Promise<Database>}
 */
export async function startPostgres({ databaseUrl }) {
	const target = new URL(databaseUrl);
	const name = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
	const admin = new URL(databaseUrl);
	admin.pathname = '/postgres';
	const adminClient = new pg.Client({ connectionString: admin.toString() });
	await adminClient.connect();
	let isNew = false;
	try {
		const found = await adminClient.query('select 1 from pg_database where datname = $1', [name]);
		if (found.rowCount === 0) {
			await adminClient.query(`create database ${pg.escapeIdentifier(name)}`);
			isNew = true;
		}
	} finally {
		await adminClient.end();
	}
	const client = new pg.Client({ connectionString: databaseUrl });
	await client.connect();
	// Notices such as "already exists, skipping" are expected on every start. A server that
	// goes away while the stack runs fails the next query instead of ending the process.
	client.on('notice', () => {});
	client.on('error', () => {});
	const server = (await client.query('show server_version')).rows[0].server_version;
	return {
		kind: 'postgres',
		label: `PostgreSQL ${server.split(' ')[0]} at ${target.host}`,
		url: databaseUrl,
		isNew,
		exec: async (sql) => {
			await client.query(sql);
		},
		query: async (sql, params = []) => (await client.query(sql, /** @type {any[]} */ (params))).rows,
		close: async () => {
			await client.end();
		}
	};
}

/**
 * Starts the embedded PostgreSQL 17 and connects to its `postgres` database.
 * @param {{ dataDir?: string | null, log?: (line: string) => void }} options dataDir null =
 *   a throwaway cluster
 * @returns {Promise<Database>}
 */
export async function startEmbedded({ dataDir = null, log = () => {} }) {
	const server = await startEmbeddedPostgres({ dataDir, log });
	try {
		const db = await startPostgres({ databaseUrl: server.url });
		return {
			...db,
			label: `PostgreSQL ${server.version} (embedded, ${dataDir ? server.dataDir : 'throwaway'})`,
			isNew: server.isNew,
			close: async () => {
				await db.close();
				await server.stop();
			},
			discard: dataDir ? () => server.discard() : undefined
		};
	} catch (e) {
		await server.stop();
		throw e;
	}
}

/**
 * Drops a database on a real PostgreSQL (used by tests that made their own).
 * @param {string} databaseUrl
 */
export async function dropPostgresDatabase(databaseUrl) {
	const target = new URL(databaseUrl);
	const name = decodeURIComponent(target.pathname.slice(1));
	target.pathname = '/postgres';
	const client = new pg.Client({ connectionString: target.toString() });
	await client.connect();
	try {
		await client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`);
	} finally {
		await client.end();
	}
}
