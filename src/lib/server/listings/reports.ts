import { classifyDbError } from '$lib/server/db-errors';
import { failure, fromDbError, isUuid } from './errors';
import type { QueryData } from '@supabase/supabase-js';
import type { TablesInsert } from '$lib/database.types';
import type { Client, ListingReport, Result } from './types';

/**
 * municipality_id is NOT NULL without a default, so it is generated as required on insert, but
 * the guard_listing_report trigger always sets it from the listing (a value sent would be
 * overwritten): the one field the caller leaves out, by design.
 */
function reportInsert(
	row: Omit<TablesInsert<'listing_reports'>, 'municipality_id'>
): TablesInsert<'listing_reports'> {
	return row as TablesInsert<'listing_reports'>;
}

/** Reports a listing the user can see. One open report per user per listing. */
export async function reportListing(
	client: Client,
	input: { listingId: string; userId: string; reason: string }
): Promise<Result<{ id: string }>> {
	if (!isUuid(input.listingId)) return failure('not_found', 'unknown listing');
	const { data, error } = await client
		.from('listing_reports')
		.insert(reportInsert({ listing_id: input.listingId, reporter_id: input.userId, reason: input.reason }))
		.select('id')
		.single();
	if (error) {
		// RLS refuses a report on a listing the user cannot see: to them it does not exist.
		if (classifyDbError(error) === 'forbidden') return failure('not_found', 'listing not found');
		return fromDbError(error, 'Reporting listing');
	}
	return { ok: true, value: { id: data.id } };
}

const REPORT_COLUMNS =
	'id, listing_id, reporter_id, reason, status, resolution_note, created_at, resolved_at, listing:listings ( title )';

const selectReports = (client: Client) => client.from('listing_reports').select(REPORT_COLUMNS);

/**
 * The embedded listing is generated as never null (listing_id is NOT NULL), but RLS on listings
 * may hide it from the reader (a reporter's listing closed since): then it arrives as null.
 */
type ReportRow = Omit<QueryData<ReturnType<typeof selectReports>>[number], 'listing'> & {
	listing: { title: string } | null;
};

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
	let query = selectReports(client).eq('municipality_id', municipalityId);
	if (status !== 'all') query = query.eq('status', status);
	const { data, error } = await query.order('created_at', { ascending: false }).limit(200);
	if (error) throw new Error(`Loading reports failed: ${error.message}`);
	return data.map(toReport);
}

/** An admin resolves or dismisses a report. */
export async function resolveReport(
	client: Client,
	input: { reportId: string; status: 'resolved' | 'dismissed'; note?: string }
): Promise<Result<null>> {
	if (!isUuid(input.reportId)) return failure('not_found', 'unknown report');
	const { data, error } = await client
		.from('listing_reports')
		.update({ status: input.status, resolution_note: input.note?.trim() || null })
		.eq('id', input.reportId)
		.select('id');
	if (error) return fromDbError(error, 'Resolving report');
	if (!data?.length) return failure('not_found', 'report not found');
	return { ok: true, value: null };
}
