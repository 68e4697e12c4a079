import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';

type Client = SupabaseClient<Database>;
type Role = Database['public']['Enums']['membership_role'];

/** `last_owner`: the database keeps at least one owner; `not_found`: no such row, or RLS refused. */
export type MembershipChange = { ok: true } | { ok: false; reason: 'last_owner' | 'not_found' };

// The keep_an_owner trigger raises with this hint; PostgREST passes it on.
const isLastOwner = (error: { hint?: string | null }) => error.hint === 'last_owner';

export async function setMemberRole(
	supabase: Client,
	organisationId: string,
	userId: string,
	role: Role
): Promise<MembershipChange> {
	const { data, error } = await supabase
		.from('memberships')
		.update({ role })
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.select('user_id');
	if (error && isLastOwner(error)) return { ok: false, reason: 'last_owner' };
	if (error) throw new Error(`Changing a member's role failed: ${error.message}`);
	return data.length ? { ok: true } : { ok: false, reason: 'not_found' };
}

export async function removeMember(
	supabase: Client,
	organisationId: string,
	userId: string
): Promise<MembershipChange> {
	const { data, error } = await supabase
		.from('memberships')
		.delete()
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.select('user_id');
	if (error && isLastOwner(error)) return { ok: false, reason: 'last_owner' };
	if (error) throw new Error(`Removing a member failed: ${error.message}`);
	return data.length ? { ok: true } : { ok: false, reason: 'not_found' };
}
