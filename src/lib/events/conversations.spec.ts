import { describe, expect, it } from 'vitest';
import { nowInAmsterdam } from './index';
import { currentRound, nextRound, presentRounds, roundTimes } from './conversations';

const s = { rounds: 9, minutes: 4 };

describe('the rounds of the conversation schedule', () => {
	it('starts round k at starts_at + (k-1) * minutes', () => {
		expect(roundTimes('19:30', s)).toEqual([
			'19:30',
			'19:34',
			'19:38',
			'19:42',
			'19:46',
			'19:50',
			'19:54',
			'19:58',
			'20:02'
		]);
	});

	it('counts someone present from the first round that starts at or after their arrival', () => {
		expect(presentRounds('19:30', null, s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
		expect(presentRounds('19:30', '19:42', s)).toEqual([4, 5, 6, 7, 8, 9]);
		// Arriving during round 4 misses it.
		expect(presentRounds('19:30', '19:43', s)).toEqual([5, 6, 7, 8, 9]);
		expect(presentRounds('19:30', '21:00', s)).toEqual([]);
	});

	it('re-plans by default from the next round by the clock', () => {
		const e = { eventDate: '2026-12-17', startsAt: '19:30' };
		expect(nextRound(e, s, { date: '2026-12-01', time: '20:00' })).toBe(1);
		expect(nextRound(e, s, { date: '2026-12-17', time: '19:00' })).toBe(1);
		// 19:35 is in round 2: the next one is 3.
		expect(nextRound(e, s, { date: '2026-12-17', time: '19:35' })).toBe(3);
		expect(nextRound(e, s, { date: '2026-12-17', time: '22:00' })).toBe(10);
		expect(nextRound(e, s, { date: '2026-12-18', time: '10:00' })).toBe(10);
	});

	it('names the round under way by the clock, and none before, between days or after the last', () => {
		const e = { eventDate: '2026-12-17', startsAt: '19:30' };
		expect(currentRound(e, s, { date: '2026-12-17', time: '19:29' })).toBeNull();
		expect(currentRound(e, s, { date: '2026-12-17', time: '19:30' })).toBe(1);
		expect(currentRound(e, s, { date: '2026-12-17', time: '19:35' })).toBe(2);
		// 9 rounds of 4 minutes end at 20:06.
		expect(currentRound(e, s, { date: '2026-12-17', time: '20:05' })).toBe(9);
		expect(currentRound(e, s, { date: '2026-12-17', time: '20:06' })).toBeNull();
		expect(currentRound(e, s, { date: '2026-12-16', time: '19:35' })).toBeNull();
	});

	it("reads the clock in Amsterdam's time, winter and summer", () => {
		expect(nowInAmsterdam(new Date('2026-12-17T18:42:00Z'))).toEqual({ date: '2026-12-17', time: '19:42' });
		expect(nowInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toEqual({ date: '2026-07-01', time: '00:30' });
	});
});
