// Invitations to join an organisation: the one module that reads, creates, accepts and revokes
// them. Members invite (RLS), the invitee accepts through a database function that checks the
// address and the expiry in one go.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';
import { classifyDbError, expectRefusal } from '$lib/server/db-errors';
import { isMember } from '$lib/server/memberships';

type Client = SupabaseClient<Database>;

/** Open invitations addressed to this (verified) email address. */
export async function openInvitationsFor(supabase: Client, email: string) {
	const { data, error } = await supabase
		.from('invitations')
		.select('id, role, expires_at, organisations ( name, slug, kind )')
		.eq('email', email.toLowerCase())
		.is('accepted_at', null)
		.gt('expires_at', new Date().toISOString())
		.order('created_at', { ascending: false });
	if (error) throw new Error(`Loading invitations failed: ${error.message}`);
	return data.flatMap((row) =>
		row.organisations
			? [{ id: row.id, role: row.role, expiresAt: row.expires_at, organisation: row.organisations }]
			: []
	);
}

/** Open invitations of an organisation, for its members' manage page. */
export async function organisationInvitations(supabase: Client, organisationId: string) {
	const { data, error } = await supabase
		.from('invitations')
		.select('id, email, role, expires_at')
		.eq('organisation_id', organisationId)
		.is('accepted_at', null)
		.order('created_at', { ascending: false });
	if (error) throw new Error(`Loading invitations failed: ${error.message}`);
	return data;
}

/** Every invitation ever sent to the address, for the user's data export. */
export async function invitationsForExport(supabase: Client, email: string) {
	const { data, error } = await supabase
		.from('invitations')
		.select('email, role, created_at, expires_at, accepted_at, organisations ( name )')
		.eq('email', email.toLowerCase());
	if (error) throw new Error(`Export: invitations failed: ${error.message}`);
	return data;
}

export type CreatedInvitation =
	| { ok: true; id: string; expiresAt: string }
	/**
	 * `already_invited`: an open invitation for this address and organisation exists already;
	 * `self`: the inviter's own address; `already_member`: the address of a member (the
	 * database's invitation guard says so, also for the inviter's own).
	 */
	| { ok: false; reason: 'already_invited' | 'self' | 'already_member' };

export async function createInvitation(
	supabase: Client,
	input: {
		organisation: { id: string; municipality_id: string };
		email: string;
		role: Enums<'membership_role'>;
		invitedBy: string;
		/** The inviter's own (verified) address: inviting yourself is refused before asking. */
		inviterEmail?: string | null;
	}
): Promise<CreatedInvitation> {
	if (input.inviterEmail && input.inviterEmail.toLowerCase() === input.email.toLowerCase()) {
		return { ok: false, reason: 'self' };
	}
	const { data, error } = await supabase
		.from('invitations')
		.insert({
			organisation_id: input.organisation.id,
			municipality_id: input.organisation.municipality_id,
			email: input.email,
			role: input.role,
			invited_by: input.invitedBy
		})
		.select('id, expires_at')
		.single();
	if (error) {
		const refusal = expectRefusal(error, ['duplicate', 'already_member'], 'Creating invitation');
		return { ok: false, reason: refusal === 'duplicate' ? 'already_invited' : 'already_member' };
	}
	return { ok: true, id: data.id, expiresAt: data.expires_at };
}

/** Withdraws an open invitation of this organisation; an accepted one stays (it is a membership now). */
export async function revokeInvitation(supabase: Client, organisationId: string, invitationId: string) {
	const { error } = await supabase
		.from('invitations')
		.delete()
		.eq('id', invitationId)
		.eq('organisation_id', organisationId)
		.is('accepted_at', null);
	if (error) throw new Error(`Revoking invitation failed: ${error.message}`);
}

const ACCEPT_REFUSALS = {
	expired: 'invitations.error.expired',
	already_accepted: 'invitations.error.already_accepted',
	not_found: 'invitations.error.not_found'
} as const satisfies Record<string, MessageKey>;

/**
 * Accepts through the database function, which checks the address and expiry atomically.
 * `alreadyMember`: the invitee was a member before (an invitation sent before they joined),
 * so nothing changed but the invitation being used up.
 */
export async function acceptInvitation(
	supabase: Client,
	invitationId: string,
	userId: string
): Promise<{ ok: true; organisationId: string; alreadyMember: boolean } | { ok: false; reason: MessageKey }> {
	const alreadyMember = await isMemberByInvitation(supabase, invitationId, userId);
	const { data, error } = await supabase.rpc('accept_invitation', { p_invitation: invitationId });
	if (!error) return { ok: true, organisationId: data, alreadyMember };
	const refusal = expectRefusal(error, ['expired', 'already_accepted', 'not_found'], 'Accepting invitation');
	return { ok: false, reason: ACCEPT_REFUSALS[refusal] };
}

/** Whether the user is a member of the organisation the invitation is for (false if unseen). */
async function isMemberByInvitation(supabase: Client, invitationId: string, userId: string) {
	const { data, error } = await supabase
		.from('invitations')
		.select('organisation_id')
		.eq('id', invitationId)
		.maybeSingle();
	// A malformed id: accept_invitation answers "not found" for it.
	if (error && classifyDbError(error) === 'not_found') return false;
	if (error) throw new Error(`Loading invitation failed: ${error.message}`);
	return data ? isMember(supabase, data.organisation_id, userId) : false;
}
