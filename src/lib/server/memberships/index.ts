// Who belongs to which organisation: the one module that reads and writes the memberships
// table. Every function takes the caller's client, so RLS applies: a user sees their own
// memberships and those of their organisations' members (admins: their municipality's).
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums } from '$lib/database.types';
import { expectRefusal } from '$lib/server/db-errors';

type Client = SupabaseClient<Database>;
export type MembershipRole = Enums<'membership_role'>;
export type OrganisationKind = Enums<'organisation_kind'>;

export interface MyOrganisation {
	id: string;
	name: string;
	slug: string;
	kind: OrganisationKind;
}

/** The organisations the user is a member of (any role may post for them), oldest first. */
export async function myOrganisations(supabase: Client, userId: string): Promise<MyOrganisation[]> {
	const { data, error } = await supabase
		.from('memberships')
		.select('organisations ( id, name, slug, kind )')
		.eq('user_id', userId)
		.order('created_at');
	if (error) throw new Error(`Loading memberships failed: ${error.message}`);
	return data.flatMap((m) => (m.organisations ? [m.organisations] : []));
}

/** The dashboard's list: each organisation with the user's role and whether its profile is complete. */
export async function myMemberships(supabase: Client, userId: string) {
	const { data, error } = await supabase
		.from('memberships')
		.select('role, organisations ( name, slug, kind, place, description )')
		.eq('user_id', userId)
		.order('created_at');
	if (error) throw new Error(`Loading memberships failed: ${error.message}`);
	return data.flatMap((m) =>
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
}

/** Whether the user belongs to any organisation yet (else onboarding comes first). */
export async function hasMemberships(supabase: Client, userId: string): Promise<boolean> {
	const { count, error } = await supabase
		.from('memberships')
		.select('organisation_id', { count: 'exact', head: true })
		.eq('user_id', userId);
	if (error) throw new Error(`Counting memberships failed: ${error.message}`);
	return !!count;
}

/** The user's membership of one organisation, or null when they are not a member. */
export async function membershipOf(
	supabase: Client,
	organisationId: string,
	userId: string
): Promise<{ role: MembershipRole; municipalityId: string } | null> {
	const { data, error } = await supabase
		.from('memberships')
		.select('role, municipality_id')
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.maybeSingle();
	if (error) throw new Error(`Loading membership failed: ${error.message}`);
	return data && { role: data.role, municipalityId: data.municipality_id };
}

/** Is the user a member (any role) of the organisation? Members manage its listings. */
export async function isMember(supabase: Client, organisationId: string, userId: string): Promise<boolean> {
	return (await membershipOf(supabase, organisationId, userId)) !== null;
}

/** Members with their display names; profiles and memberships are joined here because no foreign key links them. */
export async function organisationMembers(supabase: Client, organisationId: string) {
	const { data: memberships, error } = await supabase
		.from('memberships')
		.select('user_id, role, created_at')
		.eq('organisation_id', organisationId)
		.order('created_at');
	if (error) throw new Error(`Loading members failed: ${error.message}`);

	const { data: profiles, error: profilesError } = await supabase
		.from('profiles')
		.select('id, display_name')
		.in(
			'id',
			memberships.map((m) => m.user_id)
		);
	if (profilesError) throw new Error(`Loading member names failed: ${profilesError.message}`);
	const names = new Map(profiles.map((p) => [p.id, p.display_name]));

	return memberships.map((m) => ({
		userId: m.user_id,
		name: names.get(m.user_id) ?? '',
		role: m.role,
		since: m.created_at
	}));
}

/** The organisations the user owns, each with all its members: what deleting the account touches. */
export async function ownedOrganisations(supabase: Client, userId: string) {
	const { data, error } = await supabase
		.from('memberships')
		.select('organisation_id, organisations ( name, memberships ( user_id, role ) )')
		.eq('user_id', userId)
		.eq('role', 'owner');
	if (error) throw new Error(`Loading owned organisations failed: ${error.message}`);
	return data.map((row) => ({
		organisationId: row.organisation_id,
		name: row.organisations?.name ?? '',
		members: row.organisations?.memberships ?? []
	}));
}

/** The owners of these organisations, oldest first (the digest job reads them with the service role). */
export async function ownersOf(supabase: Client, organisationIds: string[]) {
	const { data, error } = await supabase
		.from('memberships')
		.select('organisation_id, user_id, created_at')
		.in('organisation_id', organisationIds)
		.eq('role', 'owner')
		.order('created_at');
	if (error) throw new Error(`Loading owners failed: ${error.message}`);
	return data;
}

/** The user's memberships with everything about the organisations they may see: for the data export. */
export async function membershipsForExport(supabase: Client, userId: string) {
	const { data, error } = await supabase
		.from('memberships')
		.select(
			'role, created_at, organisations ( id, kind, name, slug, kvk_number, description, place, website, created_at, organisation_contacts ( email, phone ) )'
		)
		.eq('user_id', userId);
	if (error) throw new Error(`Export: memberships failed: ${error.message}`);
	return data;
}

/** `last_owner`: the database keeps at least one owner; `not_found`: no such row, or RLS refused. */
export type MembershipChange = { ok: true } | { ok: false; reason: 'last_owner' | 'not_found' };

export async function setMemberRole(
	supabase: Client,
	organisationId: string,
	userId: string,
	role: MembershipRole
): Promise<MembershipChange> {
	const { data, error } = await supabase
		.from('memberships')
		.update({ role })
		.eq('organisation_id', organisationId)
		.eq('user_id', userId)
		.select('user_id');
	if (error) return { ok: false, reason: expectRefusal(error, ['last_owner'], "Changing a member's role") };
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
	if (error) return { ok: false, reason: expectRefusal(error, ['last_owner'], 'Removing a member') };
	return data.length ? { ok: true } : { ok: false, reason: 'not_found' };
}
