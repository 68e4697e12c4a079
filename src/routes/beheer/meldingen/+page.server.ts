import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { changeListingState, listReports, resolveReport } from '$lib/server/listings';
import { notifyMatching } from '$lib/server/matching';
import { REPORT_FILTERS, resolveReportSchema } from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	const requested = url.searchParams.get('status');
	const status = REPORT_FILTERS.find((s) => s === requested) ?? 'open';
	const reports = await listReports(locals.supabase, { municipalityId: municipality.id, status });
	return {
		status,
		// Who reported stays with the municipality's database: the list does not need it.
		reports: reports.map((r) => ({
			id: r.id,
			listingId: r.listingId,
			listingTitle: r.listingTitle,
			reason: r.reason,
			status: r.status,
			resolutionNote: r.resolutionNote,
			createdAt: r.createdAt,
			resolvedAt: r.resolvedAt
		}))
	};
};

export const actions = {
	resolve: async ({ locals, url, request, cookies }) => {
		await requireMunicipalityAdmin(locals, url);
		const formData = await request.formData();
		const parsed = parseForm(resolveReportSchema, formData, locals.locale);
		if (!parsed.ok) {
			return fail(400, {
				reportId: parsed.values.report_id ?? '',
				values: parsed.values,
				errors: parsed.errors
			});
		}
		const { report_id, listing_id, decision, note, close_listing } = parsed.data;
		const result = await resolveReport(locals.supabase, { reportId: report_id, status: decision, note });
		if (!result.ok) {
			return fail(400, {
				reportId: report_id,
				values: parsed.values,
				errors: fieldError('form', translate(locals.locale, 'market.reports.gone'))
			});
		}
		let closed = false;
		if (decision === 'resolved' && close_listing && listing_id) {
			// Admins may close any listing of their municipality (RLS); the history records who did.
			const change = await changeListingState(locals.supabase, listing_id, 'closed');
			closed = change.ok;
			if (closed) await notifyMatching(listing_id);
		}
		setFlash(
			cookies,
			decision === 'dismissed'
				? 'market.reports.dismissed'
				: closed
					? 'market.reports.resolved_closed'
					: 'market.reports.resolved'
		);
		redirect(303, `/beheer/meldingen${url.search}`);
	}
} satisfies Actions;
