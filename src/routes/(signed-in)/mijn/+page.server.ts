import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guards';
import { openInvitationsFor } from '$lib/server/invitations';
import { myMemberships } from '$lib/server/memberships';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	return {
		organisations: await myMemberships(locals.supabase, user.id),
		invitations: user.email ? await openInvitationsFor(locals.supabase, user.email) : []
	};
};
