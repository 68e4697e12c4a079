import { z } from 'zod';
import { LISTING_STATES } from '$lib/listings';
import { m } from '$lib/schemas/messages';

export const stateChangeSchema = z.object({
	to: z.enum(LISTING_STATES, m('market.manage.invalid_transition'))
});
