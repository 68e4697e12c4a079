// Builders the integration tests share: rows created as real users through supabase-js, so
// RLS applies to the set-up just as it does to the app.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../src/lib/database.types';
import { anonClient, signedInUser } from './clients';

/** The demo municipality from supabase/seed.sql. */
export const HELLENDOORN = '00000000-0000-4000-8000-000000000001';
/** The password of every seeded demo account (admin@, matchmaker@hellendoorn.demo, ...). */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';
export const NIJVERDAL = { place: 'Nijverdal', latitude: 52.36, longitude: 6.4681 };

export type User = Awaited<ReturnType<typeof signedInUser>>;

/** The client without the generated table types, for rows written column by column. */
export const loose = (c: SupabaseClient<Database>) => c as unknown as SupabaseClient;

/** Signs in as a seeded demo account, e.g. the municipality's admin or matchmaker. */
export async function demoUser(email: string) {
	const client = anonClient();
	const { data, error } = await client.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
	if (error) throw error;
	return { client, userId: data.user.id };
}

/** An organisation in Hellendoorn created by the user (who becomes its owner), with a unique slug. */
export async function createOrganisation(user: User, name: string, kind: 'business' | 'voluntary') {
	const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
	const { data, error } = await user.client
		.from('organisations')
		.insert({ municipality_id: HELLENDOORN, kind, name, slug, created_by: user.userId })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

export type ListingRowInput = {
	kind: 'offer' | 'request';
	title: string;
	description: string;
	category: 'hands' | 'expertise' | 'materials' | 'facilities' | 'other';
	amount?: string;
};

/** An open listing in Nijverdal, inserted straight into the table as the user (no app code). */
export async function postListing(user: User, organisationId: string, input: ListingRowInput) {
	const { data, error } = await loose(user.client)
		.from('listings')
		.insert({
			...input,
			...NIJVERDAL,
			organisation_id: organisationId,
			municipality_id: HELLENDOORN,
			created_by: user.userId,
			state: 'open'
		})
		.select('id')
		.single();
	if (error) throw error;
	return (data as { id: string }).id;
}
