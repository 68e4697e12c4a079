// The matching job against the real stack: listings posted by real users through supabase-js,
// the engine run by the job with the service-role client, proposals read back as the parties.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { createMatchingJob } from '../../src/lib/server/matching/job';
import { adminClient, anonClient, signedInUser } from './clients';

const HELLENDOORN = '00000000-0000-4000-8000-000000000001';
const SEEDED_MATCHMAKER = { email: 'matchmaker@hellendoorn.demo', password: 'demo-wachtwoord-2026' };
const NIJVERDAL = { place: 'Nijverdal', latitude: 52.36, longitude: 6.4681 };

type User = Awaited<ReturnType<typeof signedInUser>>;
type Loose = SupabaseClient;
const loose = (c: SupabaseClient<Database>) => c as unknown as Loose;

async function createOrganisation(user: User, name: string, kind: 'business' | 'voluntary') {
	const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
	const { data, error } = await user.client
		.from('organisations')
		.insert({ municipality_id: HELLENDOORN, kind, name, slug, created_by: user.userId })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

type ListingInput = {
	kind: 'offer' | 'request';
	title: string;
	description: string;
	category: 'hands' | 'expertise' | 'materials' | 'facilities' | 'other';
};

async function postListing(user: User, organisationId: string, input: ListingInput) {
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

async function pairs(client: SupabaseClient<Database>, listingId: string) {
	const { data, error } = await loose(client)
		.from('match_proposals')
		.select('request_id, offer_id, score, reasons, pinned')
		.or(`request_id.eq.${listingId},offer_id.eq.${listingId}`);
	if (error) throw error;
	return data as {
		request_id: string;
		offer_id: string;
		score: number;
		reasons: unknown[];
		pinned: boolean;
	}[];
}

const has = (rows: { request_id: string; offer_id: string }[], request: string, offer: string) =>
	rows.some((r) => r.request_id === request && r.offer_id === offer);

// Obviously matching: the same unusual subject, category and village.
const BEEHIVE_REQUEST: ListingInput = {
	kind: 'request',
	title: 'Bijenkasten timmeren voor de schooltuin',
	description:
		'Onze imkersvereniging wil met de kinderen van de schooltuin tien bijenkasten timmeren. Wie helpt met hout, zaagwerk en timmeren?',
	category: 'hands'
};
const BEEHIVE_OFFER: ListingInput = {
	kind: 'offer',
	title: 'Wij timmeren bijenkasten met jullie',
	description:
		'Onze timmerlieden helpen een dag met het timmeren van bijenkasten voor imkers en schooltuinen, inclusief hout en zaagwerk.',
	category: 'hands'
};
const UNRELATED_OFFER: ListingInput = {
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
		matchmaker = anonClient();
		const signIn = await matchmaker.auth.signInWithPassword(SEEDED_MATCHMAKER);
		if (signIn.error) throw signIn.error;
		matchmakerId = signIn.data.user.id;
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
