import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guards';
import { openInvitationsFor } from '$lib/server/invitations';
import { createOrganisationFromForm } from '$lib/server/organisations/form';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const soort = url.searchParams.get('soort');
	return {
		invitations: user.email ? await openInvitationsFor(locals.supabase, user.email) : [],
		kind: soort === 'business' || soort === 'voluntary' ? soort : ''
	};
};

export const actions = {
	create: createOrganisationFromForm
} satisfies Actions;
