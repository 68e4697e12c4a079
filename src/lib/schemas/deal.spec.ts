import { describe, expect, it } from 'vitest';
import { dealContactSchema, dealFormMessage, dealFormSchema } from './deal';

const form = {
	quantity: '',
	category: 'hands',
	what_given: '  Twee schilders  ',
	in_return: '',
	hours_hands: '12,5',
	hours_expertise: '',
	hours_students: '0',
	materials_value: '150',
	other_costs: '',
	deadline: '2027-06-30'
};

describe('the matchformulier', () => {
	it('reads Dutch numbers, empty hours as 0 and an empty tegenprestatie', () => {
		const r = dealFormSchema.safeParse(form);
		expect(r.success && r.data).toEqual({
			quantity: null,
			category: 'hands',
			whatGiven: 'Twee schilders',
			inReturn: '',
			hoursHands: 12.5,
			hoursExpertise: 0,
			hoursStudents: 0,
			materialsValue: 150,
			otherCosts: 0,
			deadline: '2027-06-30'
		});
	});

	it('names each wrong field in Dutch and English', () => {
		const r = dealFormSchema.safeParse({
			...form,
			hours_hands: '-1',
			quantity: '2,5',
			deadline: '2027-02-30'
		});
		expect(r.success).toBe(false);
		const fields = Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
		expect(fields).toEqual({
			hours_hands: 'deal.error.hours',
			quantity: 'deal.error.quantity',
			deadline: 'deal.error.date'
		});
		expect(dealFormMessage('deal.error.hours', 'nl')).toContain('uren');
		expect(dealFormMessage('deal.error.hours', 'en')).toContain('hours');
	});

	it('checks a contact person', () => {
		expect(dealContactSchema.safeParse({ name: 'Jan', email: 'geen-adres', phone: '' }).success).toBe(false);
		expect(dealContactSchema.parse({ name: 'Jan', email: '', phone: '0548 123456' })).toEqual({
			name: 'Jan',
			email: null,
			phone: '0548 123456'
		});
	});
});
