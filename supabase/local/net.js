import { createServer } from 'node:net';

/** A port the OS says is free right now. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** @param {number} port */
export function isPortFree(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.unref();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/**
 * Polls until `check` returns true.
 * @param {() => Promise<boolean>} check
 * @param {number} timeoutMs
 */
export async function waitFor(check, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let delay = 25;
	while (Date.now() < deadline) {
		if (await check()) return;
		await new Promise((r) => setTimeout(r, delay));
		delay = Math.min(delay * 2, 250);
	}
	throw new Error(`timed out after ${timeoutMs} ms`);
}
