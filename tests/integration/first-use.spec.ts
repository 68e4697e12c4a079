// Data rules behind issue 13 ("what a first-time user trips over"), through the real PostgREST
// and the domain modules: the search suggestion (point 2), one organisation per KvK number and
// the warning about similar names (point 7), the matchmaker console's filters (point 8), and
// invitations to someone who is a member already (point 10).
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptInvitation, createInvitation } from '../../src/lib/server/invitations';
import { suggestSearch } from '../../src/lib/server/listings';
import { loadOverview } from '../../src/lib/server/matching/staff';
import {
	createOrganisation as createOrganisationFromInput,
	DuplicateKvkError,
	similarOrganisations,
	updateOrganisation
} from '../../src/lib/server/organisations';
import { organisationProfileSchema } from '../../src/lib/schemas/organisation';
import { adminClient, anonClient, signedInUser } from './clients';
import { HELLENDOORN, createOrganisation, demoUser, loose, postListing, type User } from './fixtures';

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
/** Letters only: the search's words drop digits, and the word list keeps words of 3-40 letters. */
const letters = (n: number) =>
	Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

describe('suggest_search: "Bedoelde je ...?"', () => {
	let user: User;
	let org: string;
	let rare: string;

	beforeAll(async () => {
		user = await signedInUser('suggestie');
		org = await createOrganisation(user, 'Suggestie BV', 'business');
		// The typo below swaps letters 8 and 9: they differ (x, y), or the "typo" is the word itself.
		rare = `kwispel${letters(1)}xy${letters(3)}`;
		await postListing(user, org, {
			kind: 'offer',
			title: `Een nieuwe website voor je vereniging`,
			description: `Wij bouwen een website met ${rare} erin.`,
			category: 'expertise'
		});
	});

	it('corrects "webiste" to "website", which the search itself does not', async () => {
		expect(await suggestSearch(anonClient(), 'webiste', HELLENDOORN)).toBe('website');
		// Every other word stays as typed, in the typed order.
		expect(await suggestSearch(anonClient(), 'nieuwe webiste', HELLENDOORN)).toBe('nieuwe website');
	});

	it('suggests nothing for words it knows, or for an empty search', async () => {
		expect(await suggestSearch(anonClient(), 'website', HELLENDOORN)).toBeNull();
		expect(await suggestSearch(anonClient(), '   ', HELLENDOORN)).toBeNull();
	});

	it('prefers the word open listings use, and never shows a word of a draft', async () => {
		const typo = rare.slice(0, 8) + rare[9] + rare[8] + rare.slice(10);
		expect(await suggestSearch(anonClient(), typo, HELLENDOORN)).toBe(rare);

		const secret = `geheim${letters(1)}xy${letters(5)}`;
		const draft = await loose(user.client)
			.from('listings')
			.insert({
				kind: 'offer',
				title: `Concept met ${secret}`,
				description: 'Nog niet openbaar.',
				category: 'other',
				place: 'Nijverdal',
				latitude: 52.36,
				longitude: 6.4681,
				organisation_id: org,
				municipality_id: HELLENDOORN,
				created_by: user.userId,
				state: 'draft'
			})
			.select('id')
			.single();
		expect(draft.error).toBeNull();
		const secretTypo = secret.slice(0, 7) + secret[8] + secret[7] + secret.slice(9);
		// The word is in the (private) word list now, but no open listing uses it.
		expect(await suggestSearch(anonClient(), secretTypo, HELLENDOORN)).toBeNull();
		expect(await suggestSearch(user.client, secretTypo, HELLENDOORN)).toBeNull();
	});
});

