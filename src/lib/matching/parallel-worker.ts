/** Worker entry of `proposeAllParallel`: builds the same engine and takes request chunks until none are left. */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from './engine';
import { drainChunks, type WorkerInput, type WorkerOutput } from './parallel';

const input = workerData as WorkerInput;
let message: WorkerOutput;
try {
	const engine = createEngine(input.pool, { ...input.options, now: new Date(input.options.now) });
	message = { chunks: drainChunks(engine, new Int32Array(input.counter), input.chunk) };
} catch (e) {
	message = { error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
}
parentPort?.postMessage(message);
