import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { nl } from '$lib/i18n/nl';
import {
	DEAL_STATES,
	awaitsAnswerFrom,
	canTransition,
	socialValue,
	staffActions,
	stepActions
} from '$lib/deals';

describe('social value', () => {
	it('adds hours at each rate, materials and other costs, in cents', () => {
		const v = socialValue(
			{ hoursHands: 12, hoursExpertise: 2.5, hoursStudents: 4, materialsValue: 150.1, otherCosts: 0.2 },
			{ hands: 50, expertise: 80, students: 20 }
		);
		expect(v).toEqual({
			hands: 600,
			expertise: 200,
			students: 80,
			materials: 150.1,
			otherCosts: 0.2,
			total: 1030.3
		});
	});

	it('is zero for an empty form', () => {
		expect(
			socialValue(
				{ hoursHands: 0, hoursExpertise: 0, hoursStudents: 0, materialsValue: 0, otherCosts: 0 },
				{ hands: 50, expertise: 80, students: 20 }
			).total
		).toBe(0);
	});
});

describe('deal states', () => {
	it('moves as 60_deals.sql allows', () => {
		expect(canTransition('interested', 'agreed')).toBe(true);
		expect(canTransition('carried_out', 'in_progress')).toBe(false);
		expect(stepActions('interested')).toEqual(['cancelled']);
		expect(staffActions('interested')).toEqual([]);
		expect(staffActions('agreed')).toEqual(['in_progress', 'carried_out', 'not_feasible', 'cancelled']);
	});

	it('has a label for every state in both languages', () => {
		for (const state of DEAL_STATES) {
			expect(nl[`deal.state.${state}`]).toBeTruthy();
			expect(en[`deal.state.${state}`]).toBeTruthy();
		}
	});
});

describe('awaitsAnswerFrom', () => {
	const deal = {
		state: 'interested' as const,
		giver: { organisationId: 'a', acceptedAt: null },
		receiver: { organisationId: 'b', acceptedAt: '2026-12-01T10:00:00Z' }
	};
	it('is the side without a yes of an interested deal', () => {
		expect(awaitsAnswerFrom(deal, 'a')).toBe(true);
		expect(awaitsAnswerFrom(deal, 'b')).toBe(false);
		expect(awaitsAnswerFrom(deal, 'c')).toBe(false);
		expect(awaitsAnswerFrom({ ...deal, state: 'agreed' }, 'a')).toBe(false);
	});
});