describe('organisations: one per KvK number, similar names pointed out', () => {
	const profile = (name: string, kvk: string | null) =>
		organisationProfileSchema.parse({ name, kvk_number: kvk ?? '', description: '' });

	it('refuses a second organisation with the same KvK number in the municipality', async () => {
		const [first, second] = await Promise.all([signedInUser('kvk-een'), signedInUser('kvk-twee')]);
		const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
		await createOrganisationFromInput(
			first.client,
			first.userId,
			'business',
			profile(`Eerste ${stamp()}`, kvk)
		);
		await expect(
			createOrganisationFromInput(second.client, second.userId, 'business', profile(`Tweede ${stamp()}`, kvk))
		).rejects.toBeInstanceOf(DuplicateKvkError);

		// Straight into the table, past the app: the unique index refuses it too.
		const direct = await second.client
			.from('organisations')
			.insert({
				municipality_id: HELLENDOORN,
				kind: 'business',
				name: `Direct ${stamp()}`,
				slug: `direct-${stamp()}`,
				kvk_number: kvk,
				created_by: second.userId
			})
			.select('id')
			.single();
		expect(direct.error?.code).toBe('23505');

		// Nor may a profile take another organisation's number later.
		const own = await createOrganisationFromInput(
			second.client,
			second.userId,
			'business',
			profile(`Tweede ${stamp()}`, null)
		);
		await expect(
			updateOrganisation(second.client, { id: own.id, municipality_id: HELLENDOORN }, profile('Tweede', kvk))
		).rejects.toBeInstanceOf(DuplicateKvkError);

		// Another municipality may have an organisation with that number.
		const admin = adminClient();
		const other = await admin
			.from('municipalities')
			.insert({ slug: `elders-${stamp()}`, name: 'Elders' })
			.select('id')
			.single();
		expect(other.error).toBeNull();
		const elsewhere = await admin
			.from('organisations')
			.insert({
				municipality_id: other.data!.id,
				kind: 'business',
				name: 'Elders BV',
				slug: `elders-bv-${stamp()}`,
				kvk_number: kvk
			})
			.select('id')
			.single();
		expect(elsewhere.error).toBeNull();
	});

	it('finds the same name apart from case, spaces and punctuation, a similar name and the same KvK number', async () => {
		const founder = await signedInUser('gelijk');
		const word = letters(7);
		const kvk = String(10_000_000 + Math.floor(Math.random() * 89_999_999));
		const name = `Regge ${word} ICT`;
		await createOrganisationFromInput(founder.client, founder.userId, 'business', profile(name, kvk));

		const look = (n: string, k: string | null = null) =>
			similarOrganisations(anonClient(), HELLENDOORN, n, k).then((list) =>
				list.filter((o) => o.name === name)
			);
		expect(await look(`regge-${word}-ict`)).toEqual([
			expect.objectContaining({ name, sameName: true, sameKvkNumber: false })
		]);
		expect(await look(`Regge ${word} ICT B.V.`)).toEqual([
			expect.objectContaining({ name, sameName: false, sameKvkNumber: false })
		]);
		expect(await look('Heel iets anders', kvk)).toEqual([
			expect.objectContaining({ name, sameName: false, sameKvkNumber: true })
		]);
		expect(await look(`Sportclub ${letters(7)}`)).toEqual([]);
	});
});

describe('invitations to members', () => {
	let owner: User;
	let colleague: User;
	let org: string;
	const orgRef = () => ({ id: org, municipality_id: HELLENDOORN });

	beforeAll(async () => {
		[owner, colleague] = await Promise.all([signedInUser('eigenaar'), signedInUser('collega')]);
		org = await createOrganisation(owner, 'Uitnodigtest', 'voluntary');
		const invited = await createInvitation(owner.client, {
			organisation: orgRef(),
			email: colleague.email,
			role: 'member',
			invitedBy: owner.userId
		});
		if (!invited.ok) throw new Error(invited.reason);
		const accepted = await acceptInvitation(colleague.client, invited.id, colleague.userId);
		expect(accepted).toEqual({ ok: true, organisationId: org, alreadyMember: false });
	});

	it('refuses inviting yourself, in the domain and in the database', async () => {
		expect(
			await createInvitation(owner.client, {
				organisation: orgRef(),
				email: owner.email.toUpperCase(),
				role: 'member',
				invitedBy: owner.userId,
				inviterEmail: owner.email
			})
		).toEqual({ ok: false, reason: 'self' });
		// Without the domain's check the database's invitation guard refuses it.
		expect(
			await createInvitation(owner.client, {
				organisation: orgRef(),
				email: owner.email,
				role: 'member',
				invitedBy: owner.userId
			})
		).toEqual({ ok: false, reason: 'already_member' });
		const direct = await owner.client.from('invitations').insert({
			organisation_id: org,
			municipality_id: HELLENDOORN,
			email: owner.email,
			invited_by: owner.userId
		});
		expect(direct.error?.hint).toBe('already_member');
	});

	it('refuses inviting the address of another member', async () => {
		expect(
			await createInvitation(owner.client, {
				organisation: orgRef(),
				email: colleague.email,
				role: 'owner',
				invitedBy: owner.userId,
				inviterEmail: owner.email
			})
		).toEqual({ ok: false, reason: 'already_member' });
	});

	it('says "already a member" when an older invitation is accepted by a member', async () => {
		// Written by the service role (past the guard), as an invitation sent before joining would be.
		const { data, error } = await adminClient()
			.from('invitations')
			.insert({ organisation_id: org, municipality_id: HELLENDOORN, email: colleague.email })
			.select('id')
			.single();
		expect(error).toBeNull();
		expect(await acceptInvitation(colleague.client, data!.id, colleague.userId)).toEqual({
			ok: true,
			organisationId: org,
			alreadyMember: true
		});
	});
});

