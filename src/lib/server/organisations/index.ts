// Organisations: founding, profiles, the public lists and the private contact details. Every
// function takes the caller's client; RLS decides what each user may read and change.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Enums } from '$lib/database.types';
import { findPlace } from '$lib/places';
import type { OrganisationProfileInput } from '$lib/schemas/organisation';
import { classifyDbError } from '$lib/server/db-errors';
import { membershipOf, type MembershipRole } from '$lib/server/memberships';
import { nextFreeSlug, slugify } from './slug';

type Client = SupabaseClient<Database>;
type Kind = 'business' | 'voluntary';
export type OrganisationKind = Enums<'organisation_kind'>;
export type { MembershipRole };

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
/** The database refused: this user founded the most organisations a day allows. */
export class QuotaExceededError extends Error {
	constructor() {
		super('Daily quota of new organisations reached');
	}
}

/** The database refused: another organisation of the municipality has this KvK number. */
export class DuplicateKvkError extends Error {
	constructor() {
		super('Another organisation of the municipality has this KvK number');
	}
}

/** An organisation that may be the one being registered (again). */
export type SimilarOrganisation = {
	name: string;
	slug: string;
	/** The same KvK number: certainly the same organisation, founding it again is refused. */
	sameKvkNumber: boolean;
	/** The same name apart from case, spaces and punctuation. */
	sameName: boolean;
};

/**
 * Organisations of the municipality with the same KvK number, (nearly) the same name or a
 * similar one (trigram similarity in the database), at most 5, the most certain first.
 */
export async function similarOrganisations(
	supabase: Client,
	municipalityId: string,
	name: string,
	kvkNumber: string | null
): Promise<SimilarOrganisation[]> {
	const { data, error } = await supabase.rpc('similar_organisations', {
		p_municipality: municipalityId,
		p_name: name,
		p_kvk_number: kvkNumber ?? undefined
	});
	if (error) throw new Error(`Looking for similar organisations failed: ${error.message}`);
	return data.map((r) => ({
		name: r.name,
		slug: r.slug,
		sameKvkNumber: r.same_kvk_number,
		sameName: r.same_name
	}));
}

/** The municipality a user belongs to (their profile's). */
export async function municipalityOfUser(supabase: Client, userId: string): Promise<string> {
	const { data: profile, error: profileError } = await supabase
		.from('profiles')
		.select('municipality_id')
		.eq('id', userId)
		.single();
	if (profileError) throw new Error(`Loading profile failed: ${profileError.message}`);
	return profile.municipality_id;
}

export async function createOrganisation(
	supabase: Client,
	userId: string,
	kind: Kind,
	input: OrganisationProfileInput,
	municipalityId?: string
): Promise<{ id: string; slug: string }> {
	municipalityId ??= await municipalityOfUser(supabase, userId);

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
		if (error && classifyDbError(error) === 'duplicate_kvk') throw new DuplicateKvkError();
		// Another request took this slug between our look and our insert: try the next one.
		if (error && classifyDbError(error) === 'duplicate') continue;
		if (error && classifyDbError(error) === 'quota_exceeded') throw new QuotaExceededError();
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
	if (error && classifyDbError(error) === 'duplicate_kvk') throw new DuplicateKvkError();
	if (error) throw new Error(`Updating organisation failed: ${error.message}`);
	await saveContacts(supabase, organisation.id, organisation.municipality_id, input);
}

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

	const role: MembershipRole | null = userId
		? ((await membershipOf(supabase, organisation.id, userId))?.role ?? null)
		: null;
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

/** The organisations of a municipality by name, optionally of one kind: the public directory. */
export async function listOrganisations(
	supabase: Client,
	municipalityId: string,
	kind: OrganisationKind | null
) {
	let query = supabase
		.from('organisations')
		.select('name, slug, kind, place')
		.eq('municipality_id', municipalityId)
		.order('name');
	if (kind) query = query.eq('kind', kind);
	const { data, error } = await query;
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);
	return data;
}

/**
 * The admin's overview, newest first, with member counts. Admins may read all memberships of
 * their municipality (RLS), so the count is complete.
 */
export async function organisationsOverview(
	supabase: Client,
	municipalityId: string,
	kind: OrganisationKind | null
) {
	let query = supabase
		.from('organisations')
		.select('name, slug, kind, place, created_at, memberships ( count )')
		.eq('municipality_id', municipalityId)
		.order('created_at', { ascending: false });
	if (kind) query = query.eq('kind', kind);
	const { data, error } = await query;
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);
	return data.map((o) => ({
		name: o.name,
		slug: o.slug,
		kind: o.kind,
		place: o.place,
		createdAt: o.created_at,
		members: o.memberships[0]?.count ?? 0
	}));
}

/** Name and address of an organisation the user may see. */
export async function organisationName(supabase: Client, organisationId: string) {
	const { data, error } = await supabase
		.from('organisations')
		.select('name, slug')
		.eq('id', organisationId)
		.single();
	if (error) throw new Error(`Loading organisation failed: ${error.message}`);
	return data;
}
