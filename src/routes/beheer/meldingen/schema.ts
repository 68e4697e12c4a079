import { z } from 'zod';
import { m } from '$lib/schemas/messages';

export const REPORT_FILTERS = ['open', 'resolved', 'dismissed', 'all'] as const;

export const resolveReportSchema = z.object({
	report_id: z.uuid(m('market.reports.gone')),
	listing_id: z.uuid(m('market.reports.gone')).optional().or(z.literal('')),
	decision: z.enum(['resolved', 'dismissed'], m('market.reports.gone')),
	note: z
		.string()
		.trim()
		.max(1000, m('market.reports.note_length'))
		.optional()
		.transform((v) => v || undefined),
	// A checkbox: present ("on") when ticked, absent otherwise.
	close_listing: z
		.string()
		.optional()
		.transform((v) => v === 'on')
});
