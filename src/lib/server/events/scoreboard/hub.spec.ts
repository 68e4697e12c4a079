import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scoreboard } from '$lib/events/scoreboard';
import { ScoreboardHub } from './hub';
import { scoreboardResponse } from './stream';

const board = (matches: number): Scoreboard => ({
	title: 'Beursvloer',
	date: '2026-12-02',
	matches,
	value: matches * 100,
	version: `${matches}:0`,
	corners: [],
	ticker: []
});

describe('ScoreboardHub', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('reads once a second for any number of listeners, and pushes only changes', async () => {
		let matches = 0;
		const read = vi.fn(async () => board(matches));
		const hub = new ScoreboardHub(read, 1000);
		const seen: number[][] = Array.from({ length: 50 }, () => []);
		const stops = seen.map((list) => hub.subscribe('t', (b) => list.push(b!.matches)));
		await vi.advanceTimersByTimeAsync(0);
		expect(seen.every((l) => l.join() === '0')).toBe(true);

		await vi.advanceTimersByTimeAsync(3000);
		expect(read).toHaveBeenCalledTimes(4);
		expect(seen[0]).toEqual([0]);

		matches = 1;
		await vi.advanceTimersByTimeAsync(1000);
		expect(seen.every((l) => l.join() === '0,1')).toBe(true);
		expect(read).toHaveBeenCalledTimes(5);

		// A late screen gets the current scoreboard at once, without a read.
		const late: number[] = [];
		stops.push(hub.subscribe('t', (b) => late.push(b!.matches)));
		expect(late).toEqual([1]);
		expect(await hub.current('t')).toMatchObject({ matches: 1 });
		expect(read).toHaveBeenCalledTimes(5);

		for (const stop of stops) stop();
		await vi.advanceTimersByTimeAsync(5000);
		expect(read).toHaveBeenCalledTimes(5);
		expect(hub.listening).toEqual({ links: 0, listeners: 0 });
	});

	it('keeps the last scoreboard when a read fails, and says so when the link is gone', async () => {
		const answers: (Scoreboard | null | Error)[] = [board(2), new Error('network'), board(3), null];
		const hub = new ScoreboardHub(
			async () => {
				const next = answers.shift();
				if (next instanceof Error) throw next;
				return next ?? null;
			},
			1000,
			() => {}
		);
		const seen: (number | null)[] = [];
		hub.subscribe('t', (b) => seen.push(b ? b.matches : null));
		await vi.advanceTimersByTimeAsync(3500);
		expect(seen).toEqual([2, 3, null]);
		expect(hub.listening.links).toBe(0);
	});
});

describe('scoreboardResponse', () => {
	it('streams retry, the current scoreboard and heartbeats as server-sent events', async () => {
		const hub = new ScoreboardHub(async () => board(7), 1000);
		const response = scoreboardResponse(hub, 't', { heartbeatMs: 50 });
		expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
		const reader = response.body!.getReader();
		const decoder = new TextDecoder();
		let text = '';
		while (!text.includes(': ping')) {
			const next = await reader.read();
			if (next.done) break;
			text += decoder.decode(next.value);
		}
		expect(text.startsWith('retry: 2000\n\n')).toBe(true);
		expect(text).toContain('id: 7:0\nevent: scoreboard\ndata: {"title":"Beursvloer"');
		expect(text).toContain(': ping\n\n');
		await reader.cancel();
		expect(hub.listening.listeners).toBe(0);
	});
});
