import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { invitationIdSchema } from '$lib/schemas/account';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { acceptInvitation, openInvitationsFor } from '$lib/server/invitations';
import { organisationName } from '$lib/server/organisations';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	return {
		email: user.email ?? '',
		invitations: user.email ? await openInvitationsFor(locals.supabase, user.email) : []
	};
};

export const actions = {
	accept: async ({ locals, request, url, cookies }) => {
		const user = await requireUser(locals, url);
		const parsed = parseForm(invitationIdSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { message: parsed.errors.invitation_id });

		const result = await acceptInvitation(locals.supabase, parsed.data.invitation_id, user.id);
		if (!result.ok) return fail(400, { message: translate(locals.locale, result.reason) });

		const organisation = await organisationName(locals.supabase, result.organisationId);
		setFlash(cookies, result.alreadyMember ? 'invitations.already_member' : 'invitations.accepted', {
			name: organisation.name
		});
		redirect(303, `/mijn/organisaties/${organisation.slug}`);
	}
} satisfies Actions;
