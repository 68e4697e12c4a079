import { z } from 'zod';
import { LISTING_CATEGORIES } from '$lib/listings';
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

/**
 * The console's URL (?category=&place=&band=&decision=&page=): lenient, like the list pages. A
 * value that is not one of the choices becomes null, and the page says it was ignored.
 */
export const overviewFilterSchema = z.object({
	category: z.enum(LISTING_CATEGORIES).nullable().catch(null).default(null),
	place: z.string().trim().max(80).nullable().catch(null).default(null),
	band: z.enum(['strong', 'good', 'possible']).nullable().catch(null).default(null),
	decision: z.enum(['pin', 'veto', 'none']).nullable().catch(null).default(null),
	page: z.coerce.number().int().min(1).max(1000).nullable().catch(null).default(null)
});

export const OVERVIEW_FILTERS = ['category', 'place', 'band', 'decision', 'page'] as const;
