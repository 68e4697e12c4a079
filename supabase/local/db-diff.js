#!/usr/bin/env node
// The schema diff for Supabase's declarative schemas, without Docker (the CLI's `db diff`
// needs it): one throwaway database built from supabase/migrations, one from
// supabase/schemas, both after the local bootstrap, compared with migra (@pgkit/migra, over a
// plain pg connection, so no PostgreSQL client tools are needed). The databases live on
// DATABASE_URL's server (default postgresql://postgres@127.0.0.1:5432) and are dropped after.
//   node supabase/local/db-diff.js <verb_noun>  writes supabase/migrations/<utc>_<verb_noun>.sql
//                                               with what the schemas have and the migrations
//                                               lack (nothing when they agree)
//   node supabase/local/db-diff.js --check      exits 1, printing the difference, when the two
//                                               differ in either direction
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@pgkit/client';
import pg from 'pg';
import { run } from '@pgkit/migra';
import { dropPostgresDatabase, startPostgres } from './db.js';
import { applySchemas, migrate } from './migrate.js';

const root = new URL('../..', import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes('--check');
const name = args.find((a) => !a.startsWith('--'));

if (!check && !(name && /^[a-z]+(_[a-z0-9]+)+$/.test(name))) {
	console.error(
		'Usage: npm run db:diff -- <verb_noun>   (snake_case, a verb first: add_deal_notes, index_listing_titles)\n' +
			'       npm run db:check'
	);
	process.exit(2);
}

/** @param {string} label */
function databaseUrl(label) {
	const url = new URL(
		process.env.DATABASE_URL ??
			process.env.TEST_DATABASE_URL ??
			'postgresql://postgres@127.0.0.1:5432/postgres'
	);
	url.pathname = `/beursvloer_diff_${label}_${process.pid}`;
	return url.toString();
}

/**
 * @param {string} url
 * @param {(db: import('./db.js').Database) => Promise<unknown>} build
 */
async function buildDatabase(url, build) {
	await dropPostgresDatabase(url);
	const db = await startPostgres({ databaseUrl: url });
	try {
		await build(db);
	} finally {
		await db.close();
	}
}

/**
 * The statements that turn database `from` into `to`, grants and revokes included.
 * @param {string} from
 * @param {string} to
 */
async function diff(from, to) {
	const clients = [createClient(from), createClient(to)];
	try {
		const migration = await run(clients[0], clients[1], { unsafe: true, withPrivileges: true });
		return [migration.sql.trim(), await privilegeDiff(from, to)].filter(Boolean).join('\n\n');
	} finally {
		for (const client of clients) await client.end();
	}
}

// migra compares table grants only; who may execute a function, use a schema or write a column
// is as much part of the security model, so those privileges are compared here.
const privilegesQuery = `
  with objects as (
    select format('function %s', p.oid::regprocedure) as object,
           coalesce(p.proacl, acldefault('f', p.proowner)) as acl
      from pg_proc p
     where p.pronamespace::regnamespace::text not in ('pg_catalog', 'information_schema')
       and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
    union all
    select format('schema %I', n.nspname), coalesce(n.nspacl, acldefault('n', n.nspowner))
      from pg_namespace n
     where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
  )
  select o.object, x.privilege_type, null as column_name,
         case when x.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(x.grantee)) end as grantee
    from objects o
    cross join lateral aclexplode(o.acl) x
  union all
  select format('table %s', c.oid::regclass), x.privilege_type, a.attname,
         case when x.grantee = 0 then 'public' else quote_ident(pg_get_userbyid(x.grantee)) end
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    cross join lateral aclexplode(a.attacl) x
   where a.attacl is not null and not a.attisdropped
     and c.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema')`;

/**
 * Grant statements for every function, schema and column privilege of a database.
 * @param {string} url
 * @returns {Promise<Map<string, { grant: string, revoke: string }>>}
 */
async function privileges(url) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		await client.query("set search_path = ''");
		const { rows } = await client.query(privilegesQuery);
		const found = new Map();
		for (const r of rows) {
			const column = r.column_name ? ` (${pg.escapeIdentifier(r.column_name)})` : '';
			const what = `${r.privilege_type.toLowerCase()}${column} on ${r.object}`;
			found.set(`${what} / ${r.grantee}`, {
				grant: `grant ${what} to ${r.grantee};`,
				revoke: `revoke ${what} from ${r.grantee};`
			});
		}
		return found;
	} finally {
		await client.end();
	}
}

/**
 * The grants and revokes that give database `to`'s function, schema and column privileges to `from`.
 * @param {string} from
 * @param {string} to
 */
async function privilegeDiff(from, to) {
	const [had, wanted] = await Promise.all([privileges(from), privileges(to)]);
	const statements = [];
	for (const [key, p] of had) if (!wanted.has(key)) statements.push(p.revoke);
	for (const [key, p] of wanted) if (!had.has(key)) statements.push(p.grant);
	return statements.sort().join('\n');
}

/** @param {Date} d */
const timestamp = (d) => d.toISOString().replace(/\D/g, '').slice(0, 14);

const fromMigrations = databaseUrl('migrations');
const fromSchemas = databaseUrl('schemas');
let status = 0;
try {
	await buildDatabase(fromMigrations, (db) => migrate(db, { seed: false }));
	await buildDatabase(fromSchemas, (db) => applySchemas(db));
	const forward = await diff(fromMigrations, fromSchemas);
	if (check) {
		const backward = await diff(fromSchemas, fromMigrations);
		if (forward || backward) {
			console.error('supabase/migrations and supabase/schemas describe different databases.');
			if (forward) console.error(`\n-- What supabase/schemas has and the migrations lack:\n${forward}`);
			if (backward) console.error(`\n-- What the migrations have and supabase/schemas lacks:\n${backward}`);
			console.error('\nWrite the change in supabase/schemas, then run `npm run db:diff -- <verb_noun>`.');
			status = 1;
		} else {
			console.log('supabase/migrations and supabase/schemas describe the same database.');
		}
	} else if (!forward) {
		console.log('No difference between supabase/schemas and supabase/migrations: no migration written.');
	} else {
		const file = join(root, 'supabase/migrations', `${timestamp(new Date())}_${name}.sql`);
		writeFileSync(
			file,
			`-- Generated by \`npm run db:diff -- ${name}\` from supabase/schemas; review before committing.\n\n${forward}\n`
		);
		console.log(`wrote ${file.slice(root.length)}`);
	}
} finally {
	await dropPostgresDatabase(fromMigrations).catch(() => {});
	await dropPostgresDatabase(fromSchemas).catch(() => {});
}
process.exitCode = status;
