import type { RequestHandler } from './$types';
import { parseFollowupFilters } from '$lib/followup';
import { translate } from '$lib/i18n';
import { followupCsv, followupList } from '$lib/server/followup';
import { requireStaff } from '$lib/server/matching/staff';

// The follow-up list with the page's filter as a CSV file (UTF-8 with BOM, `;`, CRLF).
export const GET: RequestHandler = async ({ locals, url }) => {
	const { municipality } = await requireStaff(locals, url);
	const filters = parseFollowupFilters(url.searchParams);
	const { rows } = await followupList(locals.supabase, municipality.id, filters);
	const locale = locals.locale;
	const csv = followupCsv(rows, locale, {
		state: (s) => translate(locale, `deal.state.${s}`),
		category: (c) => translate(locale, `market.category.${c}`)
	});
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="opvolging-${day}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
