/**
 * Offers and requests: the form schema (create and edit), the report form, and the search
 * schemas for the list pages' URLs. The vocabulary, state machine and messages they use live
 * in $lib/listings.
 *
 * Text is stored exactly as typed, so "<script>" in a description is kept as text. Pages
 * must render it with Svelte's escaping ({listing.description}), never with {@html}: the
 * stored text is not sanitised HTML and must not be treated as such.
 */
import { z } from 'zod';
import {
	addDays,
	LIMITS,
	LISTING_CATEGORIES,
	LISTING_KINDS,
	LISTING_STATES,
	SEARCH_SORTS,
	todayInNetherlands,
	type ListingMessageKey
} from '$lib/listings';
import { findPlace } from '$lib/places';

const lm = (key: ListingMessageKey) => ({ error: key });

/** Empty form fields become null; strings are trimmed. */
const blankToNull = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;

const optionalText = (max: number, key: ListingMessageKey) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : v),
		z
			.string(lm(key))
			.max(max, lm(key))
			.nullish()
			.transform((v) => (v ? v : null))
	);

/** Accepts "12", "12,5" (Dutch decimal comma) and numbers. */
const optionalNumber = (min: number, max: number, key: ListingMessageKey, exclusiveMin = false) =>
	z.preprocess(
		(v) => {
			const b = blankToNull(v);
			return typeof b === 'string' ? Number(b.trim().replace(',', '.')) : b;
		},
		(exclusiveMin ? z.number(lm(key)).gt(min, lm(key)) : z.number(lm(key)).min(min, lm(key)))
			.max(max, lm(key))
			.refine(Number.isFinite, lm(key))
			.nullable()
	);

const isoDate = z.preprocess(
	blankToNull,
	z
		.string(lm('listing.date'))
		.regex(/^\d{4}-\d{2}-\d{2}$/, lm('listing.date'))
		.refine(
			(v) =>
				!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
			lm('listing.date')
		)
		.nullable()
);

const place = z
	.string(lm('listing.place'))
	.trim()
	.min(1, lm('listing.place'))
	.transform((v, ctx) => {
		const found = findPlace(v);
		if (!found) {
			ctx.addIssue({ code: 'custom', message: 'listing.place' });
			return z.NEVER;
		}
		return { place: found.label, latitude: found.lat, longitude: found.lon };
	});

export const listingFieldsSchema = z.object({
	kind: z.enum(LISTING_KINDS, lm('listing.kind')),
	title: z
		.string(lm('listing.title_required'))
		.trim()
		.min(1, lm('listing.title_required'))
		.min(LIMITS.title.min, lm('listing.title_length'))
		.max(LIMITS.title.max, lm('listing.title_length')),
	// Not trimmed inside: line breaks and indentation are the poster's.
	description: z
		.string(lm('listing.description_length'))
		.max(LIMITS.description, lm('listing.description_length'))
		.nullish()
		.transform((v) => (v ?? '').replace(/\r\n/g, '\n').trim()),
	category: z.enum(LISTING_CATEGORIES, lm('listing.category')),
	amount: z
		.string(lm('listing.amount_length'))
		.trim()
		.max(LIMITS.amount, lm('listing.amount_length'))
		.nullish()
		.transform((v) => v ?? ''),
	// How many (12 laptops), for deals to promise parts of. Left out of a form that has no such
	// field, so that saving such a form keeps the quantity; an empty field clears it.
	quantity: z.preprocess(
		(v) => {
			const b = v === undefined ? undefined : blankToNull(v);
			return typeof b === 'string' ? Number(b.trim()) : b;
		},
		z
			.number(lm('listing.quantity'))
			.int(lm('listing.quantity'))
			.min(1, lm('listing.quantity'))
			.max(LIMITS.quantity, lm('listing.quantity'))
			.nullable()
			.optional()
	),
	estimated_hours: optionalNumber(0, LIMITS.hours, 'listing.hours', true),
	estimated_value: optionalNumber(0, LIMITS.value, 'listing.value'),
	place,
	available_from: isoDate,
	available_until: isoDate,
	needed_by: isoDate,
	wants_in_return: optionalText(LIMITS.reciprocity, 'listing.reciprocity_length'),
	can_offer_in_return: optionalText(LIMITS.reciprocity, 'listing.reciprocity_length'),
	/** Save as draft or publish at once. */
	state: z
		.preprocess(blankToNull, z.enum(['draft', 'open'], lm('listing.state')).nullable())
		.transform((v) => v ?? 'open')
});

