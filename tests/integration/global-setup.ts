// Starts one local stack for the whole integration run, on the database STACK_DB names:
// `embedded` (PostgreSQL 17 from npm, a throwaway cluster; the default), `pglite`, or
// `postgres`: the server of TEST_DATABASE_URL or DATABASE_URL (default 127.0.0.1:5432), in a
// database of its own, dropped afterwards. With PUBLIC_SUPABASE_URL set, the tests run
// against that project instead.
import type { TestProject } from 'vitest/node';
import { startStack } from '../../supabase/local/stack.js';
import { dropPostgresDatabase } from '../../supabase/local/db.js';
import { TEST_RATE_LIMITS } from '../../supabase/local/auth/rate-limit.js';

export interface StackInfo {
	url: string;
	anonKey: string;
	serviceRoleKey: string;
	/** LINK_SECRET of the app under test: tests sign and verify links like the server does. */
	linkSecret: string;
	db: 'pglite' | 'postgres' | 'external';
}

declare module 'vitest' {
	export interface ProvidedContext {
		stack: StackInfo;
	}
}

export default async function setup(project: TestProject) {
	if (process.env.PUBLIC_SUPABASE_URL) {
		project.provide('stack', {
			url: process.env.PUBLIC_SUPABASE_URL,
			anonKey: process.env.PUBLIC_SUPABASE_ANON_KEY ?? '',
			serviceRoleKey: process.env.SUPABASE_SERVICE_ROLE_KEY ?? '',
			linkSecret: process.env.LINK_SECRET ?? '',
			db: 'external'
		});
		return;
	}
	const choice = process.env.STACK_DB ?? 'embedded';
	if (!['embedded', 'pglite', 'postgres'].includes(choice)) {
		throw new Error(`STACK_DB=${choice}: choose embedded, pglite or postgres`);
	}
	let databaseUrl: string | undefined;
	if (choice === 'postgres') {
		const server = new URL(
			process.env.TEST_DATABASE_URL ??
				process.env.DATABASE_URL ??
				'postgresql://postgres@127.0.0.1:5432/postgres'
		);
		server.pathname = `/beursvloer_test_${process.pid}_${Date.now()}`;
		databaseUrl = server.toString();
	}
	const stack = await startStack({
		db: choice as 'embedded' | 'pglite' | 'postgres',
		databaseUrl,
		stateDir: null,
		port: 0,
		// Every test signs in from 127.0.0.1; auth-limits.spec.ts checks the hosted limits on a handler of its own.
		auth: { rateLimits: TEST_RATE_LIMITS },
		log: (line) => console.log(`[stack] ${line}`)
	});
	project.provide('stack', {
		url: stack.url,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		linkSecret: stack.linkSecret,
		db: stack.db
	});
	return async () => {
		await stack.stop();
		if (databaseUrl) await dropPostgresDatabase(databaseUrl);
	};
}
