import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProcessRunner, startRunner } from './runner';

describe('startRunner', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('runs every interval and never starts a tick while one is running', async () => {
		let active = 0;
		let maxActive = 0;
		let calls = 0;
		const runner = startRunner(
			async () => {
				calls++;
				active++;
				maxActive = Math.max(maxActive, active);
				await new Promise((resolve) => setTimeout(resolve, 45_000));
				active--;
			},
			{ intervalMs: 30_000 }
		);
		await vi.advanceTimersByTimeAsync(30_000);
		expect(calls).toBe(1);
		// The second interval fires while the first tick still runs: skipped.
		await vi.advanceTimersByTimeAsync(30_000);
		expect(calls).toBe(1);
		await vi.advanceTimersByTimeAsync(30_000);
		expect(calls).toBe(2);
		expect(maxActive).toBe(1);
		await vi.advanceTimersByTimeAsync(45_000);
		await runner.stop();
	});

	it('keeps running after a failing tick and stops cleanly', async () => {
		const errors: unknown[] = [];
		let calls = 0;
		const runner = startRunner(
			async () => {
				calls++;
				throw new Error('mail provider down');
			},
			{ intervalMs: 1_000, firstDelayMs: 0, onError: (e) => errors.push(e) }
		);
		await vi.advanceTimersByTimeAsync(2_500);
		expect(calls).toBe(3);
		expect(errors).toHaveLength(3);
		await runner.stop();
		await vi.advanceTimersByTimeAsync(5_000);
		expect(calls).toBe(3);
	});
});

describe('startProcessRunner', () => {
	beforeEach(() => void vi.useFakeTimers());
	afterEach(() => void vi.useRealTimers());

	it('keeps one runner per name and process, and stops it when the server shuts down', async () => {
		let calls = 0;
		const tick = async () => void calls++;
		const options = { intervalMs: 1_000, firstDelayMs: 500 };
		const first = startProcessRunner('test-job', tick, options);
		expect(startProcessRunner('test-job', tick, options)).toBe(first);
		await vi.advanceTimersByTimeAsync(500);
		expect(calls).toBe(1);

		process.emit('sveltekit:shutdown' as never);
		await vi.advanceTimersByTimeAsync(5_000);
		expect(calls).toBe(1);
		// Stopped and forgotten: a new start gets a new runner.
		const second = startProcessRunner('test-job', tick, options);
		expect(second).not.toBe(first);
		await second.stop();
	});
});
