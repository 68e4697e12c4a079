import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guards';
import { createOrganisationFromForm } from '$lib/server/organisations/form';

export const load: PageServerLoad = async ({ locals, url }) => {
	await requireUser(locals, url);
	const soort = url.searchParams.get('soort');
	return { kind: soort === 'business' || soort === 'voluntary' ? soort : '' };
};

export const actions = {
	default: createOrganisationFromForm
} satisfies Actions;
