import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { findPlace } from '$lib/places';
import type { OrganisationProfileInput } from '$lib/schemas/organisation';
import { nextFreeSlug, slugify } from './slug';

type Client = SupabaseClient<Database>;
type Kind = 'business' | 'voluntary';

/** Public columns of an organisation row, with coordinates when the place is a known village. */
function profileColumns(input: OrganisationProfileInput) {
	const place = input.place ? findPlace(input.place) : undefined;
	return {
		name: input.name,
		kvk_number: input.kvk_number,
		description: input.description,
		place: place?.label ?? input.place,
		latitude: place?.lat ?? null,
		longitude: place?.lon ?? null,
		website: input.website
	};
}

async function saveContacts(
	supabase: Client,
	organisationId: string,
	municipalityId: string,
	input: OrganisationProfileInput
) {
	const { error } = await supabase.from('organisation_contacts').upsert({
		organisation_id: organisationId,
		municipality_id: municipalityId,
		email: input.contact_email,
		phone: input.contact_phone
	});
	if (error) throw new Error(`Saving contacts failed: ${error.message}`);
}

/**
 * Founds an organisation; the database trigger makes the creator its owner. The slug is
 * unique per municipality: a taken one gets -2, -3, ... (retried if another request races us).
 */
export async function createOrganisation(
	supabase: Client,
	userId: string,
	kind: Kind,
	input: OrganisationProfileInput
): Promise<{ id: string; slug: string }> {
	const { data: profile, error: profileError } = await supabase
		.from('profiles')
		.select('municipality_id')
		.eq('id', userId)
		.single();
	if (profileError) throw new Error(`Loading profile failed: ${profileError.message}`);
	const municipalityId = profile.municipality_id;

	const base = slugify(input.name);
	for (let attempt = 0; attempt < 5; attempt++) {
		const { data: taken, error: takenError } = await supabase
			.from('organisations')
			.select('slug')
			.eq('municipality_id', municipalityId)
			.like('slug', `${base}%`);
		if (takenError) throw new Error(`Checking slugs failed: ${takenError.message}`);
		const slug = nextFreeSlug(
			base,
			taken.map((r) => r.slug)
		);

		const { data, error } = await supabase
			.from('organisations')
			.insert({
				...profileColumns(input),
				kind,
				slug,
				municipality_id: municipalityId,
				created_by: userId
			})
			.select('id, slug')
			.single();
		if (error?.code === '23505') continue;
		if (error) throw new Error(`Creating organisation failed: ${error.message}`);

		await saveContacts(supabase, data.id, municipalityId, input);
		return data;
	}
	throw new Error('Could not find a free slug');
}

export async function updateOrganisation(
	supabase: Client,
	organisation: { id: string; municipality_id: string },
	input: OrganisationProfileInput
) {
	const { error } = await supabase
		.from('organisations')
		.update(profileColumns(input))
		.eq('id', organisation.id);
	if (error) throw new Error(`Updating organisation failed: ${error.message}`);
	await saveContacts(supabase, organisation.id, organisation.municipality_id, input);
}

export type MembershipRole = Database['public']['Enums']['membership_role'];

/** The organisation with this slug in this municipality, and the user's role in it (null: not a member). */
export async function organisationWithRole(
	supabase: Client,
	municipalityId: string,
	slug: string,
	userId: string | null
) {
	const { data: organisation, error } = await supabase
		.from('organisations')
		.select('id, municipality_id, kind, name, slug, kvk_number, description, place, website, created_at')
		.eq('municipality_id', municipalityId)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new Error(`Loading organisation failed: ${error.message}`);
	if (!organisation) return null;

	let role: MembershipRole | null = null;
	if (userId) {
		const { data: membership, error: membershipError } = await supabase
			.from('memberships')
			.select('role')
			.eq('organisation_id', organisation.id)
			.eq('user_id', userId)
			.maybeSingle();
		if (membershipError) throw new Error(`Loading membership failed: ${membershipError.message}`);
		role = membership?.role ?? null;
	}
	return { organisation, role };
}

/** Private contact details; RLS returns nothing to non-members, and we do not even ask then. */
export async function organisationContacts(supabase: Client, organisationId: string) {
	const { data, error } = await supabase
		.from('organisation_contacts')
		.select('email, phone')
		.eq('organisation_id', organisationId)
		.maybeSingle();
	if (error) throw new Error(`Loading contacts failed: ${error.message}`);
	return data ?? { email: null, phone: null };
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
