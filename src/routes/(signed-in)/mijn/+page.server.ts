import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/guards';
import { openInvitationsFor } from '$lib/server/invitations';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const { data, error } = await locals.supabase
		.from('memberships')
		.select('role, organisations ( name, slug, kind, place, description )')
		.eq('user_id', user.id)
		.order('created_at');
	if (error) throw new Error(`Loading memberships failed: ${error.message}`);

	const organisations = data.flatMap((m) =>
		m.organisations
			? [
					{
						role: m.role,
						name: m.organisations.name,
						slug: m.organisations.slug,
						kind: m.organisations.kind,
						incomplete: !m.organisations.description || !m.organisations.place
					}
				]
			: []
	);
	return {
		organisations,
		invitations: user.email ? await openInvitationsFor(locals.supabase, user.email) : []
	};
};
