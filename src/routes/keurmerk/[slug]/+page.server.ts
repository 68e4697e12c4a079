import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { keurmerkPage } from '$lib/server/followup';
import { getMunicipality } from '$lib/server/municipalities';

// The public keurmerk page of a business: its carried-out deals and their social value, only
// when its owners opted in; any other slug is a 404.
export const load: PageServerLoad = async ({ locals, params }) => {
	const municipality = await getMunicipality(locals.supabase);
	const keurmerk = await keurmerkPage(locals.supabase, municipality.id, params.slug);
	if (!keurmerk) error(404, translate(locals.locale, 'followup.keurmerk.not_found'));
	return { keurmerk, municipalityName: municipality.name };
};
