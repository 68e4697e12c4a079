/**
 * Optional multi-threaded full batch (node:worker_threads) for scripts, benchmarks and the CLI.
 * It lives outside index.ts and engine.ts so the pure engine keeps no Node imports.
 *
 * Every thread builds the same index from the same pool: building takes about as long as
 * shipping a serialised index would keep a worker idle, and an identical build keeps feature
 * ids, summation order and therefore every score bit-for-bit equal to the single-threaded batch.
 * The main thread computes the exchange cycles first and then helps with the request lists,
 * which all threads take in chunks from a shared counter (the machine may be busy unevenly).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createEngine, type Engine } from './engine';
import type { EngineOptions, MatchResult, Pool, Proposal } from './types';

export type ParallelOptions = {
	/** Worker threads besides the main thread; default one less than the cores, at least one. */
	workers?: number;
	/** Requests per chunk taken from the shared queue. */
	chunk?: number;
};

export type WorkerInput = {
	pool: Pool;
	options: Omit<EngineOptions, 'now'> & { now: number };
	counter: SharedArrayBuffer;
	chunk: number;
};

export type WorkerOutput = { chunks: [number, Proposal[]][] } | { error: string };

/** Takes chunks of the request order until none are left; shared by the main thread and the workers. */
export function drainChunks(engine: Engine, counter: Int32Array, size: number): [number, Proposal[]][] {
	const order = engine.ids('request');
	const out: [number, Proposal[]][] = [];
	for (;;) {
		const k = Atomics.add(counter, 0, 1);
		if (k * size >= order.length) return out;
		const proposals: Proposal[] = [];
		for (let i = k * size; i < Math.min(order.length, (k + 1) * size); i++)
			for (const p of engine.proposalsFor(order[i]!)) proposals.push(p);
		out.push([k, proposals]);
	}
}

/** The worker entry next to this module, in the form this module was loaded (.ts under tsx/vitest). */
function workerEntry(): { path: string; eval?: boolean; execArgv?: string[] } | null {
	let here: string;
	try {
		here = fileURLToPath(import.meta.url);
	} catch {
		return null;
	}
	const ts = here.endsWith('.ts');
	// built from a variable on purpose: Vite would otherwise copy the file as a static asset
	const name = './parallel-worker' + (ts ? '.ts' : '.js');
	const path = fileURLToPath(new URL(name, import.meta.url));
	// A bundled server has no worker file next to its chunk: the caller falls back to one thread.
	if (!existsSync(path)) return null;
	if (!ts) return { path };
	// Source form (tsx, vitest): on Node 20 a worker ignores ESM loader hooks, but tsx's require hook works.
	try {
		const hook = createRequire(import.meta.url).resolve('tsx/cjs');
		return { path: `require(${JSON.stringify(path)});`, eval: true, execArgv: ['--require', hook] };
	} catch {
		return null;
	}
}

/** Whether `proposeAllParallel` can start workers here (false in a bundle without the worker file). */
export function parallelAvailable(): boolean {
	return workerEntry() !== null;
}

/**
 * Same result as `proposeAll(pool, options)`, computed on several threads.
 * Falls back to one thread when no worker entry is available or `workers` is 0.
 */
export async function proposeAllParallel(
	pool: Pool,
	options: EngineOptions = {},
	parallel: ParallelOptions = {}
): Promise<MatchResult> {
	const now = (options.now ?? new Date()).getTime();
	const opts = { ...options, now: new Date(now) };
	const n = parallel.workers ?? Math.max(1, availableParallelism() - 1);
	const entry = n > 0 ? workerEntry() : null;
	if (!entry) return createEngine(pool, opts).proposeAll();

	const size = parallel.chunk ?? 250;
	const counter = new SharedArrayBuffer(4);
	const input: WorkerInput = { pool, options: { ...options, now }, counter, chunk: size };
	const workers = Array.from(
		{ length: n },
		() => new Worker(entry.path, { workerData: input, eval: entry.eval, execArgv: entry.execArgv })
	);
	const results = workers.map(
		(w) =>
			new Promise<[number, Proposal[]][]>((resolve, reject) => {
				w.once('message', (m: WorkerOutput) =>
					'error' in m ? reject(new Error(m.error)) : resolve(m.chunks)
				);
				w.once('error', reject);
				w.once('exit', (code) => reject(new Error(`matching worker exited with code ${code}`)));
			})
	);
	try {
		const engine = createEngine(pool, opts);
		const cycles = engine.cycles();
		const chunks = drainChunks(engine, new Int32Array(counter), size);
		for (const part of await Promise.all(results)) chunks.push(...part);
		chunks.sort((a, b) => a[0] - b[0]);
		return { proposals: chunks.flatMap(([, p]) => p), cycles };
	} finally {
		await Promise.all(workers.map((w) => w.terminate()));
	}
}
