// The event forms: an edition (admin) and a registration (organisation). Messages are
// dictionary keys, translated by parseForm.
import { z } from 'zod';
import { EVENT_LIMITS } from '$lib/events';

const trimmed = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : trimmed(v));
const date = z
	.string({ error: 'event.error.date' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'event.error.date' });
const time = z
	.string({ error: 'event.error.time' })
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'event.error.time' });
const text = (max: number) =>
	z.preprocess((v) => trimmed(v) ?? '', z.string().max(max, { error: 'event.error.too_long' }));

export const editionSchema = z
	.object({
		title: z.preprocess(
			trimmed,
			z
				.string({ error: 'event.error.title' })
				.min(2, { error: 'event.error.title' })
				.max(EVENT_LIMITS.title, { error: 'event.error.title' })
		),
		event_date: z.preprocess(trimmed, date),
		starts_at: z.preprocess(trimmed, time),
		ends_at: z.preprocess(trimmed, time),
		venue: z.preprocess(
			trimmed,
			z
				.string({ error: 'event.error.venue' })
				.min(2, { error: 'event.error.venue' })
				.max(EVENT_LIMITS.venue, { error: 'event.error.venue' })
		),
		registration_opens_on: z.preprocess(blankToNull, date.nullable()),
		registration_closes_on: z.preprocess(blankToNull, date.nullable()),
		// EVENT_LIMITS.corners rows of corner and host.
		corner_0: text(EVENT_LIMITS.corner),
		host_0: text(EVENT_LIMITS.host),
		corner_1: text(EVENT_LIMITS.corner),
		host_1: text(EVENT_LIMITS.host),
		corner_2: text(EVENT_LIMITS.corner),
		host_2: text(EVENT_LIMITS.host),
		corner_3: text(EVENT_LIMITS.corner),
		host_3: text(EVENT_LIMITS.host),
		corner_4: text(EVENT_LIMITS.corner),
		host_4: text(EVENT_LIMITS.host),
		corner_5: text(EVENT_LIMITS.corner),
		host_5: text(EVENT_LIMITS.host)
	})
	.refine((v) => v.ends_at > v.starts_at, { path: ['ends_at'], error: 'event.error.ends_before_start' })
	.refine(
		(v) =>
			!v.registration_opens_on ||
			!v.registration_closes_on ||
			v.registration_closes_on >= v.registration_opens_on,
		{
			path: ['registration_closes_on'],
			error: 'event.error.window'
		}
	);

/** The corners of a parsed edition form: filled rows only, in order. */
export function cornersOf(data: Record<string, unknown>) {
	return Array.from({ length: EVENT_LIMITS.corners }, (_, i) => ({
		name: String(data[`corner_${i}`] ?? ''),
		hostName: String(data[`host_${i}`] ?? '')
	})).filter((c) => c.name.length >= 2);
}

export const registrationSchema = z.object({
	organisation_id: z
		.string({ error: 'event.error.organisation' })
		.uuid({ error: 'event.error.organisation' }),
	people: z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : undefined),
		z
			.number({ error: 'event.error.people' })
			.int({ error: 'event.error.people' })
			.min(1, { error: 'event.error.people' })
			.max(EVENT_LIMITS.people, { error: 'event.error.people' })
	),
	brings: text(EVENT_LIMITS.text),
	seeks: text(EVENT_LIMITS.text),
	arrival_time: z.preprocess(blankToNull, time.nullable())
});
