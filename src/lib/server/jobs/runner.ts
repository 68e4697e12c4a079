// A periodic job in the server process: runs `tick` every `intervalMs`, never two at once (a slow
// tick makes the next one skip), without keeping the process alive, and stops cleanly.

export type Runner = {
	/** Runs a tick now unless one is running; resolves when that tick ends. */
	runNow(): Promise<void>;
	/** No new ticks; resolves when the running one has ended. */
	stop(): Promise<void>;
};

export function startRunner(
	tick: () => Promise<void>,
	options: { intervalMs: number; firstDelayMs?: number; onError?: (error: unknown) => void }
): Runner {
	const onError = options.onError ?? ((error: unknown) => console.error('Background job failed:', error));
	let running: Promise<void> | null = null;
	let stopped = false;

	function runNow(): Promise<void> {
		if (stopped) return running ?? Promise.resolve();
		running ??= (async () => {
			try {
				await tick();
			} catch (error) {
				onError(error);
			} finally {
				running = null;
			}
		})();
		return running;
	}

	const first = setTimeout(() => void runNow(), options.firstDelayMs ?? options.intervalMs);
	const timer = setInterval(() => void runNow(), options.intervalMs);
	// Pending mail must not keep a server (or a test run) from exiting: the outbox keeps it.
	first.unref();
	timer.unref();

	return {
		runNow,
		async stop() {
			stopped = true;
			clearTimeout(first);
			clearInterval(timer);
			await running;
		}
	};
}

/**
 * startRunner for a server process's background job: one per `name` and process, also when the
 * dev server re-runs init after a reload, and stopped when SvelteKit shuts the server down.
 */
export function startProcessRunner(
	name: string,
	tick: () => Promise<void>,
	options: Parameters<typeof startRunner>[1]
): Runner {
	const key = Symbol.for(`beursvloer.${name}`);
	const holder = globalThis as typeof globalThis & Record<symbol, Runner | undefined>;
	const existing = holder[key];
	if (existing) return existing;
	const runner = startRunner(tick, options);
	holder[key] = runner;
	process.once('sveltekit:shutdown', () => {
		delete holder[key];
		void runner.stop();
	});
	return runner;
}
