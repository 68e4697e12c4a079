/**
 * Offers and requests: the form schema (create and edit), the search schema for the list
 * page's URL, the state machine and the Dutch/English labels and messages.
 *
 * Text is stored exactly as typed, so "<script>" in a description is kept as text. Pages
 * must render it with Svelte's escaping ({listing.description}), never with {@html}: the
 * stored text is not sanitised HTML and must not be treated as such.
 */
import { z } from 'zod';
import { findPlace } from '$lib/places';

export const LISTING_KINDS = ['offer', 'request'] as const;
export const LISTING_CATEGORIES = ['hands', 'expertise', 'materials', 'facilities', 'other'] as const;
export const LISTING_STATES = ['draft', 'open', 'paused', 'matched', 'closed', 'expired'] as const;
export const SEARCH_SORTS = ['relevance', 'newest', 'distance', 'needed_by'] as const;

export type ListingKind = (typeof LISTING_KINDS)[number];
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];
export type ListingState = (typeof LISTING_STATES)[number];
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const LIMITS = {
	title: { min: 3, max: 120 },
	description: 5000,
	amount: 200,
	reciprocity: 1000,
	hours: 2000,
	value: 250_000,
	/** Listings may run at most this many days ahead. */
	horizonDays: 2 * 366
} as const;

/** Which state may follow which; the same table is enforced in SQL (private.listing_transition_allowed). */
export const LISTING_TRANSITIONS: Record<ListingState, readonly ListingState[]> = {
	draft: ['open', 'closed'],
	open: ['paused', 'matched', 'closed', 'expired'],
	paused: ['open', 'matched', 'closed', 'expired'],
	matched: ['open', 'closed'],
	closed: ['open'],
	expired: ['open', 'closed']
};

export function canTransition(from: ListingState, to: ListingState): boolean {
	return from === to || LISTING_TRANSITIONS[from].includes(to);
}

/** What an owner can do by hand: expiry is the system's. */
export function ownerActions(state: ListingState): ListingState[] {
	return LISTING_TRANSITIONS[state].filter((s) => s !== 'expired');
}

export const listingLabels = {
	nl: {
		kind: { offer: 'Aanbod', request: 'Hulpvraag' },
		category: {
			hands: 'Helpende handen',
			expertise: 'Kennis & kunde',
			materials: 'Middelen & materialen',
			facilities: 'Ruimte & faciliteiten',
			other: 'Overig'
		},
		state: {
			draft: 'Concept',
			open: 'Open',
			paused: 'Gepauzeerd',
			matched: 'Gematcht',
			closed: 'Gesloten',
			expired: 'Verlopen'
		}
	},
	en: {
		kind: { offer: 'Offer', request: 'Request' },
		category: {
			hands: 'Helping hands',
			expertise: 'Knowledge & skills',
			materials: 'Goods & materials',
			facilities: 'Space & facilities',
			other: 'Other'
		},
		state: {
			draft: 'Draft',
			open: 'Open',
			paused: 'Paused',
			matched: 'Matched',
			closed: 'Closed',
			expired: 'Expired'
		}
	}
} as const;

/**
 * Field messages in both languages. The zod issues carry these keys; `listingMessage`
 * translates them (and the keys can be merged into the app dictionaries as they are).
 */