describe('staff_proposals: the matchmaker console filtered and paged', () => {
	let matchmaker: Awaited<ReturnType<typeof demoUser>>;
	const place = `Filterdorp ${stamp()}`;

	beforeAll(async () => {
		matchmaker = await demoUser('matchmaker@hellendoorn.demo');
		const [business, voluntary] = await Promise.all([signedInUser('filter-bv'), signedInUser('filter-ver')]);
		const [businessOrg, voluntaryOrg] = await Promise.all([
			createOrganisation(business, 'Filter BV', 'business'),
			createOrganisation(voluntary, 'Filtervereniging', 'voluntary')
		]);
		const listing = async (
			user: User,
			orgId: string,
			kind: 'offer' | 'request',
			category: 'facilities' | 'hands'
		) => {
			const { data, error } = await loose(user.client)
				.from('listings')
				.insert({
					kind,
					category,
					title: `Filtertest ${kind} ${category}`,
					description: 'Voor de filters van de matchmaker.',
					place,
					latitude: 52.43,
					longitude: 6.5,
					organisation_id: orgId,
					municipality_id: HELLENDOORN,
					created_by: user.userId,
					state: 'open'
				})
				.select('id')
				.single();
			if (error) throw error;
			return (data as { id: string }).id;
		};
		const request = await listing(voluntary, voluntaryOrg, 'request', 'facilities');
		const strongOffer = await listing(business, businessOrg, 'offer', 'facilities');
		const weakOffer = await listing(business, businessOrg, 'offer', 'hands');
		const rows = [
			{ offer: strongOffer, score: 0.81 },
			{ offer: weakOffer, score: 0.45 }
		].map((p) => ({
			municipality_id: HELLENDOORN,
			request_id: request,
			offer_id: p.offer,
			request_organisation_id: voluntaryOrg,
			offer_organisation_id: businessOrg,
			score: p.score
		}));
		const inserted = await adminClient().from('match_proposals').insert(rows);
		expect(inserted.error).toBeNull();
		const pinned = await matchmaker.client.from('matchmaker_decisions').insert({
			request_id: request,
			offer_id: weakOffer,
			municipality_id: HELLENDOORN,
			decision: 'pin',
			decided_by: matchmaker.userId
		});
		expect(pinned.error).toBeNull();
	});

	const load = (filters: Partial<Parameters<typeof loadOverview>[3]> = {}) =>
		loadOverview(matchmaker.client, HELLENDOORN, 'nl', {
			category: null,
			place,
			band: null,
			decision: null,
			page: 1,
			...filters
		});

	it('filters by place, score band, decision and category, pinned first', async () => {
		const all = await load();
		expect(all.proposals.map((p) => p.score)).toEqual([0.45, 0.81]);
		expect(all.proposals[0].decision).toBe('pin');
		expect((await load({ band: 'strong' })).proposals.map((p) => p.score)).toEqual([0.81]);
		expect((await load({ band: 'possible' })).proposals.map((p) => p.score)).toEqual([0.45]);
		expect((await load({ decision: 'pin' })).proposals.map((p) => p.score)).toEqual([0.45]);
		expect((await load({ decision: 'none' })).proposals.map((p) => p.score)).toEqual([0.81]);
		expect((await load({ decision: 'veto' })).proposals).toEqual([]);
		// Either side's category: the request asks for facilities, so both pairs have it.
		expect((await load({ category: 'facilities' })).total).toBe(2);
		expect((await load({ category: 'hands' })).proposals.map((p) => p.score)).toEqual([0.45]);
		expect((await load({ category: 'materials' })).total).toBe(0);
	});

	it('pages by 25 and counts every match', async () => {
		const everything = await load({ place: null });
		expect(everything.proposals.length).toBeLessThanOrEqual(25);
		expect(everything.pages).toBe(Math.max(1, Math.ceil(everything.total / 25)));
		const past = await load({ page: 2 });
		expect(past.proposals).toEqual([]);
		expect(past.total).toBe(0);
	});

	it('shows nothing to someone who is not staff', async () => {
		const outsider = await signedInUser('geen-staf');
		const { data, error } = await outsider.client.rpc('staff_proposals', { p_municipality: HELLENDOORN });
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});
});
