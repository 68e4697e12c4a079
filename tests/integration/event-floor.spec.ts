// The beursvloer on the day, through the real stack: a form recorded under the tablet's id is
// recorded once however often (and however concurrently) it is sent; a returned form sent again
// is corrected; the notaris's ratification is exactly one agreed deal with the edition, corner
// and value, and mails both parties; a refusal keeps the form waiting; only the municipality's
// staff record and decide.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { socialValue } from '../../src/lib/deals';
import type { FloorForm } from '../../src/lib/floor';
import { getDeal, respondToDeal, startDeal } from '../../src/lib/server/deals';
import { deliverDue } from '../../src/lib/server/email/outbox';
import { editionResults } from '../../src/lib/server/events/results';
import { renewScoreboardToken } from '../../src/lib/server/events/scoreboard';
import { readScoreboard } from '../../src/lib/server/events/scoreboard/read';
import {
	decideMatch,
	floorParties,
	listMatches,
	proposalsBetween,
	recordMatch,
	searchParties
} from '../../src/lib/server/floor';
import { anonClient, signedInUser } from './clients';
import { dealWorld, type DealWorld } from './deals-world';
import { demoUser } from './fixtures';

let w: DealWorld;
let edition: string;
let corner: string;
let otherAdmin: Awaited<ReturnType<typeof demoUser>>;

const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.value;
};

const form = (over: Partial<FloorForm> = {}): FloorForm => ({
	id: randomUUID(),
	cornerId: corner,
	giverId: w.orgs.business,
	receiverId: w.orgs.club,
	offerId: null,
	requestId: null,
	proposalId: null,
	category: 'hands',
	whatGiven: 'Twee schilders voor het clubhuis',
	inReturn: 'Een optreden op de open dag',
	quantity: null,
	hoursHands: 12,
	hoursExpertise: 2.5,
	hoursStudents: 0,
	materialsValue: 150,
	otherCosts: 0,
	recordedAt: new Date().toISOString(),
	...over
});

beforeAll(async () => {
	w = await dealWorld('floor');
	// The admin of the demo municipality (Hellendoorn) is staff elsewhere, not in this world.
	otherAdmin = await demoUser('admin@hellendoorn.demo');
	const { data: e, error } = await w.admin
		.from('event_editions')
		.insert({
			municipality_id: w.municipalityId,
			title: 'Beursvloer vloertest',
			event_date: new Date().toISOString().slice(0, 10),
			starts_at: '19:30',
			ends_at: '21:00',
			venue: 'Dorpshuis'
		})
		.select('id')
		.single();
	if (error) throw error;
	edition = e.id;
	const { data: c, error: ce } = await w.admin
		.from('event_corners')
		.insert({ edition_id: edition, municipality_id: w.municipalityId, name: 'Helpende handen', position: 0 })
		.select('id')
		.single();
	if (ce) throw ce;
	corner = c.id;
	const reg = await w.admin.from('event_registrations').insert({
		edition_id: edition,
		organisation_id: w.orgs.third,
		municipality_id: w.municipalityId,
		people: 1
	});
	if (reg.error) throw reg.error;
});

