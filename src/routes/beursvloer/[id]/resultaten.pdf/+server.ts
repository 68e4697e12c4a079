import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { editionResults, resultsFileName } from '$lib/server/events/results';
import { resultsPdf } from '$lib/server/events/results-pdf';

// The council's report as a PDF, made on the server (pdfkit).
export const GET: RequestHandler = async ({ locals, params }) => {
	const results = await editionResults(locals.supabase, params.id);
	if (!results) error(404, translate(locals.locale, 'error.not_found'));
	const pdf = await resultsPdf(results, locals.locale);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${resultsFileName(results)}.pdf"`,
			'cache-control': 'no-store'
		}
	});
};
