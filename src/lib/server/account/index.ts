// The user's account: profile, the GDPR export and deleting it all.
import type { SupabaseClient, User } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { invitationsForExport } from '$lib/server/invitations';
import { membershipsForExport, ownedOrganisations } from '$lib/server/memberships';
import { createAdminClient } from '$lib/server/supabase-admin';

export { getProfile, profileForRequest, saveLocale, saveProfile } from './profile';

type Client = SupabaseClient<Database>;

/** Everything the platform keeps about the user that they may see: their GDPR export. */
export async function exportUserData(supabase: Client, user: User) {
	const { data: profile, error: profileError } = await supabase
		.from('profiles')
		.select('display_name, locale, created_at, updated_at')
		.eq('id', user.id)
		.maybeSingle();
	if (profileError) throw new Error(`Export: profile failed: ${profileError.message}`);

	const memberships = await membershipsForExport(supabase, user.id);
	const invitations = await invitationsForExport(supabase, user.email ?? '');
	const { data: emailPreferences, error: preferencesError } = await supabase
		.from('email_preferences')
		.select('kind, frequency, updated_at')
		.eq('user_id', user.id)
		.order('kind');
	if (preferencesError) throw new Error(`Export: email preferences failed: ${preferencesError.message}`);

	return {
		exported_at: new Date().toISOString(),
		account: { id: user.id, email: user.email, created_at: user.created_at },
		profile,
		memberships,
		invitations_to_you: invitations,
		email_preferences: emailPreferences
	};
}

export type DeleteAccountResult = { ok: true } | { ok: false; blockedBy: string[] };

/**
 * Deletes the auth user (memberships and profile cascade). Organisations where the user is
 * the only member go with them; where the user is the last owner but others remain, we refuse:
 * the database would otherwise leave an organisation without an owner (trigger keep_an_owner).
 */
export async function deleteAccount(supabase: Client, userId: string): Promise<DeleteAccountResult> {
	const owned = await ownedOrganisations(supabase, userId);

	const blockedBy: string[] = [];
	const soleMember: string[] = [];
	for (const organisation of owned) {
		const otherOwners = organisation.members.filter((m) => m.role === 'owner' && m.user_id !== userId);
		const others = organisation.members.filter((m) => m.user_id !== userId);
		if (others.length === 0) soleMember.push(organisation.organisationId);
		else if (otherOwners.length === 0) blockedBy.push(organisation.name);
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