describe('recording', () => {
	it('a replay of the same id gives one form, also five concurrent sends', async () => {
		const staff = w.people.staff.client;
		const f = form();
		const first = must(await recordMatch(staff, edition, f));
		expect(first).toMatchObject({ id: f.id, state: 'submitted' });
		must(await recordMatch(staff, edition, { ...f, whatGiven: 'Iets anders' }));
		const g = form();
		const answers = await Promise.all(Array.from({ length: 5 }, () => recordMatch(staff, edition, g)));
		expect(answers.every((a) => a.ok && a.value.id === g.id)).toBe(true);
		const mine = await listMatches(staff, edition, { ids: [f.id, g.id] });
		expect(mine.map((m) => m.id).sort()).toEqual([f.id, g.id].sort());
		expect(mine.find((m) => m.id === f.id)).toMatchObject({
			whatGiven: 'Twee schilders voor het clubhuis',
			giverName: 'Deal Bouw',
			receiverName: 'Deal Vereniging',
			cornerName: 'Helpende handen'
		});
	});

	it('a returned form sent again under its id is corrected and waits for the notaris again', async () => {
		const staff = w.people.staff.client;
		const f = form();
		must(await recordMatch(staff, edition, f));
		expect(await decideMatch(staff, f.id, { ratify: false, remark: '' })).toMatchObject({
			ok: false,
			reason: 'remark_required'
		});
		const back = must(await decideMatch(staff, f.id, { ratify: false, remark: 'Uren kloppen niet' }));
		expect(back).toMatchObject({ state: 'returned', remark: 'Uren kloppen niet', dealId: null });
		const again = must(await recordMatch(staff, edition, { ...f, hoursHands: 6 }));
		expect(again.state).toBe('submitted');
		const [stored] = await listMatches(staff, edition, { ids: [f.id] });
		expect(stored).toMatchObject({ state: 'submitted', hoursHands: 6 });
	});

	it('refuses parties of another municipality and a listing that is not the giver’s', async () => {
		const staff = w.people.staff.client;
		const { data: foreign } = await w.admin
			.from('organisations')
			.select('id')
			.neq('municipality_id', w.municipalityId)
			.limit(1)
			.single();
		expect(await recordMatch(staff, edition, form({ receiverId: foreign!.id }))).toMatchObject({
			ok: false,
			reason: 'party_not_found'
		});
		const clubOffer = await w.listing(w.people.clubOwner, w.orgs.club, {
			kind: 'offer',
			title: 'Zaal te leen'
		});
		expect(await recordMatch(staff, edition, form({ offerId: clubOffer }))).toMatchObject({
			ok: false,
			reason: 'listing_mismatch'
		});
	});

	it('a non-staff user and another municipality’s admin are refused, and read no forms', async () => {
		const f = form();
		const outsider = await signedInUser('floor-outsider');
		for (const client of [w.people.bizOwner.client, outsider.client, otherAdmin.client]) {
			expect(await recordMatch(client, edition, f)).toMatchObject({ ok: false, reason: 'not_found' });
		}
		must(await recordMatch(w.people.staff.client, edition, f));
		for (const client of [w.people.bizOwner.client, otherAdmin.client]) {
			expect(await listMatches(client, edition)).toEqual([]);
			expect(await decideMatch(client, f.id, { ratify: true })).toMatchObject({
				ok: false,
				reason: 'not_found'
			});
		}
		const [still] = await listMatches(w.people.staff.client, edition, { ids: [f.id] });
		expect(still.state).toBe('submitted');
	});
});

describe('the notaris', () => {
	it('ratifying makes exactly one agreed deal with edition, corner and value; both parties are mailed', async () => {
		const staff = w.people.staff.client;
		const f = form({ whatGiven: 'Schilderwerk voor de kantine' });
		must(await recordMatch(staff, edition, f));
		// Two notarissen tapping at once decide once.
		const [a, b] = await Promise.all([
			decideMatch(staff, f.id, { ratify: true }, w.mail),
			decideMatch(staff, f.id, { ratify: true }, w.mail)
		]);
		const dealId = must(a).dealId;
		expect(must(b).dealId).toBe(dealId);
		const { data: deals } = await w.admin
			.from('deals')
			.select('id, state, event_edition_id, event_corner_id, hours_hands, materials_value, rate_id')
			.eq('giver_organisation_id', w.orgs.business)
			.eq('what_given', 'Schilderwerk voor de kantine');
		expect(deals).toHaveLength(1);
		expect(deals![0]).toMatchObject({
			id: dealId,
			state: 'agreed',
			event_edition_id: edition,
			event_corner_id: corner
		});
		const { data: rate } = await w.admin
			.from('municipality_rates')
			.select('hands_rate, expertise_rate, students_rate')
			.eq('id', deals![0].rate_id!)
			.single();
		const expected = socialValue(
			{ hoursHands: 12, hoursExpertise: 2.5, hoursStudents: 0, materialsValue: 150, otherCosts: 0 },
			{
				hands: Number(rate!.hands_rate),
				expertise: Number(rate!.expertise_rate),
				students: Number(rate!.students_rate)
			}
		).total;
		expect(expected).toBeGreaterThan(150);
		const deal = await getDeal(staff, dealId!);
		expect(deal?.socialValue.total).toBe(expected);

		// The agreed emails are in the outbox for both parties (once, however often decided).
		const { data: outbox } = await w.admin
			.from('email_outbox')
			.select('id, to_address')
			.eq('kind', 'deal_agreed')
			.like('idempotency_key', `deal_agreed/${dealId}/%`);
		const addresses = outbox!.map((m) => m.to_address);
		expect(addresses).toContain(w.contacts.business.email);
		expect(addresses).toContain(w.contacts.club.email);
		expect(new Set(addresses).size).toBe(addresses.length);
		await deliverDue(w.mail.outbox, { ids: outbox!.map((m) => m.id) });
		const [stored] = await listMatches(staff, edition, { ids: [f.id] });
		expect(stored).toMatchObject({ state: 'ratified', dealId });
	});

	it('a quantity refusal keeps the form waiting, with the refusal in Dutch', async () => {
		const staff = w.people.staff.client;
		const offer = await w.listing(w.people.bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Tien klapstoelen',
			category: 'materials',
			quantity: 10
		});
		const f = form({ offerId: offer, category: 'materials', quantity: 11, whatGiven: 'Elf klapstoelen' });
		must(await recordMatch(staff, edition, f));
		const refused = await decideMatch(staff, f.id, { ratify: true }, w.mail);
		expect(refused).toMatchObject({ ok: false, reason: 'insufficient_quantity' });
		expect(!refused.ok && refused.messages.nl).toContain('niet genoeg');
		const [stored] = await listMatches(staff, edition, { ids: [f.id] });
		expect(stored).toMatchObject({ state: 'submitted', dealId: null });
	});
});

