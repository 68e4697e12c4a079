#!/usr/bin/env node
// Runs a command (e.g. `vite dev`) against Supabase. When PUBLIC_SUPABASE_URL is set, the
// command talks to that project and nothing local starts. Otherwise the local stack starts
// first and its URL and local-only keys are passed to the command in its environment.
//
//   node supabase/local/with-stack.js [--fresh] [--port N] [--] command [args...]
//   --fresh  throwaway database and keys (tests); default keeps them under .local/
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;

/** Reads KEY=VALUE lines from .env without overriding the real environment. */
function loadDotEnv() {
	const file = join(root, '.env');
	if (!existsSync(file)) return;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/);
		if (!m || process.env[m[1]] !== undefined) continue;
		process.env[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
	}
}

function parseArgs(argv) {
	let fresh = false;
	let port = Number(process.env.STACK_PORT ?? 54321);
	let i = 0;
	for (; i < argv.length; i++) {
		if (argv[i] === '--fresh') fresh = true;
		else if (argv[i] === '--port') port = Number(argv[++i]);
		else if (argv[i] === '--') {
			i++;
			break;
		} else break;
	}
	return { fresh, port, command: argv.slice(i) };
}

/** @param {string[]} command @param {NodeJS.ProcessEnv} env */
function run(command, env) {
	const child = spawn(command[0], command.slice(1), {
		stdio: 'inherit',
		env,
		shell: process.platform === 'win32'
	});
	return child;
}

async function main() {
	loadDotEnv();
	const { fresh, port, command } = parseArgs(process.argv.slice(2));
	const binDir = join(root, 'node_modules', '.bin');
	const env = { ...process.env, PATH: `${binDir}:${process.env.PATH ?? ''}` };

	if (process.env.PUBLIC_SUPABASE_URL) {
		if (command.length === 0) {
			console.error('PUBLIC_SUPABASE_URL is set: no local stack is needed.');
			return 0;
		}
		const child = run(command, env);
		return await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
	}

	const { startStack } = await import('./stack.js');
	const siteUrl = process.env.ORIGIN ?? process.env.SITE_URL ?? 'http://127.0.0.1:5173';
	const stack = await startStack({
		stateDir: fresh ? null : join(root, '.local'),
		port,
		siteUrl,
		log: (line) => console.log(`[stack] ${line}`)
	});
	console.log(
		`[stack] Supabase URL ${stack.url} · dev inbox ${stack.url}/inbox (local-only keys in .local/keys.json)`
	);

	let stopping = false;
	const shutdown = async (/** @type {number} */ code) => {
		if (stopping) return;
		stopping = true;
		await stack.stop();
		process.exit(code);
	};

	if (command.length === 0) {
		for (const [k, v] of Object.entries(stack.env)) console.log(`${k}=${v}`);
		console.log('[stack] running; Ctrl+C stops it');
		process.on('SIGINT', () => shutdown(0));
		process.on('SIGTERM', () => shutdown(0));
		return null;
	}

	// A LINK_SECRET set in the environment wins over the stack's own (the end-to-end tests set
	// one, so they can sign links the app accepts).
	const linkSecret = process.env.LINK_SECRET ? { LINK_SECRET: process.env.LINK_SECRET } : {};
	const child = run(command, { ...env, ...stack.env, ...linkSecret, STACK_URL: stack.url });
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
		process.on(signal, () => child.kill(signal));
	}
	child.on('exit', (code) => shutdown(code ?? 1));
	return null;
}

main().then(
	(code) => {
		if (code !== null) process.exit(code);
	},
	(e) => {
		console.error(e);
		process.exit(1);
	}
);
