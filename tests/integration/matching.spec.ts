// The matching job against the real stack: listings posted by real users through supabase-js,
// the engine run by the job with the service-role client, proposals read back as the parties.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { dismissProposal, withdrawDismissal } from '../../src/lib/server/matching/decisions';
import { createMatchingJob } from '../../src/lib/server/matching/job';
import { adminClient, signedInUser } from './clients';
import {
	HELLENDOORN,
	createOrganisation,
	demoUser,
	loose,
	postListing,
	type ListingRowInput,
	type User
} from './fixtures';

async function pairs(client: SupabaseClient<Database>, listingId: string) {
	const { data, error } = await loose(client)
		.from('match_proposals')
		.select('request_id, offer_id, score, reasons, caveats, pinned')
		.or(`request_id.eq.${listingId},offer_id.eq.${listingId}`);
	if (error) throw error;
	return data as {
		request_id: string;
		offer_id: string;
		score: number;
		reasons: unknown[];
		caveats: { code: string }[];
		pinned: boolean;
	}[];
}

const has = (rows: { request_id: string; offer_id: string }[], request: string, offer: string) =>
	rows.some((r) => r.request_id === request && r.offer_id === offer);

// Obviously matching: the same unusual subject, category and village.
const BEEHIVE_REQUEST: ListingRowInput = {
	kind: 'request',
	title: 'Bijenkasten timmeren voor de schooltuin',
	description:
		'Onze imkersvereniging wil met de kinderen van de schooltuin tien bijenkasten timmeren. Wie helpt met hout, zaagwerk en timmeren?',
	category: 'hands'
};
const BEEHIVE_OFFER: ListingRowInput = {
	kind: 'offer',
	title: 'Wij timmeren bijenkasten met jullie',
	description:
		'Onze timmerlieden helpen een dag met het timmeren van bijenkasten voor imkers en schooltuinen, inclusief hout en zaagwerk.',
	category: 'hands'
};
const UNRELATED_OFFER: ListingRowInput = {
	kind: 'offer',
	title: 'Jaarrekening laten controleren door een accountant',
	description:
		'Ons accountantskantoor controleert gratis de jaarrekening en de kascommissie van een stichting.',
	category: 'expertise'
};