describe('a deal agreed before the day', () => {
	it('ratified at the floor, it counts once on the scoreboard and in the results; a second form is refused', async () => {
		const staff = w.people.staff.client;
		const [offer, request] = await Promise.all([
			w.listing(w.people.bizOwner, w.orgs.business, { kind: 'offer', title: 'Een bestelbus voor een dag' }),
			w.listing(w.people.clubOwner, w.orgs.club, { kind: 'request', title: 'Vervoer voor de rommelmarkt' })
		]);
		const started = must(await startDeal(w.people.clubOwner.client, { offerId: offer, requestId: request }));
		must(await respondToDeal(w.people.bizOwner.client, started.id, { accept: true, message: 'Prima' }));
		const token = await renewScoreboardToken(staff, edition);
		const tally = async () => {
			const board = (await readScoreboard(anonClient(), token!))!;
			const results = (await editionResults(staff, edition))!;
			return { board: board.matches, results: results.totals.matches };
		};
		const before = await tally();
		expect(before.board).toBe(before.results);

		const f = form({ offerId: offer, requestId: request, whatGiven: 'De bestelbus op zaterdag' });
		must(await recordMatch(staff, edition, f));
		expect(must(await decideMatch(staff, f.id, { ratify: true }, w.mail)).dealId).toBe(started.id);
		const { data: deal } = await w.admin
			.from('deals')
			.select('state, event_edition_id, event_corner_id')
			.eq('id', started.id)
			.single();
		expect(deal).toEqual({ state: 'agreed', event_edition_id: edition, event_corner_id: corner });
		expect(await tally()).toEqual({ board: before.board + 1, results: before.results + 1 });

		// The same match written down twice: the second form cannot count it again.
		const twice = form({ offerId: offer, requestId: request, whatGiven: 'Bestelbus (dubbel)' });
		must(await recordMatch(staff, edition, twice));
		const refused = await decideMatch(staff, twice.id, { ratify: true }, w.mail);
		expect(refused).toMatchObject({ ok: false, reason: 'already_ratified' });
		expect(!refused.ok && refused.messages.nl).toContain('al bekrachtigd');
		const [stored] = await listMatches(staff, edition, { ids: [twice.id] });
		expect(stored).toMatchObject({ state: 'submitted', dealId: null });
		expect(await tally()).toEqual({ board: before.board + 1, results: before.results + 1 });
	});
});

describe('finding parties', () => {
	it('two letters find a party, registered organisations first; proposals between two parties', async () => {
		const staff = w.people.staff.client;
		const all = await floorParties(staff, w.municipalityId, edition);
		expect(all[0]).toMatchObject({ id: w.orgs.third, registered: true });
		const found = await searchParties(staff, w.municipalityId, edition, 'de');
		expect(found.map((p) => p.id)).toEqual([w.orgs.third, w.orgs.business, w.orgs.club]);
		expect((await searchParties(staff, w.municipalityId, edition, 've')).map((p) => p.id)).toEqual([
			w.orgs.club
		]);
		expect(await proposalsBetween(staff, w.orgs.business, w.orgs.club)).toEqual([]);
		const [offer, request] = await Promise.all([
			w.listing(w.people.bizOwner, w.orgs.business, { kind: 'offer', title: 'Steigers uitlenen' }),
			w.listing(w.people.clubOwner, w.orgs.club, { kind: 'request', title: 'Steiger voor de gevel' })
		]);
		const { data: p, error } = await w.admin
			.from('match_proposals')
			.insert({
				municipality_id: w.municipalityId,
				offer_id: offer,
				request_id: request,
				offer_organisation_id: w.orgs.business,
				request_organisation_id: w.orgs.club,
				score: 0.8
			})
			.select('id')
			.single();
		if (error) throw error;
		expect(await proposalsBetween(staff, w.orgs.business, w.orgs.club)).toEqual([
			{ id: p.id, offerId: offer, requestId: request, score: 0.8 }
		]);
		expect(await proposalsBetween(staff, w.orgs.club, w.orgs.business)).toEqual([]);
	});
});
