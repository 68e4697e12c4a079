import { failure, fromDbError, isUuid } from './errors';
import { loose, type Client, type ListingReport, type Result } from './types';

/** Reports a listing the user can see. One open report per user per listing. */
export async function reportListing(
	client: Client,
	input: { listingId: string; userId: string; reason: string }
): Promise<Result<{ id: string }>> {
	if (!isUuid(input.listingId)) return failure('not_found', 'unknown listing');
	const { data, error } = await loose(client)
		.from('listing_reports')
		.insert({ listing_id: input.listingId, reporter_id: input.userId, reason: input.reason })
		.select('id')
		.single();
	if (error) {
		// RLS refuses a report on a listing the user cannot see: to them it does not exist.
		if (error.code === '42501') return failure('not_found', 'listing not found');
		return fromDbError(error, 'Reporting listing');
	}
	return { ok: true, value: { id: data.id as string } };
}

interface ReportRow {
	id: string;
	listing_id: string;
	reporter_id: string;
	reason: string;
	status: ListingReport['status'];
	resolution_note: string | null;
	created_at: string;
	resolved_at: string | null;
	listing: { title: string } | null;
}

const REPORT_COLUMNS =
	'id, listing_id, reporter_id, reason, status, resolution_note, created_at, resolved_at, listing:listings ( title )';

function toReport(r: ReportRow): ListingReport {
	return {
		id: r.id,
		listingId: r.listing_id,
		listingTitle: r.listing?.title ?? null,
		reporterId: r.reporter_id,
		reason: r.reason,
		status: r.status,
		resolutionNote: r.resolution_note,
		createdAt: r.created_at,
		resolvedAt: r.resolved_at
	};
}

/**
 * The moderation list: reports in a municipality, newest first. RLS returns every report to
 * the municipality's admins and only their own reports to anyone else.
 */
export async function listReports(
	client: Client,
	{ municipalityId, status = 'open' }: { municipalityId: string; status?: ListingReport['status'] | 'all' }
): Promise<ListingReport[]> {
	let query = loose(client)
		.from('listing_reports')
		.select(REPORT_COLUMNS)
		.eq('municipality_id', municipalityId);
	if (status !== 'all') query = query.eq('status', status);
	const { data, error } = await query.order('created_at', { ascending: false }).limit(200);
	if (error) throw new Error(`Loading reports failed: ${error.message}`);
	return ((data ?? []) as unknown as ReportRow[]).map(toReport);
}

/** An admin resolves or dismisses a report. */
export async function resolveReport(
	client: Client,
	input: { reportId: string; status: 'resolved' | 'dismissed'; note?: string }
): Promise<Result<null>> {
	if (!isUuid(input.reportId)) return failure('not_found', 'unknown report');
	const { data, error } = await loose(client)
		.from('listing_reports')
		.update({ status: input.status, resolution_note: input.note?.trim() || null })
		.eq('id', input.reportId)
		.select('id');
	if (error) return fromDbError(error, 'Resolving report');
	if (!data?.length) return failure('not_found', 'report not found');
	return { ok: true, value: null };
}
