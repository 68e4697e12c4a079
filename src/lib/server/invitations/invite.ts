import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums } from '$lib/database.types';
import { invitationEmail, sendEmail } from '$lib/server/email';
import { createInvitation } from './index';

export type InviteOutcome =
	| { ok: false; reason: 'already_invited' | 'self' | 'already_member' }
	/** `queued`: not sent yet, the outbox retries it; `not_sent`: the mail failed for good. */
	| { ok: true; delivery: 'sent' | 'queued' | 'not_sent' };

/**
 * Invites an address to an organisation and mails the invitee. The invitation exists whether
 * or not the mail goes out; the invitee also finds it after signing in.
 */
export async function inviteByEmail(
	supabase: SupabaseClient<Database>,
	input: {
		organisation: { id: string; municipality_id: string; name: string };
		email: string;
		role: Enums<'membership_role'>;
		invitedBy: { id: string; name: string; email?: string | null };
		/** Where the invitee accepts (/uitnodigingen on this site). */
		acceptUrl: string;
	}
): Promise<InviteOutcome> {
	const invitation = await createInvitation(supabase, {
		organisation: input.organisation,
		email: input.email,
		role: input.role,
		invitedBy: input.invitedBy.id,
		inviterEmail: input.invitedBy.email
	});
	if (!invitation.ok) return invitation;
	const sent = await sendEmail({
		...invitationEmail({
			invitationId: invitation.id,
			to: input.email,
			organisationName: input.organisation.name,
			inviterName: input.invitedBy.name,
			role: input.role,
			acceptUrl: input.acceptUrl,
			expiresAt: invitation.expiresAt
		}),
		municipalityId: input.organisation.municipality_id
	});
	return { ok: true, delivery: sent.ok ? 'sent' : sent.queued ? 'queued' : 'not_sent' };
}
