// Learning per municipality, through the real stack: "niet interessant" given by an organisation
// moves the stored weights of its municipality (read back as its matchmaker, under RLS), the batch
// applies them to the scores, a reset by the matchmaker makes them neutral again, and another
// municipality's weights are neither changed nor readable.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { createMatchingJob } from '../../src/lib/server/matching/job';
import { loadLearned, resetLearning } from '../../src/lib/server/matching/learning';
import { adminClient, signedInUser } from './clients';
import {
	HELLENDOORN,
	NIJVERDAL,
	createOrganisation,
	demoUser,
	loose,
	postListing,
	type ListingRowInput,
	type User
} from './fixtures';

type Weights = {
	categories: Record<string, { factor: number; events: number; by?: Record<string, number> }>;
	themes: Record<string, { factor: number; events: number; by?: Record<string, number> }>;
	events: number;
};

async function storedWeights(client: SupabaseClient<Database>, municipalityId: string) {
	const { data, error } = await client
		.from('matching_adjustments')
		.select('weights, events, reset_at')
		.eq('municipality_id', municipalityId)
		.maybeSingle();
	if (error) throw error;
	return data as { weights: Weights; events: number; reset_at: string | null } | null;
}

async function score(request: string, offer: string) {
	const { data, error } = await adminClient()
		.from('match_proposals')
		.select('score')
		.eq('request_id', request)
		.eq('offer_id', offer)
		.maybeSingle();
	if (error) throw error;
	return data?.score ?? null;
}

const PAINT_REQUEST: ListingRowInput = {
	kind: 'request',
	title: 'Clubgebouw schilderen',
	description:
		'Het clubgebouw van onze vereniging moet geschilderd worden: kozijnen, deuren en muren schilderen.',
	category: 'hands'
};
const paintOffer = (n: number): ListingRowInput => ({
	kind: 'offer',
	title: `Schilders helpen een dag (${n})`,
	description: 'Onze schilders komen een dag schilderen bij een vereniging: kozijnen, deuren en muren.',
	category: 'hands'
});

