import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { editionResults, resultsCsv, resultsFileName } from '$lib/server/events/results';

// The results as a spreadsheet file (UTF-8 with BOM, `;`, CRLF, formula cells neutralised).
export const GET: RequestHandler = async ({ locals, params }) => {
	const results = await editionResults(locals.supabase, params.id);
	if (!results) error(404, translate(locals.locale, 'error.not_found'));
	return new Response(resultsCsv(results, locals.locale), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${resultsFileName(results)}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
