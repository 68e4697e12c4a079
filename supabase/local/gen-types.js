#!/usr/bin/env node
// Generates src/lib/database.types.ts from the migrations, as `supabase gen types` would,
// with postgres-meta (the generator the Supabase CLI runs in Docker). It applies the
// migrations to a throwaway database on a real PostgreSQL (TEST_DATABASE_URL or
// DATABASE_URL's server, default the local 127.0.0.1:5432).
//   --check  fails when the committed file differs from what the schema generates
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dropPostgresDatabase, startPostgres } from './db.js';
import { migrate } from './migrate.js';

const root = new URL('../..', import.meta.url).pathname;
const target = join(root, 'src/lib/database.types.ts');
const check = process.argv.includes('--check');

const server = new URL(
	process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
);
server.pathname = `/beursvloer_types_${process.pid}`;
const databaseUrl = server.toString();

const db = await startPostgres({ databaseUrl });
let generated;
try {
	await migrate(db, { seed: false });
	await db.close();
	const { stdout } = await promisify(execFile)(
		process.execPath,
		[join(root, 'node_modules/@supabase/postgres-meta/dist/server/server.js')],
		{
			env: {
				...process.env,
				PG_META_DB_URL: databaseUrl,
				PG_META_GENERATE_TYPES: 'typescript',
				PG_META_GENERATE_TYPES_INCLUDED_SCHEMAS: 'public',
				PG_META_GENERATE_TYPES_DETECT_ONE_TO_ONE_RELATIONSHIPS: 'true'
			},
			maxBuffer: 32 * 1024 * 1024
		}
	);
	generated = stdout.trimEnd() + '\n';
} finally {
	await db.close().catch(() => {});
	await dropPostgresDatabase(databaseUrl);
}

if (check) {
	const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
	if (current !== generated) {
		console.error(
			'src/lib/database.types.ts differs from the schema: run `npm run types:gen` and commit it.'
		);
		process.exit(1);
	}
	console.log('database.types.ts matches the migrations.');
} else {
	writeFileSync(target, generated);
	console.log(`wrote ${target}`);
}
