import { describe, expect, it } from 'vitest';
import { proposeAll } from './engine';
import { LEXICON_SOURCE } from './lexicon-data';
import { parallelAvailable, proposeAllParallel } from './parallel';
import type { Offer, Pool, Request } from './types';

// A small seeded pool in the style of the speed benchmark: lexicon words mixed with filler.
function generatedPool(n: number): Pool {
	let s = 42;
	const rnd = () => {
		s = (s * 1103515245 + 12345) % 2147483648;
		return s / 2147483648;
	};
	const themes = LEXICON_SOURCE.split('\n')
		.filter((l) => l.includes('|'))
		.map((l) =>
			l
				.split('|')[4]!
				.split(/\s+/)
				.filter((w) => w && !w.includes('_'))
		);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
	const text = (words: number) => {
		const [a, b] = [pick(themes), pick(themes)];
		return Array.from({ length: words }, () => pick(rnd() < 0.7 ? a : b)).join(' ');
	};
	const base = (id: string, i: number) => ({
		id,
		org: `org-${i % 40}-${id[0]}`,
		title: text(4),
		description: text(20),
		category: pick(['hands', 'expertise', 'materials', 'facilities']),
		location: { lat: 52.3 + rnd() * 0.2, lon: 6.4 + rnd() * 0.2 }
	});
	const offers: Offer[] = Array.from({ length: n }, (_, i) => ({
		...base(`o-${i}`, i),
		wantsInReturn: rnd() < 0.3 ? text(8) : null
	}));
	const requests: Request[] = Array.from({ length: n }, (_, i) => ({
		...base(`r-${i}`, i),
		canOfferInReturn: rnd() < 0.3 ? text(8) : null
	}));
	return { offers, requests };
}

describe('parallel batch', () => {
	it('gives exactly the single-threaded proposals and cycles', async () => {
		expect(parallelAvailable()).toBe(true);
		const pool = generatedPool(300);
		const now = new Date('2026-12-01T00:00:00Z');
		const single = proposeAll(pool, { now });
		expect(single.proposals.length).toBeGreaterThan(100);
		const parallel = await proposeAllParallel(pool, { now }, { workers: 2, chunk: 17 });
		expect(parallel).toEqual(single);
	}, 60_000);
});
