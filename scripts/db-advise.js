#!/usr/bin/env node
// The database advisor for CI: builds a throwaway database from the migrations on a real
// PostgreSQL (TEST_DATABASE_URL or DATABASE_URL's server, default the local 127.0.0.1:5432), as
// `npm run types:gen` does, and runs the checks in db-advise.sql (Supabase splinter's security
// lints that apply here, and the project's write rules). Exits 1 on any finding.
//   --db-url <url>  checks that database instead (e.g. a hosted project's), leaving it as it is
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { dropPostgresDatabase, startPostgres } from '../supabase/local/db.js';
import { migrate } from '../supabase/local/migrate.js';

const root = new URL('..', import.meta.url).pathname;
const checks = readFileSync(new URL('./db-advise.sql', import.meta.url), 'utf8');

/** The schemas PostgREST exposes on a project, as supabase/config.toml lists them. */
function exposedSchemas() {
	const config = readFileSync(`${root}supabase/config.toml`, 'utf8');
	const api = config.split(/^\[api\]$/m)[1]?.split(/^\[/m)[0] ?? '';
	const match = api.match(/^schemas\s*=\s*\[([^\]]*)\]/m);
	return match ? [...match[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]) : ['public'];
}

const given = process.argv.indexOf('--db-url');
let databaseUrl = given > 0 ? process.argv[given + 1] : undefined;
const throwaway = !databaseUrl;
if (throwaway) {
	const server = new URL(
		process.env.TEST_DATABASE_URL ??
			process.env.DATABASE_URL ??
			'postgresql://postgres@127.0.0.1:5432/postgres'
	);
	server.pathname = `/beursvloer_advise_${process.pid}`;
	databaseUrl = server.toString();
	const db = await startPostgres({ databaseUrl });
	try {
		await migrate(db, { seed: false });
	} finally {
		await db.close();
	}
}

const started = Date.now();
let findings;
const client = new pg.Client({ connectionString: databaseUrl });
try {
	await client.connect();
	findings = (await client.query(checks, [exposedSchemas()])).rows;
} finally {
	await client.end().catch(() => {});
	if (throwaway) await dropPostgresDatabase(/** @type {string} */ (databaseUrl));
}

for (const f of findings) console.error(`${f.lint}: ${f.detail}`);
console.log(
	`database advisor: ${findings.length} finding(s) in schemas ${exposedSchemas().join(', ')} (${Date.now() - started} ms)`
);
process.exit(findings.length ? 1 : 0);
