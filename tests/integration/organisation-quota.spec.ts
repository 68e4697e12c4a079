// The database's daily quota of new organisations per user reaches the app as an expected
// refusal (a Dutch message on the form), never as a server error.
import { describe, expect, it } from 'vitest';
import { organisationProfileSchema } from '../../src/lib/schemas/organisation';
import { createOrganisation, QuotaExceededError } from '../../src/lib/server/organisations';
import { signedInUser } from './clients';

describe('organisation quota', () => {
	it('refuses the eleventh organisation of a day with a QuotaExceededError', async () => {
		const founder = await signedInUser('founder');
		const profile = (name: string) => organisationProfileSchema.parse({ name, description: '' });
		for (let i = 1; i <= 10; i++) {
			const org = await createOrganisation(
				founder.client,
				founder.userId,
				'business',
				profile(`Quotum ${i} BV`)
			);
			expect(org.slug).toMatch(/^quotum-/);
		}
		await expect(
			createOrganisation(founder.client, founder.userId, 'business', profile('Quotum 11 BV'))
		).rejects.toBeInstanceOf(QuotaExceededError);
	});
});
