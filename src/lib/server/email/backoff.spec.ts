import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, nextStep } from './backoff';

const now = new Date('2026-12-01T10:00:00Z');
const minutesLater = (step: ReturnType<typeof nextStep>) =>
	step.status === 'pending' ? (step.at.getTime() - now.getTime()) / 60_000 : null;

describe('nextStep', () => {
	it('waits 1 min, 5 min, 30 min, 2 h and 12 h, then gives up', () => {
		const waits = [1, 2, 3, 4, 5, 6].map((attempt) => minutesLater(nextStep(attempt, now)));
		expect(waits).toEqual([1, 5, 30, 120, 720, null]);
		expect(MAX_ATTEMPTS).toBe(6);
		expect(nextStep(6, now)).toEqual({ status: 'failed' });
	});

	it('does not retry a message the provider rejected as invalid', () => {
		expect(nextStep(1, now, true)).toEqual({ status: 'failed' });
	});
});
