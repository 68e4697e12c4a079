// The conversation schedule's forms: rounds, tables and minutes per round; a no-show with the
// round to re-plan from. Messages are dictionary keys, translated by parseForm.
import { z } from 'zod';
import { SCHEDULE_LIMITS } from '$lib/events/conversations';

const count = (max: number, key: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined),
		z.number({ error: key }).int({ error: key }).min(1, { error: key }).max(max, { error: key })
	);

export const scheduleSettingsSchema = z.object({
	rounds: count(SCHEDULE_LIMITS.rounds, 'schedule.error.rounds'),
	tables: count(SCHEDULE_LIMITS.tables, 'schedule.error.tables'),
	minutes: count(SCHEDULE_LIMITS.minutes, 'schedule.error.minutes')
});

export const noShowSchema = z.object({
	registration_id: z.uuid({ error: 'schedule.error.participant' }),
	// Up to rounds + 1 ("after the last round"); the page checks the edition's own number.
	from_round: count(SCHEDULE_LIMITS.rounds + 1, 'schedule.error.from')
});