/**
 * The create/edit form. Output is what the `listings` table stores: the place resolved to
 * its label and coordinates, and only the date and reciprocity fields of the listing's kind.
 */
export const listingSchema = listingFieldsSchema
	.superRefine((v, ctx) => {
		const today = todayInNetherlands();
		const horizon = addDays(today, LIMITS.horizonDays);
		const end = v.kind === 'offer' ? v.available_until : v.needed_by;
		const endField = v.kind === 'offer' ? 'available_until' : 'needed_by';
		if (v.kind === 'offer' && v.available_from && v.available_until && v.available_until < v.available_from) {
			ctx.addIssue({ code: 'custom', path: ['available_until'], message: 'listing.end_before_start' });
		}
		if (end && end < today) ctx.addIssue({ code: 'custom', path: [endField], message: 'listing.date_past' });
		for (const field of ['available_from', endField] as const) {
			const d = v[field];
			if (d && d > horizon) ctx.addIssue({ code: 'custom', path: [field], message: 'listing.date_far' });
		}
	})
	.transform(({ place: p, ...v }) => ({
		kind: v.kind,
		state: v.state,
		title: v.title,
		description: v.description,
		category: v.category,
		amount: v.amount,
		...(v.quantity !== undefined ? { quantity: v.quantity } : {}),
		estimated_hours: v.estimated_hours,
		estimated_value: v.estimated_value,
		...p,
		available_from: v.kind === 'offer' ? v.available_from : null,
		available_until: v.kind === 'offer' ? v.available_until : null,
		needed_by: v.kind === 'request' ? v.needed_by : null,
		wants_in_return: v.kind === 'offer' ? v.wants_in_return : null,
		can_offer_in_return: v.kind === 'request' ? v.can_offer_in_return : null
	}));

export type ListingInput = z.input<typeof listingSchema>;
export type ListingValues = z.output<typeof listingSchema>;

export const reportSchema = z.object({
	reason: z
		.string(lm('listing.report_reason'))
		.trim()
		.min(3, lm('listing.report_reason'))
		.max(1000, lm('listing.report_reason'))
});

const csv = (v: unknown) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v);

/** How much of a search the pages use; a longer one is cut (and the page says so). */
export const SEARCH_TEXT_MAX = 200;

/**
 * Search words as typed, cut to the limit, without control characters: PostgreSQL text
 * cannot hold a NUL, so "?q=%00" would otherwise fail the query.
 */
export function cleanSearchText(value: string): string {
	return value
		.replace(/\p{Cc}+/gu, ' ')
		.trim()
		.slice(0, SEARCH_TEXT_MAX)
		.trim();
}

/**
 * A real calendar date in the years a listing can run: "2027-02-31", "2027-13-01" and
 * "0000-01-01" have the right shape but are no date, and PostgreSQL refuses them.
 */
export function isCalendarDate(value: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (year < 2000 || year > 2100) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const searchText = z.string().transform(cleanSearchText).catch('').default('');

/**
 * The list page's URL (?q=&soort=...): lenient, since people edit URLs by hand. Unknown
 * values fall back to defaults instead of failing the page.
 */
export const listingSearchSchema = z.object({
	q: searchText,
	kind: z.enum(LISTING_KINDS).nullable().catch(null).default(null),
	categories: z
		.preprocess(csv, z.array(z.enum(LISTING_CATEGORIES)))
		.catch([])
		.default([]),
	place: z.string().trim().max(80).catch('').default(''),
	km: z.coerce.number().min(1).max(300).nullable().catch(null).default(null),
	organisation_kind: z.enum(['business', 'voluntary', 'municipality']).nullable().catch(null).default(null),
	active_on: z.string().refine(isCalendarDate).nullable().catch(null).default(null),
	sort: z.enum(SEARCH_SORTS).catch('relevance').default('relevance'),
	page: z.coerce.number().int().min(1).max(500).catch(1).default(1)
});

export type ListingSearchParams = z.output<typeof listingSearchSchema>;

/**
 * The URL of a member's own list (/mijn/aanbod-en-vragen?q=&state=&organisation=&page=),
 * lenient like the public one: an unknown state or organisation means "all".
 */
export const myListingsSearchSchema = z.object({
	q: searchText,
	state: z.enum(LISTING_STATES).nullable().catch(null).default(null),
	organisation: z.string().trim().max(120).catch('').default(''),
	page: z.coerce.number().int().min(1).max(500).catch(1).default(1)
});

export type MyListingsSearchParams = z.output<typeof myListingsSearchSchema>;
