// Row-level security of the matching tables, through PostgREST as each role: the two parties,
// a third organisation, an anonymous visitor and the municipality's staff. The refusals are
// the point: proposals are written by the engine job (service role) only.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { createMatchingJob } from '../../src/lib/server/matching/job';
import { adminClient, anonClient, signedInUser } from './clients';
import { HELLENDOORN, createOrganisation, demoUser, loose, postListing, type User } from './fixtures';

async function proposalsBetween(client: SupabaseClient<Database>, request: string, offer: string) {
	const { data, error } = await loose(client)
		.from('match_proposals')
		.select('request_id, offer_id, score, pinned')
		.eq('request_id', request)
		.eq('offer_id', offer);
	expect(error).toBeNull();
	return data ?? [];
}

describe('RLS: match proposals, dismissals, decisions and cycles', () => {
	const job = createMatchingJob(() => adminClient());
	let business: User;
	let voluntary: User;
	let outsider: User;
	let matchmaker: { client: SupabaseClient<Database>; userId: string };
	let admin: { client: SupabaseClient<Database>; userId: string };
	let businessOrg: string;
	let voluntaryOrg: string;
	let outsiderOrg: string;
	let request: string;
	let offer: string;
	let otherRequest: string;
	let otherOffer: string;

	beforeAll(async () => {
		[business, voluntary, outsider] = await Promise.all([
			signedInUser('rls-bedrijf'),
			signedInUser('rls-vereniging'),
			signedInUser('rls-derde')
		]);
		[businessOrg, voluntaryOrg, outsiderOrg] = await Promise.all([
			createOrganisation(business, 'Drukkerij RLS', 'business'),
			createOrganisation(voluntary, 'Toneelclub RLS', 'voluntary'),
			createOrganisation(outsider, 'Derde RLS', 'business')
		]);
		[matchmaker, admin] = await Promise.all([
			demoUser('matchmaker@hellendoorn.demo'),
			demoUser('admin@hellendoorn.demo')
		]);

		request = await postListing(voluntary, voluntaryOrg, {
			kind: 'request',
			title: 'Affiches drukken voor de toneelvoorstelling',
			description:
				'Onze toneelclub zoekt iemand die vijftig affiches en flyers voor de toneelvoorstelling drukt.',
			category: 'materials'
		});
		offer = await postListing(business, businessOrg, {
			kind: 'offer',
			title: 'Wij drukken affiches en flyers',
			description:
				'Onze drukkerij drukt gratis affiches en flyers voor een toneelvoorstelling of ander verenigingsfeest.',
			category: 'materials'
		});
		otherRequest = await postListing(voluntary, voluntaryOrg, {
			kind: 'request',
			title: 'Programmaboekjes drukken voor de toneelclub',
			description: 'Wie drukt de programmaboekjes voor onze toneelvoorstelling?',
			category: 'materials'
		});
		otherOffer = await postListing(business, businessOrg, {
			kind: 'offer',
			title: 'Programmaboekjes en drukwerk',
			description: 'Onze drukkerij drukt programmaboekjes voor verenigingen.',
			category: 'materials'
		});
		await job.rematchAll(HELLENDOORN);
		// The premise of every test below: the job proposed this pair.
		expect(await proposalsBetween(adminClient(), request, offer)).toHaveLength(1);
	});

	it('shows a proposal to both parties and to staff, not to a third organisation or anonymous visitors', async () => {
		expect(await proposalsBetween(voluntary.client, request, offer)).toHaveLength(1);
		expect(await proposalsBetween(business.client, request, offer)).toHaveLength(1);
		expect(await proposalsBetween(matchmaker.client, request, offer)).toHaveLength(1);
		expect(await proposalsBetween(admin.client, request, offer)).toHaveLength(1);
		expect(await proposalsBetween(outsider.client, request, offer)).toHaveLength(0);
		expect(await proposalsBetween(anonClient(), request, offer)).toHaveLength(0);
	});

	it('shows an exchange cycle to its organisations and staff only', async () => {
		const { data, error } = await loose(adminClient())
			.from('exchange_cycles')
			.insert({
				municipality_id: HELLENDOORN,
				members: [offer, request, otherOffer, otherRequest],
				organisation_ids: [businessOrg, voluntaryOrg, businessOrg, voluntaryOrg],
				score: 0.6,
				reasons: [{ code: 'cycle_parties', params: { n: 2 } }]
			})
			.select('id')
			.single();
		expect(error).toBeNull();
		const id = (data as { id: string }).id;
		const visible = async (client: SupabaseClient<Database>) => {
			const result = await loose(client).from('exchange_cycles').select('id').eq('id', id);
			expect(result.error).toBeNull();
			return result.data?.length ?? 0;
		};
		expect(await visible(voluntary.client)).toBe(1);
		expect(await visible(business.client)).toBe(1);
		expect(await visible(matchmaker.client)).toBe(1);
		expect(await visible(outsider.client)).toBe(0);
		expect(await visible(anonClient())).toBe(0);
	});

	it('lets nobody but the service role write proposals', async () => {
		const insert = await loose(outsider.client).from('match_proposals').insert({
			municipality_id: HELLENDOORN,
			request_id: request,
			offer_id: offer,
			request_organisation_id: voluntaryOrg,
			offer_organisation_id: businessOrg,
			score: 1
		});
		expect(insert.error?.code).toBe('42501');
		// No update or delete policy: a party's attempt touches no row.
		const update = await loose(voluntary.client)
			.from('match_proposals')
			.update({ score: 1 })
			.eq('request_id', request)
			.select('id');
		expect(update.data ?? []).toHaveLength(0);
		const remove = await loose(matchmaker.client)
			.from('match_proposals')
			.delete()
			.eq('request_id', request)
			.select('id');
		expect(remove.data ?? []).toHaveLength(0);
		const rpc = await loose(admin.client).rpc('replace_match_proposals', {
			p_municipality: HELLENDOORN,
			p_proposals: []
		});
		expect(rpc.error).not.toBeNull();
		expect(await proposalsBetween(adminClient(), request, offer)).toHaveLength(1);
	});

	it('refuses a dismissal on behalf of an organisation that is not a party, or not the member’s', async () => {
		const dismiss = (user: User, organisationId: string) =>
			loose(user.client).from('proposal_dismissals').insert({
				request_id: request,
				offer_id: offer,
				organisation_id: organisationId,
				municipality_id: HELLENDOORN,
				dismissed_by: user.userId
			});
		// A third organisation is not a party to the pair.
		expect((await dismiss(outsider, outsiderOrg)).error?.code).toBe('42501');
		// A party's member cannot speak for the other party.
		expect((await dismiss(voluntary, businessOrg)).error?.code).toBe('42501');
		expect(await proposalsBetween(adminClient(), request, offer)).toHaveLength(1);
	});

	it('lets only staff pin or veto, and only staff read the decisions', async () => {
		const decide = (client: SupabaseClient<Database>, userId: string, decision: 'pin' | 'veto') =>
			loose(client).from('matchmaker_decisions').insert({
				request_id: otherRequest,
				offer_id: otherOffer,
				municipality_id: HELLENDOORN,
				decision,
				decided_by: userId
			});
		expect((await decide(voluntary.client, voluntary.userId, 'pin')).error?.code).toBe('42501');
		expect((await decide(business.client, business.userId, 'veto')).error?.code).toBe('42501');
		expect((await decide(anonClient(), voluntary.userId, 'veto')).error).not.toBeNull();

		expect((await decide(matchmaker.client, matchmaker.userId, 'pin')).error).toBeNull();
		const read = async (client: SupabaseClient<Database>) =>
			(await loose(client).from('matchmaker_decisions').select('decision').eq('request_id', otherRequest))
				.data ?? [];
		expect(await read(admin.client)).toEqual([{ decision: 'pin' }]);
		expect(await read(voluntary.client)).toEqual([]);
		// The parties see the pin only as a flag on their proposal.
		await job.rematchListing(otherRequest);
		const [flagged] = await proposalsBetween(voluntary.client, otherRequest, otherOffer);
		expect(flagged?.pinned).toBe(true);

		// A party cannot turn the pin into a veto, nor withdraw it.
		const change = await loose(business.client)
			.from('matchmaker_decisions')
			.update({ decision: 'veto', decided_by: business.userId })
			.eq('request_id', otherRequest)
			.select('decision');
		expect(change.data ?? []).toHaveLength(0);
		const withdraw = await loose(voluntary.client)
			.from('matchmaker_decisions')
			.delete()
			.eq('request_id', otherRequest)
			.select('decision');
		expect(withdraw.data ?? []).toHaveLength(0);
		expect(await read(matchmaker.client)).toEqual([{ decision: 'pin' }]);
	});
});
