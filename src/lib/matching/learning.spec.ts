import { describe, expect, it } from 'vitest';
import { createEngine } from './engine';
import {
	describeLearned,
	learnedFactor,
	learnFromFeedback,
	MAX_FACTOR,
	MIN_FACTOR,
	NOTHING_LEARNED,
	type FeedbackEvent
} from './learning';
import type { Offer, Request } from './types';

const now = new Date('2026-12-01T00:00:00Z');
const HERE = { lat: 52.36, lon: 6.46 };
const event = (kind: FeedbackEvent['kind'], themes: string[], cats = ['hands', 'hands']): FeedbackEvent => ({
	kind,
	offerCategory: cats[0]!,
	requestCategory: cats[1]!,
	themes
});

const painter: Offer = {
	id: 'o-1',
	org: 'Schildersbedrijf',
	title: 'Schilder helpt een week',
	description: 'Een ervaren schilder komt schilderen: muren, plafonds en deuren.',
	category: 'hands',
	location: HERE
};
const bakery: Offer = {
	id: 'o-2',
	org: 'Bakkerij',
	title: 'Taarten voor feesten',
	description: 'Wij bakken taarten en gebak voor een feest of jubileum.',
	category: 'materials',
	location: HERE
};
const canteen: Request = {
	id: 'r-1',
	org: 'Voetbalclub',
	title: 'Kantine schilderen',
	description: 'Onze kantine moet geschilderd worden, muren en deuren.',
	category: 'hands',
	location: HERE
};
const score = (learned?: ReturnType<typeof learnFromFeedback>) =>
	createEngine({ offers: [painter, bakery], requests: [canteen] }, { now, learned })
		.proposalsFor('r-1')
		.find((p) => p.offer === 'o-1')!.score;

describe('learning from feedback', () => {
	it('learns nothing from no events', () => {
		expect(learnFromFeedback([])).toEqual(NOTHING_LEARNED);
		expect(learnedFactor(NOTHING_LEARNED, 'hands', 'hands', ['painting'])).toBe(1);
	});

	it('lowers a theme people veto or find not interesting, and raises one that leads to deals', () => {
		const down = learnFromFeedback([event('vetoed', ['painting']), event('not_interested', ['painting'])]);
		const up = learnFromFeedback([event('deal_agreed', ['painting']), event('pinned', ['painting'])]);
		expect(down.themes.painting!.factor).toBeLessThan(1);
		expect(up.themes.painting!.factor).toBeGreaterThan(1);
		expect(down.themes.painting!.events).toBe(2);
		expect(down.categories['hands|hands']!.factor).toBeLessThan(1);
	});

	it('moves a little on one event and stays within its bounds on many', () => {
		const one = learnFromFeedback([event('vetoed', ['painting'])]);
		expect(one.themes.painting!.factor).toBeGreaterThan(0.9);
		const many = learnFromFeedback(Array.from({ length: 500 }, () => event('vetoed', ['painting'])));
		expect(many.themes.painting!.factor).toBeGreaterThanOrEqual(MIN_FACTOR);
		const deals = learnFromFeedback(
			Array.from({ length: 500 }, () => event('deal_agreed', ['painting', 'building']))
		);
		expect(learnedFactor(deals, 'hands', 'hands', ['painting', 'building'])).toBeLessThanOrEqual(MAX_FACTOR);
	});

	it('changes the engine score of pairs of the learned kind only', () => {
		const base = score();
		expect(score(NOTHING_LEARNED)).toBe(base);
		const vetoes = learnFromFeedback(Array.from({ length: 6 }, () => event('vetoed', ['painting'])));
		const deals = learnFromFeedback(Array.from({ length: 6 }, () => event('deal_agreed', ['painting'])));
		expect(score(vetoes)).toBeLessThan(base);
		expect(score(deals)).toBeGreaterThan(base);
		// a theme the pair does not share leaves it alone
		const other = learnFromFeedback(
			Array.from({ length: 6 }, () => event('vetoed', ['animals'], ['x', 'y']))
		);
		expect(score(other)).toBe(base);
	});

	it('describes what was learned for the console, with labels as readers see them', () => {
		const lines = describeLearned(
			learnFromFeedback([
				event('deal_agreed', ['finance']),
				event('vetoed', ['painting'], ['hands', 'other'])
			])
		);
		expect(lines.map((l) => l.label)).toEqual(
			expect.arrayContaining(['financiën', 'schilderwerk', 'hands → other'])
		);
		expect(lines.find((l) => l.label === 'financiën')!.factor).toBeGreaterThan(1);
	});
});
