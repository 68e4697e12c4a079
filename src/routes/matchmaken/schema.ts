import { z } from 'zod';
import { m } from '$lib/schemas/messages';

const id = z.guid(m('matchmaker.error.not_a_proposal'));

export const pairSchema = z.object({ request_id: id, offer_id: id });

export const decideSchema = pairSchema.extend({
	decision: z.enum(['pin', 'veto'], m('matchmaker.error.decision')),
	// An empty note is no note.
	note: z
		.string()
		.trim()
		.max(500, m('matchmaker.error.note'))
		.optional()
		.transform((v) => v || null)
});

/** "Leren terugzetten" is confirmed in its fold-out before it is sent. */
export const resetLearningSchema = z.object({
	confirm: z.literal('yes', m('matchmaker.error.reset_confirm'))
});
