import { describe, expect, it } from 'vitest';
import { barPercent, followupCount, followupSummary } from './results';

describe('results helpers', () => {
	const f = { agreed: 18, inProgress: 12, carriedOut: 51, notFeasible: 3, cancelled: 0 };

	it('summarises an edition for the follow-up list, in both languages', () => {
		expect(followupSummary('nl', 'Beursvloer 2025', 84, f)).toBe(
			'Beursvloer 2025: 84 matches, 51 uitgevoerd, 12 loopt, 3 niet haalbaar'
		);
		expect(followupSummary('en', 'Beursvloer 2025', 84, f)).toBe(
			'Beursvloer 2025: 84 matches, 51 carried out, 12 in progress, 3 not feasible'
		);
		expect(followupCount(f, 'not_feasible')).toBe(3);
	});

	it('sizes bars against the largest row, and an empty chart to nothing', () => {
		expect(barPercent(5, 10)).toBe(50);
		expect(barPercent(1, 3)).toBe(33.3);
		expect(barPercent(0, 0)).toBe(0);
	});
});
