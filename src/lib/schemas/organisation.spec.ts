import { describe, expect, it } from 'vitest';
import { createOrganisationSchema } from './organisation';

describe('createOrganisationSchema', () => {
	it('turns empty optional fields into null and normalises input', () => {
		const parsed = createOrganisationSchema.parse({
			kind: 'business',
			name: '  Bakkerij De Regge ',
			kvk_number: '1234 5678',
			description: '',
			place: '',
			website: 'www.deregge.nl',
			contact_email: 'Info@DeRegge.nl',
			contact_phone: ''
		});
		expect(parsed).toEqual({
			kind: 'business',
			name: 'Bakkerij De Regge',
			kvk_number: '12345678',
			description: '',
			place: null,
			website: 'https://www.deregge.nl',
			contact_email: 'info@deregge.nl',
			contact_phone: null,
			// Not sent: no similar organisation was confirmed as a different one.
			confirm_similar: null
		});
	});

	it('reports a dictionary key per bad field', () => {
		const result = createOrganisationSchema.safeParse({
			kind: 'bank',
			name: 'X',
			kvk_number: '123',
			website: 'not a site',
			contact_email: 'nope',
			contact_phone: 'abc'
		});
		expect(result.success).toBe(false);
		const byField = Object.fromEntries(
			(result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message])
		);
		expect(byField).toMatchObject({
			kind: 'validation.kind',
			name: 'validation.org_name',
			kvk_number: 'validation.kvk',
			website: 'validation.website',
			contact_email: 'validation.email',
			contact_phone: 'validation.phone'
		});
	});
});
