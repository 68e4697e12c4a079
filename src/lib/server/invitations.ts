import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { MessageKey } from '$lib/i18n';

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

/** Accepts through the database function, which checks the address and expiry atomically. */
export async function acceptInvitation(
	supabase: Client,
	invitationId: string
): Promise<{ ok: true; organisationId: string } | { ok: false; reason: MessageKey }> {
	const { data, error } = await supabase.rpc('accept_invitation', { p_invitation: invitationId });
	if (!error) return { ok: true, organisationId: data };
	if (error.code === 'P0001' && error.hint === 'expired') {
		return { ok: false, reason: 'invitations.error.expired' };
	}
	if (error.code === 'P0001' && error.hint === 'already_accepted') {
		return { ok: false, reason: 'invitations.error.already_accepted' };
	}
	if (error.code === 'P0001' && error.hint === 'not_found') {
		return { ok: false, reason: 'invitations.error.not_found' };
	}
	throw new Error(`Accepting invitation failed: ${error.code} ${error.message}`);
}
