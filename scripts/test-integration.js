#!/usr/bin/env node
// The integration suite once per database: the embedded PostgreSQL 17 and PGlite always, and
// the PostgreSQL server at TEST_DATABASE_URL (or DATABASE_URL) when one is set, as CI does
// for the machine's PostgreSQL 15. Other arguments go to vitest (a test file, -t ...).
//
//   node scripts/test-integration.js [--db embedded,pglite,postgres] [vitest args]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { embeddedNativeDir, embeddedPackageName } from '../supabase/local/embedded-postgres.js';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
let databases = ['embedded', 'pglite'];
if (process.env.TEST_DATABASE_URL || process.env.DATABASE_URL) databases.push('postgres');
const dbFlag = args.indexOf('--db');
if (dbFlag >= 0) databases = args.splice(dbFlag, 2)[1].split(',');
if (process.env.PUBLIC_SUPABASE_URL) databases = ['external'];
if (databases.includes('embedded') && !embeddedNativeDir()) {
	console.log(`no PostgreSQL binaries for this platform (${embeddedPackageName}): PGlite only`);
	databases = databases.filter((db) => db !== 'embedded');
}

/** @type {Record<string, string>} */
const names = {
	embedded: 'embedded PostgreSQL 17',
	pglite: 'PGlite',
	postgres: 'PostgreSQL at TEST_DATABASE_URL/DATABASE_URL',
	external: 'the project at PUBLIC_SUPABASE_URL'
};
const results = [];
for (const db of databases) {
	console.log(`\n== integration tests on ${names[db] ?? db}`);
	const started = Date.now();
	const run = spawnSync(
		join(root, 'node_modules', '.bin', 'vitest'),
		['run', '--project', 'integration', ...args],
		{ stdio: 'inherit', env: { ...process.env, STACK_DB: db === 'external' ? '' : db } }
	);
	results.push({ db, ok: run.status === 0, seconds: (Date.now() - started) / 1000 });
}
console.log('\nintegration tests:');
for (const r of results) {
	console.log(`  ${r.ok ? 'passed' : 'FAILED'}  ${names[r.db] ?? r.db}  ${r.seconds.toFixed(0)} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
