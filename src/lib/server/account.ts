import type { SupabaseClient, User } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { createAdminClient } from './supabase-admin';

type Client = SupabaseClient<Database>;

/** Everything the platform keeps about the user that they may see: their GDPR export. */
export async function exportUserData(supabase: Client, user: User) {
	const { data: profile, error: profileError } = await supabase
		.from('profiles')
		.select('display_name, locale, created_at, updated_at')
		.eq('id', user.id)
		.maybeSingle();
	if (profileError) throw new Error(`Export: profile failed: ${profileError.message}`);

	const { data: memberships, error: membershipsError } = await supabase
		.from('memberships')
		.select(
			'role, created_at, organisations ( id, kind, name, slug, kvk_number, description, place, website, created_at, organisation_contacts ( email, phone ) )'
		)
		.eq('user_id', user.id);
	if (membershipsError) throw new Error(`Export: memberships failed: ${membershipsError.message}`);

	const { data: invitations, error: invitationsError } = await supabase
		.from('invitations')
		.select('email, role, created_at, expires_at, accepted_at, organisations ( name )')
		.eq('email', (user.email ?? '').toLowerCase());
	if (invitationsError) throw new Error(`Export: invitations failed: ${invitationsError.message}`);

	return {
		exported_at: new Date().toISOString(),
		account: { id: user.id, email: user.email, created_at: user.created_at },
		profile,
		memberships,
		invitations_to_you: invitations
	};
}

export type DeleteAccountResult = { ok: true } | { ok: false; blockedBy: string[] };

/**
 * Deletes the auth user (memberships and profile cascade). Organisations where the user is
 * the only member go with them; where the user is the last owner but others remain, we refuse:
 * the database would otherwise leave an organisation without an owner (trigger keep_an_owner).
 */
export async function deleteAccount(supabase: Client, userId: string): Promise<DeleteAccountResult> {
	const { data: owned, error } = await supabase
		.from('memberships')
		.select('organisation_id, organisations ( name, memberships ( user_id, role ) )')
		.eq('user_id', userId)
		.eq('role', 'owner');
	if (error) throw new Error(`Loading owned organisations failed: ${error.message}`);

	const blockedBy: string[] = [];
	const soleMember: string[] = [];
	for (const row of owned) {
		const members = row.organisations?.memberships ?? [];
		const otherOwners = members.filter((m) => m.role === 'owner' && m.user_id !== userId);
		const others = members.filter((m) => m.user_id !== userId);
		if (others.length === 0) soleMember.push(row.organisation_id);
		else if (otherOwners.length === 0) blockedBy.push(row.organisations?.name ?? '');
	}
	if (blockedBy.length) return { ok: false, blockedBy };

	if (soleMember.length) {
		const { error: deleteError } = await supabase.from('organisations').delete().in('id', soleMember);
		if (deleteError) throw new Error(`Deleting organisations failed: ${deleteError.message}`);
	}

	const admin = createAdminClient();
	const { error: adminError } = await admin.auth.admin.deleteUser(userId);
	if (adminError) throw new Error(`Deleting auth user failed: ${adminError.code ?? adminError.message}`);
	return { ok: true };
}
