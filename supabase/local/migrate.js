// Applies what `supabase db push` would: the platform bootstrap (local only), the auth
// stand-in's SQL, then every migration not yet recorded, recorded where the Supabase CLI
// records them; on a new database the seed follows.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;
const supabaseDir = join(here, '..');

/** @param {string} text */
const literal = (text) => `'${text.replaceAll("'", "''")}'`;

/** @returns {{ version: string, name: string, file: string }[]} */
function listMigrations() {
	const dir = join(supabaseDir, 'migrations');
	return readdirSync(dir)
		.filter((f) => /^\d+_.+\.sql$/.test(f))
		.sort()
		.map((f) => {
			const [, version, name] = /** @type {RegExpMatchArray} */ (f.match(/^(\d+)_(.+)\.sql$/));
			return { version, name, file: join(dir, f) };
		});
}

/** supabase/schemas/*.sql in name order, as `[db.migrations] schema_paths` lists them. */
export function listSchemaFiles() {
	const dir = join(supabaseDir, 'schemas');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.sql'))
		.sort()
		.map((f) => join(dir, f));
}

/**
 * What the Supabase platform provides before any project SQL runs (local only), and the auth
 * stand-in's tables: neither schema nor migration.
 * @param {import('./db.js').Database} db
 */
export async function applyBootstrap(db) {
	await db.exec(readFileSync(join(here, 'sql', 'bootstrap.sql'), 'utf8'));
	const authSql = join(here, 'sql', 'auth.sql');
	if (existsSync(authSql)) await db.exec(readFileSync(authSql, 'utf8'));
}

/**
 * Builds the schema straight from supabase/schemas (after the bootstrap), in one transaction.
 * @param {import('./db.js').Database} db
 */
export async function applySchemas(db) {
	await applyBootstrap(db);
	const sql = listSchemaFiles().map((f) => readFileSync(f, 'utf8'));
	await db.exec(`begin;\n${sql.join('\n;\n')}\n;\ncommit;`);
}

/** The seed: supabase/seed.sql, then supabase/seed/*.sql in name order. */
function listSeedFiles() {
	const files = [];
	const main = join(supabaseDir, 'seed.sql');
	if (existsSync(main)) files.push(main);
	const extra = join(supabaseDir, 'seed');
	if (existsSync(extra)) {
		for (const f of readdirSync(extra)
			.filter((f) => f.endsWith('.sql'))
			.sort())
			files.push(join(extra, f));
	}
	return files;
}

/**
 * The database records migrations that supabase/migrations no longer has: their history was
 * folded into a baseline (or the database was made on another branch). Applying the newer
 * files on top would fail halfway, so nothing is applied.
 */
export class FoldedHistoryError extends Error {
	/** @param {import('./db.js').Database} db @param {string[]} missing */
	constructor(db, missing) {
		const versions = missing.length > 2 ? `${missing[0]} … ${missing.at(-1)}` : missing.join(', ');
		const what = `records ${missing.length} migration(s) that supabase/migrations no longer has (${versions}; the history was folded into a baseline)`;
		if (db.kind === 'pglite') {
			super(`The local database ${what}.`);
		} else {
			const url = new URL(db.url);
			const name = decodeURIComponent(url.pathname.slice(1));
			url.pathname = '/postgres';
			url.password = url.password ? '***' : '';
			super(
				`The database "${name}" (DATABASE_URL) ${what}. It is not dropped automatically. ` +
					`If it holds nothing you need, drop it (psql "${url}" -c 'drop database "${name}"') ` +
					'or set DATABASE_URL to a new database name: the stack creates it, applies the migrations and loads the seed.'
			);
		}
		this.name = 'FoldedHistoryError';
		this.missing = missing;
	}
}

/**
 * @param {import('./db.js').Database} db
 * @param {{ seed?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ applied: string[], seeded: boolean }>}
 */
export async function migrate(db, { seed = true, log = () => {} } = {}) {
	await applyBootstrap(db);

	const done = new Set(
		(await db.query('select version from supabase_migrations.schema_migrations')).map((r) => r.version)
	);
	const present = new Set(listMigrations().map((m) => m.version));
	const missing = [...done].filter((v) => !present.has(v)).sort();
	if (missing.length > 0) throw new FoldedHistoryError(db, missing);
	const firstRun = done.size === 0;
	const applied = [];
	for (const m of listMigrations()) {
		if (done.has(m.version)) continue;
		const sql = readFileSync(m.file, 'utf8');
		// One transaction per migration, as the CLI does: a failing file leaves no half schema.
		await db.exec(
			`begin;\n${sql}\n;\ninsert into supabase_migrations.schema_migrations (version, name, statements) values (${literal(m.version)}, ${literal(m.name)}, array[${literal(sql)}]);\ncommit;`
		);
		applied.push(m.version);
		log(`migration ${m.version}_${m.name} applied`);
	}
	let seeded = false;
	if (seed && firstRun) {
		for (const file of listSeedFiles()) {
			await db.exec(`begin;\n${readFileSync(file, 'utf8')}\n;\ncommit;`);
			log(`seed ${file.slice(supabaseDir.length + 1)} loaded`);
		}
		seeded = true;
	}
	return { applied, seeded };
}
