// Row-level security of the foundation tables, exercised through supabase-js as each role:
// anonymous visitor, member, member of another organisation, and municipality admin.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { adminClient, anonClient, signedInUser } from './clients';

const HELLENDOORN = '00000000-0000-4000-8000-000000000001';
const SEEDED_ADMIN = { email: 'admin@hellendoorn.demo', password: 'demo-wachtwoord-2026' };

type Client = SupabaseClient<Database>;

async function createOrganisation(client: Client, userId: string, name: string) {
	const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
	const { data, error } = await client
		.from('organisations')
		.insert({ municipality_id: HELLENDOORN, kind: 'business', name, slug, created_by: userId })
		.select('id, slug')
		.single();
	if (error) throw error;
	const contact = await client.from('organisation_contacts').insert({
		organisation_id: data.id,
		municipality_id: HELLENDOORN,
		email: 'geheim@bedrijf.nl',
		phone: '0548 123456'
	});
	if (contact.error) throw contact.error;
	return data;
}

describe('RLS: organisations, contacts, memberships, invitations', () => {
	let owner: Awaited<ReturnType<typeof signedInUser>>;
	let outsider: Awaited<ReturnType<typeof signedInUser>>;
	let admin: Client;
	let org: { id: string; slug: string };

	beforeAll(async () => {
		owner = await signedInUser('owner');
		outsider = await signedInUser('outsider');
		org = await createOrganisation(owner.client, owner.userId, 'Schildersbedrijf Test');
		admin = anonClient();
		const { error } = await admin.auth.signInWithPassword(SEEDED_ADMIN);
		if (error) throw error;
	});

	it('makes the founder the owner in the same statement', async () => {
		const { data } = await owner.client
			.from('memberships')
			.select('role, user_id')
			.eq('organisation_id', org.id);
		expect(data).toEqual([{ role: 'owner', user_id: owner.userId }]);
	});

	it('shows the public profile to anyone but contact details only to members and admins', async () => {
		const anon = anonClient();
		const profile = await anon.from('organisations').select('name').eq('id', org.id).single();
		expect(profile.data?.name).toBe('Schildersbedrijf Test');

		const asAnon = await anon.from('organisation_contacts').select('email').eq('organisation_id', org.id);
		expect(asAnon.data).toEqual([]);
		const asOutsider = await outsider.client
			.from('organisation_contacts')
			.select('email')
			.eq('organisation_id', org.id);
		expect(asOutsider.data).toEqual([]);
		const asOwner = await owner.client
			.from('organisation_contacts')
			.select('email')
			.eq('organisation_id', org.id);
		expect(asOwner.data).toEqual([{ email: 'geheim@bedrijf.nl' }]);
		const asAdmin = await admin.from('organisation_contacts').select('email').eq('organisation_id', org.id);
		expect(asAdmin.data).toEqual([{ email: 'geheim@bedrijf.nl' }]);
	});

	it('refuses edits by anon and by a member of another organisation', async () => {
		const anonUpdate = await anonClient()
			.from('organisations')
			.update({ name: 'Gekaapt' })
			.eq('id', org.id)
			.select();
		expect(anonUpdate.data ?? []).toEqual([]);
		const outsiderUpdate = await outsider.client
			.from('organisations')
			.update({ name: 'Gekaapt' })
			.eq('id', org.id)
			.select();
		expect(outsiderUpdate.data).toEqual([]);
		const outsiderDelete = await outsider.client.from('organisations').delete().eq('id', org.id).select();
		expect(outsiderDelete.data).toEqual([]);
		const contact = await outsider.client
			.from('organisation_contacts')
			.update({ email: 'x@y.nl' })
			.eq('organisation_id', org.id)
			.select();
		expect(contact.data).toEqual([]);
		const still = await anonClient().from('organisations').select('name').eq('id', org.id).single();
		expect(still.data?.name).toBe('Schildersbedrijf Test');
	});

	it('refuses anonymous inserts and founding a municipality organisation', async () => {
		const anon = await anonClient()
			.from('organisations')
			.insert({
				municipality_id: HELLENDOORN,
				kind: 'business',
				name: 'Anoniem',
				slug: `anoniem-${Date.now()}`
			});
		expect(anon.error?.code).toBe('42501');
		const muni = await outsider.client.from('organisations').insert({
			municipality_id: HELLENDOORN,
			kind: 'municipality',
			name: 'Nep-gemeente',
			slug: `nep-gemeente-${Date.now()}`,
			created_by: outsider.userId
		});
		expect(muni.error?.code).toBe('42501');
		const impersonate = await outsider.client.from('organisations').insert({
			municipality_id: HELLENDOORN,
			kind: 'business',
			name: 'Op naam van een ander',
			slug: `ander-${Date.now()}`,
			created_by: owner.userId
		});
		expect(impersonate.error?.code).toBe('42501');
	});

	it('lets an owner update and an admin read memberships, hides them from outsiders', async () => {
		const update = await owner.client
			.from('organisations')
			.update({ description: 'Vakkundig schilderwerk' })
			.eq('id', org.id)
			.select('description');
		expect(update.data).toEqual([{ description: 'Vakkundig schilderwerk' }]);
		const outsiderView = await outsider.client
			.from('memberships')
			.select('user_id')
			.eq('organisation_id', org.id);
		expect(outsiderView.data).toEqual([]);
		const adminView = await admin.from('memberships').select('user_id').eq('organisation_id', org.id);
		expect(adminView.data).toEqual([{ user_id: owner.userId }]);
	});

	it('protects profiles: own row, colleagues and admins only', async () => {
		const own = await outsider.client.from('profiles').select('id');
		expect(own.data).toEqual([{ id: outsider.userId }]);
		const other = await outsider.client.from('profiles').select('id').eq('id', owner.userId);
		expect(other.data).toEqual([]);
		const adminView = await admin.from('profiles').select('id').eq('id', owner.userId);
		expect(adminView.data).toEqual([{ id: owner.userId }]);
		const hijack = await outsider.client
			.from('profiles')
			.update({ display_name: 'Gekaapt' })
			.eq('id', owner.userId)
			.select();
		expect(hijack.data).toEqual([]);
	});

	it('keeps at least one owner', async () => {
		const leave = await owner.client
			.from('memberships')
			.delete()
			.eq('organisation_id', org.id)
			.eq('user_id', owner.userId);
		expect(leave.error?.message).toMatch(/at least one owner/);
	});

	it('runs an invitation from invite to membership, for the invited address only', async () => {
		const colleague = await signedInUser('colleague');
		const invite = await owner.client
			.from('invitations')
			.insert({
				organisation_id: org.id,
				municipality_id: HELLENDOORN,
				email: colleague.email,
				role: 'member',
				invited_by: owner.userId
			})
			.select('id')
			.single();
		expect(invite.error).toBeNull();
		const id = invite.data!.id;

		// An outsider can neither see nor accept it, nor invite people into the organisation.
		const seen = await outsider.client.from('invitations').select('id').eq('id', id);
		expect(seen.data).toEqual([]);
		const stolen = await outsider.client.rpc('accept_invitation', { p_invitation: id });
		expect(stolen.error).not.toBeNull();
		const intrude = await outsider.client.from('invitations').insert({
			organisation_id: org.id,
			municipality_id: HELLENDOORN,
			email: 'vriend@test.nl',
			invited_by: outsider.userId
		});
		expect(intrude.error?.code).toBe('42501');

		const mine = await colleague.client.from('invitations').select('id, organisation_id');
		expect(mine.data).toEqual([{ id, organisation_id: org.id }]);
		const accepted = await colleague.client.rpc('accept_invitation', { p_invitation: id });
		expect(accepted.error).toBeNull();
		expect(accepted.data).toBe(org.id);
		const again = await colleague.client.rpc('accept_invitation', { p_invitation: id });
		expect(again.error?.message).toMatch(/already accepted/);

		const members = await owner.client
			.from('memberships')
			.select('user_id, role')
			.eq('organisation_id', org.id);
		expect(members.data).toHaveLength(2);
		// Now a colleague, they may read the contact details and the owner's name.
		const contact = await colleague.client
			.from('organisation_contacts')
			.select('email')
			.eq('organisation_id', org.id);
		expect(contact.data).toEqual([{ email: 'geheim@bedrijf.nl' }]);
		const names = await colleague.client.from('profiles').select('id').eq('id', owner.userId);
		expect(names.data).toHaveLength(1);
		// A plain member may not invite an owner.
		const escalate = await colleague.client.from('invitations').insert({
			organisation_id: org.id,
			municipality_id: HELLENDOORN,
			email: 'baas@test.nl',
			role: 'owner',
			invited_by: colleague.userId
		});
		expect(escalate.error?.code).toBe('42501');
	});

	it('shows municipality roles to their holder and to admins only', async () => {
		const outsiderRoles = await outsider.client.from('municipality_roles').select('role');
		expect(outsiderRoles.data).toEqual([]);
		const adminRoles = await admin.from('municipality_roles').select('role');
		expect((adminRoles.data ?? []).map((r) => r.role).sort()).toEqual(['admin', 'matchmaker']);
		const selfPromote = await outsider.client
			.from('municipality_roles')
			.insert({ municipality_id: HELLENDOORN, user_id: outsider.userId, role: 'admin' });
		expect(selfPromote.error?.code).toBe('42501');
	});

	it('the service role sees everything (server jobs only)', async () => {
		const { data } = await adminClient()
			.from('organisation_contacts')
			.select('organisation_id')
			.eq('organisation_id', org.id);
		expect(data).toHaveLength(1);
	});
});
