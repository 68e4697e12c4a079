import { z } from 'zod';
import { email } from './auth';
import { m } from './messages';

/** An optional text field: empty becomes null, otherwise it must pass `inner`. */
function optional<T extends z.ZodType<unknown, string>>(inner: T) {
	return z
		.string()
		.trim()
		.optional()
		.transform((v) => v ?? '')
		.pipe(z.union([z.literal('').transform(() => null), inner]));
}

export const organisationKind = z.enum(['business', 'voluntary'], m('validation.kind'));

export const organisationProfileSchema = z.object({
	name: z.string().trim().min(2, m('validation.org_name')).max(120, m('validation.org_name')),
	kvk_number: optional(
		z
			.string()
			.transform((v) => v.replace(/[\s.]/g, ''))
			.pipe(z.string().regex(/^[0-9]{8}$/, m('validation.kvk')))
	),
	description: z
		.string()
		.trim()
		.max(4000, m('validation.description'))
		.optional()
		.transform((v) => v ?? ''),
	place: optional(z.string().max(80, m('validation.place'))),
	website: optional(
		z
			.string()
			// People type "www.example.nl"; the database wants a scheme.
			.transform((v) => (/^https?:\/\//i.test(v) ? v : `https://${v}`))
			.pipe(
				z
					.string()
					.max(300, m('validation.website'))
					.regex(/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i, m('validation.website'))
			)
	),
	contact_email: optional(email),
	contact_phone: optional(z.string().regex(/^[0-9+() -]{6,20}$/, m('validation.phone')))
});

export const createOrganisationSchema = organisationProfileSchema.extend({
	kind: organisationKind,
	// The name the founder confirmed after the warning about a similar organisation: a
	// different name is checked again.
	confirm_similar: z
		.string()
		.trim()
		.max(120)
		.optional()
		.transform((v) => v || null)
});

export type OrganisationProfileInput = z.output<typeof organisationProfileSchema>;