export const listingMessages = {
	nl: {
		'listing.kind': 'Kies of dit aanbod of een hulpvraag is.',
		'listing.title_required': 'Geef je aanbod of vraag een titel.',
		'listing.title_length': `Gebruik voor de titel ${LIMITS.title.min} tot ${LIMITS.title.max} tekens.`,
		'listing.description_length': `De omschrijving mag maximaal ${LIMITS.description} tekens lang zijn; maak haar korter.`,
		'listing.category': 'Kies een categorie.',
		'listing.amount_length': `Beschrijf de hoeveelheid in maximaal ${LIMITS.amount} tekens.`,
		'listing.hours': `Vul een aantal uren in tussen 0,5 en ${LIMITS.hours}.`,
		'listing.value': `Vul een waarde in euro's in tussen 0 en ${LIMITS.value.toLocaleString('nl-NL')}.`,
		'listing.place': 'Kies een plaats uit de lijst, bijvoorbeeld Nijverdal of Hellendoorn.',
		'listing.date': 'Vul een geldige datum in (dd-mm-jjjj).',
		'listing.end_before_start': 'De einddatum ligt vóór de begindatum.',
		'listing.date_past': 'Deze datum ligt in het verleden.',
		'listing.date_far': 'Kies een datum binnen twee jaar.',
		'listing.reciprocity_length': `Gebruik maximaal ${LIMITS.reciprocity} tekens.`,
		'listing.state': 'Kies of je de plaatsing als concept bewaart of meteen publiceert.',
		'listing.report_reason': 'Vertel kort (3 tot 1000 tekens) wat er mis is met deze plaatsing.'
	},
	en: {
		'listing.kind': 'Choose whether this is an offer or a request.',
		'listing.title_required': 'Give your offer or request a title.',
		'listing.title_length': `Use ${LIMITS.title.min} to ${LIMITS.title.max} characters for the title.`,
		'listing.description_length': `The description can be at most ${LIMITS.description} characters; please shorten it.`,
		'listing.category': 'Choose a category.',
		'listing.amount_length': `Describe the amount in at most ${LIMITS.amount} characters.`,
		'listing.hours': `Enter a number of hours between 0.5 and ${LIMITS.hours}.`,
		'listing.value': `Enter a value in euros between 0 and ${LIMITS.value.toLocaleString('en-GB')}.`,
		'listing.place': 'Choose a place from the list, for example Nijverdal or Hellendoorn.',
		'listing.date': 'Enter a valid date (dd-mm-yyyy).',
		'listing.end_before_start': 'The end date is before the start date.',
		'listing.date_past': 'This date is in the past.',
		'listing.date_far': 'Choose a date within two years.',
		'listing.reciprocity_length': `Use at most ${LIMITS.reciprocity} characters.`,
		'listing.state': 'Choose whether to save as a draft or publish now.',
		'listing.report_reason': 'Briefly tell us (3 to 1000 characters) what is wrong with this listing.'
	}
} as const;

export type ListingMessageKey = keyof (typeof listingMessages)['nl'];

export function listingMessage(key: string, locale: 'nl' | 'en' = 'nl'): string | undefined {
	return (listingMessages[locale] as Record<string, string>)[key];
}

const lm = (key: ListingMessageKey) => ({ error: key });

// One formatter for the process: building an Intl formatter costs far more than formatting.
const dutchDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/**
 * Today in the Netherlands as YYYY-MM-DD, as the database's private.today() sees it
 * (listings end at the end of a Dutch day).
 */
export function todayInNetherlands(now: Date = new Date()): string {
	return dutchDay.format(now);
}

function addDays(isoDate: string, days: number): string {
	const d = new Date(`${isoDate}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

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

/**
 * The list page's URL (?q=&soort=...): lenient, since people edit URLs by hand. Unknown
 * values fall back to defaults instead of failing the page.
 */
export const listingSearchSchema = z.object({
	q: z.string().trim().max(200).catch('').default(''),
	kind: z.enum(LISTING_KINDS).nullable().catch(null).default(null),
	categories: z
		.preprocess(csv, z.array(z.enum(LISTING_CATEGORIES)))
		.catch([])
		.default([]),
	place: z.string().trim().max(80).catch('').default(''),
	km: z.coerce.number().min(1).max(300).nullable().catch(null).default(null),
	organisation_kind: z.enum(['business', 'voluntary', 'municipality']).nullable().catch(null).default(null),
	active_on: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/)
		.nullable()
		.catch(null)
		.default(null),
	sort: z.enum(SEARCH_SORTS).catch('relevance').default('relevance'),
	page: z.coerce.number().int().min(1).max(500).catch(1).default(1)
});

export type ListingSearchParams = z.output<typeof listingSearchSchema>;

/**
 * The URL of a member's own list (/mijn/aanbod-en-vragen?q=&state=&organisation=&page=),
 * lenient like the public one: an unknown state or organisation means "all".
 */
export const myListingsSearchSchema = z.object({
	q: z.string().trim().max(200).catch('').default(''),
	state: z.enum(LISTING_STATES).nullable().catch(null).default(null),
	organisation: z.string().trim().max(120).catch('').default(''),
	page: z.coerce.number().int().min(1).max(500).catch(1).default(1)
});

export type MyListingsSearchParams = z.output<typeof myListingsSearchSchema>;
