/**
 * The matchformulier and the deal flow's small forms (start, answer, step, contact person,
 * rates). Field names are the form's (snake_case, as posted); the output is the domain's
 * DealForm. Messages are DealMessageKeys: translate them with `dealFormMessage` as parseForm's
 * `message` option. Numbers accept a Dutch decimal comma.
 */
import { z } from 'zod';
import { DEAL_LIMITS, DEAL_STATES, type DealMessageKey } from '$lib/deals';
import { isMessageKey, translate, type Locale } from '$lib/i18n';
import { LISTING_CATEGORIES } from '$lib/listings';

const dm = (key: DealMessageKey) => ({ error: key });

const blankToNull = (v: unknown) =>
	v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? null : v;
const toNumber = (v: unknown) => {
	const b = blankToNull(v);
	return typeof b === 'string' ? Number(b.trim().replace(',', '.')) : b;
};

const text = (max: number, key: DealMessageKey) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim() : (v ?? '')), z.string(dm(key)).max(max, dm(key)));

/** Empty counts as 0: "no hours of this kind". */
const amount = (max: number, key: DealMessageKey) =>
	z.preprocess(
		(v) => toNumber(v) ?? 0,
		z.number(dm(key)).min(0, dm(key)).max(max, dm(key)).refine(Number.isFinite, dm(key))
	);

const quantity = z.preprocess(
	toNumber,
	z
		.number(dm('deal.error.quantity'))
		.int(dm('deal.error.quantity'))
		.min(1, dm('deal.error.quantity'))
		.max(DEAL_LIMITS.quantity, dm('deal.error.quantity'))
		.nullable()
);

const isoDate = z.preprocess(
	blankToNull,
	z
		.string(dm('deal.error.date'))
		.regex(/^\d{4}-\d{2}-\d{2}$/, dm('deal.error.date'))
		.refine(
			(v) =>
				!Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
			dm('deal.error.date')
		)
		.nullable()
);

const uuid = z.string().uuid();
const optionalUuid = z.preprocess(blankToNull, uuid.nullable());

export const dealFormSchema = z
	.object({
		quantity,
		category: z.enum(LISTING_CATEGORIES, dm('deal.error.category')),
		what_given: text(DEAL_LIMITS.text, 'deal.error.text'),
		in_return: text(DEAL_LIMITS.text, 'deal.error.text'),
		hours_hands: amount(DEAL_LIMITS.hours, 'deal.error.hours'),
		hours_expertise: amount(DEAL_LIMITS.hours, 'deal.error.hours'),
		hours_students: amount(DEAL_LIMITS.hours, 'deal.error.hours'),
		materials_value: amount(DEAL_LIMITS.money, 'deal.error.money'),
		other_costs: amount(DEAL_LIMITS.money, 'deal.error.money'),
		deadline: isoDate
	})
	.transform((f) => ({
		quantity: f.quantity,
		category: f.category,
		whatGiven: f.what_given,
		inReturn: f.in_return,
		hoursHands: f.hours_hands,
		hoursExpertise: f.hours_expertise,
		hoursStudents: f.hours_students,
		materialsValue: f.materials_value,
		otherCosts: f.other_costs,
		deadline: f.deadline
	}));
export type DealFormInput = z.output<typeof dealFormSchema>;

const message = text(DEAL_LIMITS.message, 'deal.error.message');

/** "Dit past bij ons" / start from a listing page / "Markeren als gematcht" (counterparty named). */
export const startDealSchema = z
	.object({
		offer_id: optionalUuid,
		request_id: optionalUuid,
		proposal_id: optionalUuid,
		counterparty_id: optionalUuid,
		organisation_id: optionalUuid,
		quantity,
		message
	})
	.refine((s) => s.offer_id || s.request_id || s.proposal_id, {
		...dm('deal.error.counterparty'),
		path: ['counterparty_id']
	});

export const respondDealSchema = z.object({
	accept: z.preprocess((v) => v === true || v === 'true' || v === 'yes' || v === '1', z.boolean()),
	message
});

export const transitionDealSchema = z.object({
	to: z.enum(DEAL_STATES, dm('deal.error.text')),
	reason: message
});

export const dealContactSchema = z.object({
	name: text(DEAL_LIMITS.contactName, 'deal.error.contact_name'),
	email: z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : v),
		z
			.string(dm('deal.error.email'))
			.max(254, dm('deal.error.email'))
			.regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, dm('deal.error.email'))
			.or(z.literal(''))
			.nullish()
			.transform((v) => v || null)
	),
	phone: z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : v),
		z
			.string(dm('deal.error.phone'))
			.regex(/^[0-9+() -]{6,20}$/, dm('deal.error.phone'))
			.or(z.literal(''))
			.nullish()
			.transform((v) => v || null)
	)
});
export type DealContactInput = z.output<typeof dealContactSchema>;

export const ratesSchema = z.object({
	valid_from: isoDate,
	hands: amount(1000, 'deal.error.money'),
	expertise: amount(1000, 'deal.error.money'),
	students: amount(1000, 'deal.error.money')
});

/** parseForm's `message` option for these schemas. */
export function dealFormMessage(key: string, locale: Locale): string | undefined {
	return key.startsWith('deal.') && isMessageKey(key) ? translate(locale, key) : undefined;
}
