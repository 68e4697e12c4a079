// The matchformulier of the beursvloer as the console posts it (JSON), and the notaris's
// decision. The limits are the checks of event_matches (75_event_floor.sql).
import { z } from 'zod';
import { LISTING_CATEGORIES } from '$lib/listings';

// Any 8-4-4-4-12 id: seeded rows carry hand-made ids.
const uuid = z.guid();
const hours = z.number().min(0).max(10000);
const money = z.number().min(0).max(1_000_000);

export const floorFormSchema = z
	.object({
		id: uuid,
		cornerId: uuid.nullable(),
		giverId: uuid,
		receiverId: uuid,
		offerId: uuid.nullable(),
		requestId: uuid.nullable(),
		proposalId: uuid.nullable(),
		category: z.enum(LISTING_CATEGORIES),
		whatGiven: z.string().trim().min(2).max(2000),
		inReturn: z.string().trim().max(2000),
		quantity: z.number().int().min(1).max(100000).nullable(),
		hoursHands: hours,
		hoursExpertise: hours,
		hoursStudents: hours,
		materialsValue: money,
		otherCosts: money,
		recordedAt: z.iso.datetime({ offset: true })
	})
	.refine((f) => f.giverId !== f.receiverId, { path: ['receiverId'] });

export const floorDecisionSchema = z.object({
	match_id: uuid,
	remark: z.string().trim().max(500).default('')
});