describe('learning from feedback, per municipality', () => {
	const job = createMatchingJob(() => adminClient());
	let club: User;
	let otherClub: User;
	let painters: User[];
	let matchmaker: SupabaseClient<Database>;
	let matchmakerB: User;
	let municipalityB: string;

	beforeAll(async () => {
		[club, otherClub, ...painters] = await Promise.all([
			signedInUser('leren-club'),
			signedInUser('leren-club2'),
			signedInUser('leren-schilder1'),
			signedInUser('leren-schilder2'),
			signedInUser('leren-schilder3'),
			signedInUser('leren-schilder4')
		]);
		({ client: matchmaker } = await demoUser('matchmaker@hellendoorn.demo'));

		// Municipality B, with a matchmaker of its own and one pinned painting pair (service role,
		// as an operator would set it up).
		const db = adminClient();
		const stamp = Date.now().toString(36);
		const b = await db
			.from('municipalities')
			.insert({ slug: `leren-${stamp}`, name: 'Leergemeente' })
			.select('id')
			.single();
		if (b.error) throw b.error;
		municipalityB = b.data.id;
		matchmakerB = await signedInUser('leren-matchmaker-b');
		const roles = await db
			.from('municipality_roles')
			.insert({ municipality_id: municipalityB, user_id: matchmakerB.userId, role: 'matchmaker' });
		if (roles.error) throw roles.error;
		const orgs = await db
			.from('organisations')
			.insert(
				(['business', 'voluntary'] as const).map((kind) => ({
					municipality_id: municipalityB,
					kind,
					name: `Leren ${kind} ${stamp}`,
					slug: `leren-${kind}-${stamp}`,
					created_by: matchmakerB.userId,
					...NIJVERDAL
				}))
			)
			.select('id, kind');
		if (orgs.error) throw orgs.error;
		const orgOf = (kind: string) => orgs.data.find((o) => o.kind === kind)!.id;
		const listings = await db
			.from('listings')
			.insert(
				[paintOffer(0), PAINT_REQUEST].map((l) => ({
					...l,
					...NIJVERDAL,
					municipality_id: municipalityB,
					organisation_id: orgOf(l.kind === 'offer' ? 'business' : 'voluntary'),
					created_by: matchmakerB.userId,
					state: 'open' as const
				}))
			)
			.select('id, kind');
		if (listings.error) throw listings.error;
		const pin = await db.from('matchmaker_decisions').insert({
			request_id: listings.data.find((l) => l.kind === 'request')!.id,
			offer_id: listings.data.find((l) => l.kind === 'offer')!.id,
			municipality_id: municipalityB,
			decision: 'pin',
			decided_by: matchmakerB.userId
		});
		if (pin.error) throw pin.error;
	});

	it('dismissals lower a weight the batch applies; a reset makes it neutral; another municipality is untouched', async () => {
		// B learns from its own pin.
		await job.rematchAll(municipalityB);
		const learnedInB = await storedWeights(matchmakerB.client, municipalityB);
		expect(learnedInB?.weights.themes.painting?.factor).toBeGreaterThan(1);

		// Start A from nothing learned (other tests leave feedback behind).
		await resetLearning(matchmaker, HELLENDOORN);
		const [clubOrg, otherClubOrg, ...painterOrgs] = await Promise.all([
			createOrganisation(club, 'Leerclub', 'voluntary'),
			createOrganisation(otherClub, 'Tweede leerclub', 'voluntary'),
			...painters.map((p, i) => createOrganisation(p, `Leerschilders ${i}`, 'business'))
		]);
		const request = await postListing(club, clubOrg, PAINT_REQUEST);
		const otherRequest = await postListing(otherClub, otherClubOrg, {
			...PAINT_REQUEST,
			title: 'Kantine en kleedkamers schilderen'
		});
		const offers = await Promise.all(
			painters.map((p, i) => postListing(p, painterOrgs[i]!, paintOffer(i + 1)))
		);
		await job.rematchAll(HELLENDOORN);
		const before = await score(otherRequest, offers[3]!);
		expect(before).not.toBeNull();
		expect((await storedWeights(matchmaker, HELLENDOORN))?.weights.themes.painting).toBeUndefined();

		// The club finds three painting offers not interesting.
		for (const offer of offers.slice(0, 3)) {
			const { error } = await loose(club.client).from('proposal_dismissals').insert({
				request_id: request,
				offer_id: offer,
				organisation_id: clubOrg,
				municipality_id: HELLENDOORN,
				dismissed_by: club.userId
			});
			expect(error).toBeNull();
		}
		await job.rematchAll(HELLENDOORN);
		const learned = await storedWeights(matchmaker, HELLENDOORN);
		expect(learned?.weights.themes.painting?.factor).toBeLessThan(1);
		expect(learned?.weights.themes.painting?.by).toEqual({ not_interested: 3 });
		expect(learned?.weights.categories['hands|hands']?.factor).toBeLessThan(1);
		// Applied by the batch: another painting pair now scores lower.
		const after = await score(otherRequest, offers[3]!);
		expect(after).not.toBeNull();
		expect(after!).toBeLessThan(before!);

		// The console's view names the theme, the direction and why.
		const view = await loadLearned(matchmaker, HELLENDOORN, 'nl');
		const line = view.lines.find((l) => l.label === 'schilderwerk');
		expect(line).toMatchObject({ direction: 'down', events: 3, by: [{ kind: 'not_interested', count: 3 }] });

		// B's matchmaker can neither read nor reset A's weights; B's own are as they were.
		expect(await storedWeights(matchmakerB.client, HELLENDOORN)).toBeNull();
		await expect(resetLearning(matchmakerB.client, HELLENDOORN)).rejects.toThrow();
		expect((await storedWeights(adminClient(), HELLENDOORN))?.weights.themes.painting?.factor).toBeLessThan(
			1
		);
		expect((await storedWeights(matchmakerB.client, municipalityB))?.weights).toEqual(learnedInB?.weights);

		// "Leren terugzetten": neutral at once, and the batch does not learn the old dismissals again.
		await resetLearning(matchmaker, HELLENDOORN);
		const reset = await storedWeights(matchmaker, HELLENDOORN);
		expect(reset?.weights).toEqual({ categories: {}, themes: {}, events: 0 });
		expect(reset?.reset_at).not.toBeNull();
		await job.rematchAll(HELLENDOORN);
		expect((await storedWeights(matchmaker, HELLENDOORN))?.weights.events).toBe(0);
		expect(await score(otherRequest, offers[3]!)).toBeCloseTo(before!, 2);
		expect((await storedWeights(matchmakerB.client, municipalityB))?.weights).toEqual(learnedInB?.weights);
	});
});