describe('matching job: proposals through the real stack', () => {
	const job = createMatchingJob(() => adminClient());
	let business: User;
	let voluntary: User;
	let accountant: User;
	let matchmaker: SupabaseClient<Database>;
	let matchmakerId: string;
	let businessOrg: string;
	let voluntaryOrg: string;
	let accountantOrg: string;

	beforeAll(async () => {
		[business, voluntary, accountant] = await Promise.all([
			signedInUser('timmerbedrijf'),
			signedInUser('imkers'),
			signedInUser('accountant')
		]);
		({ client: matchmaker, userId: matchmakerId } = await demoUser('matchmaker@hellendoorn.demo'));
	});

	// Fresh organisations per test: the engine lists at most two offers of one organisation per
	// request, so identical listings from earlier tests must not crowd out this test's pair.
	beforeEach(async () => {
		[businessOrg, voluntaryOrg, accountantOrg] = await Promise.all([
			createOrganisation(business, 'Timmerbedrijf Test', 'business'),
			createOrganisation(voluntary, 'Imkersvereniging Test', 'voluntary'),
			createOrganisation(accountant, 'Accountants Test', 'business')
		]);
	});

	it('proposes a new offer to a fitting request, in both lists, and not an unrelated one', async () => {
		const request = await postListing(voluntary, voluntaryOrg, BEEHIVE_REQUEST);
		await job.rematchListing(request);
		const unrelated = await postListing(accountant, accountantOrg, UNRELATED_OFFER);
		await job.rematchListing(unrelated);
		// The offer arrives after the request: only the offer is rematched, yet the request's list gains it.
		const offer = await postListing(business, businessOrg, BEEHIVE_OFFER);
		const summary = await job.rematchListing(offer);
		expect(summary).toMatchObject({ live: true, municipalityId: HELLENDOORN });

		const seenByVoluntary = await pairs(voluntary.client, request);
		expect(has(seenByVoluntary, request, offer)).toBe(true);
		expect(has(seenByVoluntary, request, unrelated)).toBe(false);
		const proposal = seenByVoluntary.find((p) => p.offer_id === offer)!;
		expect(proposal.score).toBeGreaterThanOrEqual(0.4);
		expect(proposal.pinned).toBe(false);
		// Reasons are stored language-neutral, for the reader's language.
		expect(proposal.reasons.length).toBeGreaterThan(0);
		expect(proposal.reasons[0]).toHaveProperty('code');
		expect(has(await pairs(business.client, offer), request, offer)).toBe(true);
	});

	it('puts a new offer in the list of a request whose organisation was just served', async () => {
		// Seeded: Concordia Haarle received the bakery's workshop in an agreed deal 6 days ago, so
		// its requests rank lower in offers' own lists (fairness); its request for posters and
		// flyers must still gain an offer that fits it best, without waiting for the full batch.
		const CONCORDIA_POSTERS = 'c0000000-0000-4000-8000-000000000003';
		const bakery = await demoUser('bakker@hellendoorn.demo');
		const club = await demoUser('penningmeester@hellendoorn.demo');
		// As the bakery posts it in tests/e2e/deals.spec.ts: in Haarle, with what it would like back.
		const { data, error } = await loose(bakery.client)
			.from('listings')
			.insert({
				kind: 'offer',
				state: 'open',
				category: 'materials',
				title: 'Posters en flyers drukken voor jullie jubileum',
				description:
					'Onze nieuwe printer drukt posters en flyers voor een jubileum of concert in het dorpshuis.',
				amount: '50 posters, 500 flyers',
				place: 'Haarle',
				latitude: 52.3592,
				longitude: 6.3806,
				wants_in_return: 'Muziek bij de opening van onze winkel.',
				organisation_id: '00000000-0000-4000-8000-0000000000b2',
				municipality_id: HELLENDOORN,
				created_by: bakery.userId
			})
			.select('id')
			.single();
		expect(error).toBeNull();
		const offer = (data as { id: string }).id;
		await job.rematchListing(offer);
		expect(has(await pairs(club.client, CONCORDIA_POSTERS), CONCORDIA_POSTERS, offer)).toBe(true);
	});

	it('stores what weighs against a pair as caveats, apart from the reasons', async () => {
		const request = await postListing(voluntary, voluntaryOrg, {
			...BEEHIVE_REQUEST,
			amount: '40 bijenkasten'
		});
		const offer = await postListing(business, businessOrg, { ...BEEHIVE_OFFER, amount: '5 bijenkasten' });
		await job.rematchListing(offer);
		const proposal = (await pairs(voluntary.client, request)).find((p) => p.offer_id === offer);
		expect(proposal?.caveats.map((c) => c.code)).toContain('quantity_short');
		expect((proposal?.reasons as { code: string }[]).map((r) => r.code)).not.toContain('quantity_short');
		await job.rematchAll(HELLENDOORN);
		const again = (await pairs(business.client, offer)).find((p) => p.request_id === request);
		expect(again?.caveats.map((c) => c.code)).toContain('quantity_short');
	});

	it('keeps "niet interessant" after rematchListing and rematchAll', async () => {
		const request = await postListing(voluntary, voluntaryOrg, BEEHIVE_REQUEST);
		const offer = await postListing(business, businessOrg, BEEHIVE_OFFER);
		await job.rematchListing(offer);
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(true);

		const { error } = await loose(voluntary.client).from('proposal_dismissals').insert({
			request_id: request,
			offer_id: offer,
			organisation_id: voluntaryOrg,
			municipality_id: HELLENDOORN,
			dismissed_by: voluntary.userId
		});
		expect(error).toBeNull();
		// Gone at once, for both parties.
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(false);
		expect(has(await pairs(business.client, offer), request, offer)).toBe(false);

		await job.rematchListing(request);
		await job.rematchListing(offer);
		expect(has(await pairs(adminClient(), request), request, offer)).toBe(false);
		const batch = await job.rematchAll(HELLENDOORN);
		expect(batch.proposals).toBeGreaterThan(0);
		expect(has(await pairs(adminClient(), request), request, offer)).toBe(false);
	});

	it('"toch interessant": only a member of the dismissing organisation takes it back, and the pair returns', async () => {
		const request = await postListing(voluntary, voluntaryOrg, BEEHIVE_REQUEST);
		const offer = await postListing(business, businessOrg, BEEHIVE_OFFER);
		await job.rematchListing(offer);
		const pair = { requestId: request, offerId: offer };
		expect(
			await dismissProposal(voluntary.client, {
				...pair,
				organisationId: voluntaryOrg,
				userId: voluntary.userId
			})
		).toBe('dismissed');
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(false);

		const dismissals = async () => {
			const { data, error } = await adminClient()
				.from('proposal_dismissals')
				.select('organisation_id')
				.eq('request_id', request)
				.eq('offer_id', offer);
			if (error) throw error;
			return data.map((d) => d.organisation_id);
		};
		// The other party and an outsider cannot take it back, through the app or straight at the API.
		expect(
			await withdrawDismissal(business.client, {
				...pair,
				organisationId: voluntaryOrg,
				userId: business.userId
			})
		).toBe('forbidden');
		for (const other of [business, accountant]) {
			const { data, error } = await other.client
				.from('proposal_dismissals')
				.delete()
				.eq('request_id', request)
				.eq('offer_id', offer)
				.select('request_id');
			expect(error).toBeNull();
			expect(data).toEqual([]);
		}
		expect(await dismissals()).toEqual([voluntaryOrg]);
		await job.rematchListing(request);
		expect(has(await pairs(adminClient(), request), request, offer)).toBe(false);

		// A member of the organisation that dismissed it does; a second click finds nothing to take back.
		const withdraw = () =>
			withdrawDismissal(voluntary.client, {
				...pair,
				organisationId: voluntaryOrg,
				userId: voluntary.userId
			});
		expect(await withdraw()).toBe('withdrawn');
		expect(await withdraw()).toBe('gone');
		expect(await dismissals()).toEqual([]);
		await job.rematchListing(request);
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(true);
		expect(has(await pairs(business.client, offer), request, offer)).toBe(true);
	});

	it('never shows a vetoed pair, and keeps a pinned pair even below the threshold', async () => {
		const request = await postListing(voluntary, voluntaryOrg, BEEHIVE_REQUEST);
		const offer = await postListing(business, businessOrg, BEEHIVE_OFFER);
		const unrelated = await postListing(accountant, accountantOrg, UNRELATED_OFFER);
		await job.rematchListing(offer);
		await job.rematchListing(unrelated);
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(true);

		const veto = await loose(matchmaker).from('matchmaker_decisions').insert({
			request_id: request,
			offer_id: offer,
			municipality_id: HELLENDOORN,
			decision: 'veto',
			note: 'Dubbel geplaatst',
			decided_by: matchmakerId
		});
		expect(veto.error).toBeNull();
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(false);
		await job.rematchListing(request);
		await job.rematchAll(HELLENDOORN);
		expect(has(await pairs(adminClient(), request), request, offer)).toBe(false);

		// The engine does not propose the accountant for beehives; a matchmaker's pin does.
		expect(has(await pairs(adminClient(), request), request, unrelated)).toBe(false);
		const pin = await loose(matchmaker).from('matchmaker_decisions').insert({
			request_id: request,
			offer_id: unrelated,
			municipality_id: HELLENDOORN,
			decision: 'pin',
			decided_by: matchmakerId
		});
		expect(pin.error).toBeNull();
		await job.rematchListing(request);
		const pinned = (await pairs(voluntary.client, request)).find((p) => p.offer_id === unrelated);
		expect(pinned?.pinned).toBe(true);
		await job.rematchAll(HELLENDOORN);
		expect((await pairs(accountant.client, unrelated)).find((p) => p.request_id === request)?.pinned).toBe(
			true
		);

		// Withdrawing the veto lets the engine propose the pair again.
		const withdraw = await loose(matchmaker)
			.from('matchmaker_decisions')
			.delete()
			.eq('request_id', request)
			.eq('offer_id', offer)
			.select('decision');
		expect(withdraw.error).toBeNull();
		expect(withdraw.data).toHaveLength(1);
		await job.rematchListing(request);
		expect(has(await pairs(voluntary.client, request), request, offer)).toBe(true);
	});

	it('drops the proposals of a listing that is closed', async () => {
		const request = await postListing(voluntary, voluntaryOrg, BEEHIVE_REQUEST);
		const offer = await postListing(business, businessOrg, BEEHIVE_OFFER);
		await job.rematchListing(offer);
		expect(has(await pairs(adminClient(), request), request, offer)).toBe(true);

		const { error } = await loose(business.client)
			.from('listings')
			.update({ state: 'closed' })
			.eq('id', offer);
		expect(error).toBeNull();
		const summary = await job.rematchListing(offer);
		expect(summary.live).toBe(false);
		expect(await pairs(adminClient(), offer)).toEqual([]);
	});
});
