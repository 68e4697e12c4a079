// The deal lifecycle through the real stack: started from a proposal or a listing, answered,
// the matchformulier edited and frozen, agreed, carried out; declined; cancelled. The history,
// the contact details (refused before agreement and to third parties), the listing turning
// matched and leaving the proposals, and the emails in the mail sink.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	activeDealsByPair,
	dealPairKey,
	getDeal,
	listDealsForListing,
	listDealsForMunicipality,
	listDealsForOrganisation,
	respondToDeal,
	sendDealEmails,
	startCycleDeals,
	startDeal,
	transitionDeal,
	updateDealContact,
	updateDealForm,
	type DealForm
} from '../../src/lib/server/deals';
import { inbox } from './clients';
import { demoUser, HELLENDOORN } from './fixtures';
import { dealWorld, type DealWorld } from './deals-world';

let w: DealWorld;

const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.value;
};

async function contactsSeenBy(client: DealWorld['people']['bizOwner']['client'], dealId: string) {
	const { data, error } = await client
		.from('deal_contacts')
		.select('organisation_id, name, email, phone')
		.eq('deal_id', dealId);
	if (error) throw error;
	return data;
}

describe('deals', () => {
	beforeAll(async () => {
		w = await dealWorld('lifecycle');
	});

	it('runs from a proposal to carried out, with history, frozen form, contacts after agreement and emails', async () => {
		const { bizOwner, clubOwner, thirdOwner, staff } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Schilders voor een zaterdag',
			estimated_hours: 16,
			wants_in_return: 'Een vermelding op de website'
		});
		const request = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Hulp bij het schilderen van de kantine',
			can_offer_in_return: 'Een optreden bij jullie open dag'
		});
		const { error: pe } = await w.admin.rpc('replace_match_proposals', {
			p_municipality: w.municipalityId,
			p_proposals: [{ request, offer, score: 0.9, reasons: [] }]
		});
		expect(pe).toBeNull();
		const { data: proposal } = await w.admin
			.from('match_proposals')
			.select('id')
			.eq('offer_id', offer)
			.eq('request_id', request)
			.single();

		// "Dit past bij ons": the club starts from the proposal.
		const started = must(
			await startDeal(clubOwner.client, { proposalId: proposal!.id, message: 'Wij willen graag!' }, w.mail)
		);
		expect(started).toMatchObject({ state: 'interested', created: true });
		const dealId = started.id;

		let deal = (await getDeal(clubOwner.client, dealId, clubOwner.userId))!;
		expect(deal.giver.organisationId).toBe(w.orgs.business);
		expect(deal.receiver.organisationId).toBe(w.orgs.club);
		expect(deal.receiver.acceptedAt).not.toBeNull();
		expect(deal.giver.acceptedAt).toBeNull();
		expect(deal.form).toMatchObject({
			category: 'hands',
			whatGiven: 'Schilders voor een zaterdag',
			inReturn: 'Een optreden bij jullie open dag',
			hoursHands: 16
		});
		expect(deal.myOrganisationId).toBe(w.orgs.club);
		expect(deal.socialValue.total).toBe(16 * 50);

		// The business got an email about it, at its contact address.
		const started_mail = await inbox(w.contacts.business.email);
		expect(started_mail.some((m) => m.subject.includes('Deal Vereniging'))).toBe(true);

		// Before agreement nobody sees the other party's contact person, nor does a third organisation.
		expect((await contactsSeenBy(clubOwner.client, dealId)).map((c) => c.organisation_id)).toEqual([
			w.orgs.club
		]);
		expect(await contactsSeenBy(bizOwner.client, dealId)).toEqual([]);
		expect(await contactsSeenBy(thirdOwner.client, dealId)).toEqual([]);
		expect(await contactsSeenBy(staff.client, dealId)).toEqual([]);
		expect(await getDeal(thirdOwner.client, dealId)).toBeNull();

		// The business edits the form: the club's yes is cleared (it agreed to another text).
		const form: DealForm = {
			...deal.form,
			hoursHands: 12,
			hoursExpertise: 2,
			materialsValue: 150,
			otherCosts: 25
		};
		must(await updateDealForm(bizOwner.client, dealId, form));
		deal = (await getDeal(bizOwner.client, dealId))!;
		expect(deal.receiver.acceptedAt).toBeNull();
		expect(deal.socialValue.total).toBe(12 * 50 + 2 * 80 + 150 + 25);
		// A third organisation cannot edit it.
		const third = await updateDealForm(thirdOwner.client, dealId, { ...form, hoursHands: 99 });
		expect(third).toMatchObject({ ok: false, reason: 'not_found' });

		// The business accepts: it waits for the club again.
		const a1 = must(
			await respondToDeal(bizOwner.client, dealId, { accept: true, message: 'Prima zo' }, w.mail)
		);
		expect(a1).toMatchObject({ state: 'interested', changed: true });
		const answered = await inbox(w.contacts.club.email);
		expect(answered.some((m) => m.subject.includes('geaccepteerd'))).toBe(true);
		// Accepting twice changes nothing.
		expect(must(await respondToDeal(bizOwner.client, dealId, { accept: true }))).toMatchObject({
			changed: false
		});

		const a2 = must(
			await respondToDeal(clubOwner.client, dealId, { accept: true, message: 'Afgesproken!' }, w.mail)
		);
		expect(a2).toMatchObject({ state: 'agreed', changed: true });

		deal = (await getDeal(staff.client, dealId))!;
		expect(deal.state).toBe('agreed');
		expect(deal.agreedAt).not.toBeNull();
		expect(deal.rates?.hands).toBe(50);
		// Default deadline: a year after agreement.
		expect(deal.form.deadline).toBe(
			`${Number(deal.agreedAt!.slice(0, 4)) + 1}${new Date(deal.agreedAt!).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(4)}`
		);

		// From agreement on: both parties and staff see both contact persons; the third nobody.
		for (const who of [bizOwner, clubOwner, staff]) {
			const seen = await contactsSeenBy(who.client, dealId);
			expect(seen.map((c) => c.organisation_id).sort()).toEqual([w.orgs.business, w.orgs.club].sort());
		}
		const seenByBiz = await contactsSeenBy(bizOwner.client, dealId);
		expect(seenByBiz.find((c) => c.organisation_id === w.orgs.club)).toMatchObject({
			email: w.contacts.club.email,
			phone: w.contacts.club.phone
		});
		expect(await contactsSeenBy(thirdOwner.client, dealId)).toEqual([]);

		// The agreed emails went to both, with the form as text and a link.
		for (const address of [w.contacts.business.email, w.contacts.club.email]) {
			const agreed = (await inbox(address)).find((m) => m.subject.startsWith('Match afgesproken'));
			expect(agreed?.text).toContain('Tegenprestatie: Een optreden bij jullie open dag');
			expect(agreed?.text).toContain(`https://beursvloer.example/deals/${dealId}`);
			expect(agreed?.text).toContain('Maatschappelijke waarde');
		}

		// One email per party and event: sending the agreement again stores nothing new.
		await sendDealEmails(w.mail, dealId, 'deal_agreed');
		const { data: agreedMail } = await w.admin
			.from('email_outbox')
			.select('to_address, status')
			.eq('kind', 'deal_agreed')
			.like('idempotency_key', `deal_agreed/${dealId}/%`);
		expect(agreedMail!.map((m) => m.to_address).sort()).toEqual(
			[w.contacts.business.email, w.contacts.club.email].sort()
		);
		expect(agreedMail!.every((m) => m.status === 'sent')).toBe(true);

		// Frozen after agreement.
		expect(await updateDealForm(bizOwner.client, dealId, { ...form, hoursHands: 40 })).toMatchObject({
			ok: false,
			reason: 'frozen'
		});
		// Own contact person can still be kept up to date.
		must(
			await updateDealContact(bizOwner.client, dealId, w.orgs.business, {
				name: 'Jan Schilder',
				email: 'jan@dealbouw.test',
				phone: '06 12345678'
			})
		);
		expect(
			(await contactsSeenBy(clubOwner.client, dealId)).find((c) => c.organisation_id === w.orgs.business)
		).toMatchObject({
			name: 'Jan Schilder'
		});

		// Both listings without a quantity: matched, and their proposal is gone.
		const { data: listings } = await w.admin.from('listings').select('id, state').in('id', [offer, request]);
		expect(listings!.map((l) => l.state)).toEqual(['matched', 'matched']);
		const { count } = await w.admin
			.from('match_proposals')
			.select('*', { count: 'exact', head: true })
			.in('offer_id', [offer]);
		expect(count).toBe(0);

		must(await transitionDeal(clubOwner.client, dealId, { to: 'in_progress', reason: 'We zijn begonnen' }));
		// A third organisation cannot move it.
		expect(await transitionDeal(thirdOwner.client, dealId, { to: 'cancelled' })).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		// Staff record the follow-up answer.
		must(await transitionDeal(staff.client, dealId, { to: 'carried_out', reason: 'Telefonisch bevestigd' }));
		expect(await transitionDeal(bizOwner.client, dealId, { to: 'in_progress' })).toMatchObject({
			ok: false,
			reason: 'invalid_transition'
		});

		deal = (await getDeal(bizOwner.client, dealId))!;
		expect(deal.state).toBe('carried_out');
		expect(deal.closedAt).not.toBeNull();
		expect(deal.history.map((e) => [e.action, e.fromState, e.toState])).toEqual([
			['started', null, 'interested'],
			['accepted', 'interested', 'interested'],
			['agreed', 'interested', 'agreed'],
			['state_changed', 'agreed', 'in_progress'],
			['state_changed', 'in_progress', 'carried_out']
		]);
		expect(deal.history[0]).toMatchObject({
			message: 'Wij willen graag!',
			actorId: clubOwner.userId,
			actorOrganisationId: w.orgs.club
		});
		expect(deal.history[4]).toMatchObject({
			actorId: staff.userId,
			actorOrganisationId: null,
			message: 'Telefonisch bevestigd'
		});
		// Readable by both parties and staff, not by a third organisation.
		const { data: thirdHistory } = await thirdOwner.client
			.from('deal_events')
			.select('id')
			.eq('deal_id', dealId);
		expect(thirdHistory).toEqual([]);

		expect((await listDealsForListing(bizOwner.client, offer)).map((d) => d.id)).toEqual([dealId]);
		expect(await listDealsForListing(thirdOwner.client, offer)).toEqual([]);
		const mine = await listDealsForOrganisation(clubOwner.client, w.orgs.club);
		expect(mine.map((d) => d.id)).toContain(dealId);
		const all = await listDealsForMunicipality(staff.client, w.municipalityId);
		expect(all.map((d) => d.id)).toContain(dealId);
		expect(await listDealsForMunicipality(thirdOwner.client, w.municipalityId)).toEqual([]);
	});

	it('declines with a message, and the listing stays open', async () => {
		const { bizOwner, clubOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, { kind: 'offer', title: 'Een busje te leen' });
		const started = must(
			await startDeal(clubOwner.client, { offerId: offer, message: 'Mogen wij het busje lenen?' }, w.mail)
		);
		const declined = must(
			await respondToDeal(
				bizOwner.client,
				started.id,
				{ accept: false, message: 'Helaas, al verhuurd' },
				w.mail
			)
		);
		expect(declined).toMatchObject({ state: 'declined', changed: true });
		const deal = (await getDeal(clubOwner.client, started.id))!;
		expect(deal.history.at(-1)).toMatchObject({
			action: 'declined',
			message: 'Helaas, al verhuurd',
			actorOrganisationId: w.orgs.business
		});
		expect((await inbox(w.contacts.club.email)).some((m) => m.subject.includes('afgewezen'))).toBe(true);
		const { data: l } = await w.admin.from('listings').select('state').eq('id', offer).single();
		expect(l!.state).toBe('open');
		// A declined deal cannot be accepted afterwards.
		expect(await respondToDeal(clubOwner.client, started.id, { accept: true })).toMatchObject({
			ok: false,
			reason: 'invalid_transition'
		});
		// ...but the pair may start again; a no from the side that started it withdraws it.
		const again = must(await startDeal(clubOwner.client, { offerId: offer }));
		expect(again).toMatchObject({ created: true });
		const withdrawn = must(
			await respondToDeal(clubOwner.client, again.id, { accept: false, message: 'Toch niet nodig' }, w.mail)
		);
		expect(withdrawn).toMatchObject({ state: 'cancelled', changed: true });
		expect((await inbox(w.contacts.business.email)).some((m) => m.subject.includes('ingetrokken'))).toBe(
			true
		);
	});

	it('lists the running deals by pair for the proposals page, only to their parties', async () => {
		const { bizOwner, clubOwner, thirdOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Laptops voor de club'
		});
		const request = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Computers voor het clubhuis'
		});
		const pair = dealPairKey(request, offer);
		expect((await activeDealsByPair(clubOwner.client, [w.orgs.club])).has(pair)).toBe(false);
		const started = must(await startDeal(clubOwner.client, { offerId: offer, requestId: request }));

		for (const [person, org] of [
			[clubOwner, w.orgs.club],
			[bizOwner, w.orgs.business]
		] as const) {
			expect((await activeDealsByPair(person.client, [org])).get(pair)).toEqual({
				id: started.id,
				state: 'interested'
			});
		}
		// A third organisation neither sees it nor can ask for the parties' deals.
		expect((await activeDealsByPair(thirdOwner.client, [w.orgs.third])).has(pair)).toBe(false);
		expect((await activeDealsByPair(thirdOwner.client, [w.orgs.club, w.orgs.business])).has(pair)).toBe(
			false
		);
		// Not a uuid: nothing, rather than a broken filter.
		expect((await activeDealsByPair(clubOwner.client, ['x),state.eq.cancelled'])).size).toBe(0);

		// Withdrawn: over, so the pair may be proposed and started again.
		must(await respondToDeal(clubOwner.client, started.id, { accept: false }));
		expect((await activeDealsByPair(clubOwner.client, [w.orgs.club])).has(pair)).toBe(false);
	});

	it('cancels an agreed deal, which reopens the listing', async () => {
		const { bizOwner, clubOwner } = w.people;
		const request = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Een boekhouder voor een avond',
			category: 'expertise'
		});
		// Markeren als gematcht: the club records a match with the business, which confirms.
		const started = must(
			await startDeal(clubOwner.client, { requestId: request, counterpartyOrganisationId: w.orgs.business })
		);
		expect(must(await respondToDeal(bizOwner.client, started.id, { accept: true }))).toMatchObject({
			state: 'agreed'
		});
		expect((await w.admin.from('listings').select('state').eq('id', request).single()).data!.state).toBe(
			'matched'
		);
		must(await transitionDeal(bizOwner.client, started.id, { to: 'cancelled', reason: 'Geen tijd meer' }));
		expect((await w.admin.from('listings').select('state').eq('id', request).single()).data!.state).toBe(
			'open'
		);
		const deal = (await getDeal(clubOwner.client, started.id))!;
		expect(deal.history.at(-1)).toMatchObject({
			fromState: 'agreed',
			toState: 'cancelled',
			message: 'Geen tijd meer'
		});
	});

	it('the demo seed holds deals in every state, each with its history', async () => {
		const staff = await demoUser('matchmaker@hellendoorn.demo');
		const deals = await listDealsForMunicipality(staff.client, HELLENDOORN, { limit: 500 });
		const seeded = deals.filter((d) => d.id.startsWith('d0000000-'));
		expect(new Set(seeded.map((d) => d.state))).toEqual(
			new Set(['interested', 'agreed', 'in_progress', 'carried_out', 'not_feasible', 'cancelled', 'declined'])
		);
		for (const d of seeded) {
			const detail = (await getDeal(staff.client, d.id))!;
			expect(detail.history.length).toBeGreaterThan(0);
			expect([d.id, detail.history.at(-1)!.toState]).toEqual([d.id, d.state]);
			expect(detail.history[0].action).toBe('started');
		}
		// The bakery (demo account bakker@) sees its own deals, with the other side's contact once agreed.
		const bakker = await demoUser('bakker@hellendoorn.demo');
		const agreed = (await getDeal(bakker.client, 'd0000000-0000-4000-8000-000000000002', bakker.userId))!;
		expect(agreed.state).toBe('agreed');
		expect(agreed.contacts.map((c) => c.name).sort()).toEqual(['Gerrit Nijhuis', 'Ria Hofman']);
		expect(agreed.socialValue.total).toBe(3 * 80 + 25);
		const interested = (await getDeal(bakker.client, 'd0000000-0000-4000-8000-000000000001'))!;
		expect(interested.contacts).toEqual([]);
	});

	it('refuses a start for someone else, with oneself or without the other party', async () => {
		const { bizOwner, thirdOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Vergaderruimte voor een avond'
		});
		expect(await startDeal(bizOwner.client, { offerId: offer })).toMatchObject({
			ok: false,
			reason: 'counterparty_required'
		});
		expect(
			await startDeal(bizOwner.client, { offerId: offer, counterpartyOrganisationId: w.orgs.business })
		).toMatchObject({ ok: false, reason: 'same_organisation' });
		expect(await startDeal(thirdOwner.client, { offerId: offer, organisationId: w.orgs.club })).toMatchObject(
			{ ok: false, reason: 'not_a_party' }
		);

		// A listing closed after the deal started can no longer be promised.
		const closing = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Een aanhanger te leen'
		});
		const started = must(await startDeal(w.people.clubOwner.client, { offerId: closing }));
		const { error } = await bizOwner.client.from('listings').update({ state: 'closed' }).eq('id', closing);
		expect(error).toBeNull();
		expect(await respondToDeal(bizOwner.client, started.id, { accept: true })).toMatchObject({
			ok: false,
			reason: 'listing_unavailable'
		});
		// ...nor can a new one start from it.
		expect(await startDeal(thirdOwner.client, { offerId: closing })).toMatchObject({
			ok: false,
			reason: 'listing_unavailable'
		});
	});

	it('starts one linked deal per help leg of a round, each side for its own legs', async () => {
		const { bizOwner, clubOwner, thirdOwner } = w.people;
		const [aOffer, aRequest, bRequest, bOffer, cRequest, cOffer] = await Promise.all([
			w.listing(bizOwner, w.orgs.business, { kind: 'offer', title: 'Rondje: een bestelbus voor een dag' }),
			w.listing(bizOwner, w.orgs.business, { kind: 'request', title: 'Rondje: muziek bij ons jubileum' }),
			w.listing(clubOwner, w.orgs.club, { kind: 'request', title: 'Rondje: vervoer van kampspullen' }),
			w.listing(clubOwner, w.orgs.club, { kind: 'offer', title: 'Rondje: vrijwilligers voor een middag' }),
			w.listing(thirdOwner, w.orgs.third, { kind: 'request', title: 'Rondje: handen bij de dorpsquiz' }),
			w.listing(thirdOwner, w.orgs.third, { kind: 'offer', title: 'Rondje: ons orkest speelt bij u' })
		]);
		// Business gives to the club, the club to the third, the third back to the business.
		const members = [aOffer, bRequest, bOffer, cRequest, cOffer, aRequest];
		const { data: cycle, error } = await w.admin
			.from('exchange_cycles')
			.insert({
				municipality_id: w.municipalityId,
				members,
				organisation_ids: [
					w.orgs.business,
					w.orgs.club,
					w.orgs.club,
					w.orgs.third,
					w.orgs.third,
					w.orgs.business
				],
				score: 0.7
			})
			.select('id')
			.single();
		if (error) throw error;

		const mine = must(await startCycleDeals(bizOwner.client, cycle.id, 'Doen we mee!', w.mail));
		expect(mine).toHaveLength(2);
		const theirs = must(await startCycleDeals(clubOwner.client, cycle.id, 'Wij ook'));
		expect(theirs).toHaveLength(2);
		expect(theirs).toContain(mine[0]);

		const { data: rows } = await w.admin
			.from('deals')
			.select('id, offer_id, request_id, cycle_group, cycle_leg, state')
			.eq('cycle_group', cycle.id)
			.order('cycle_leg');
		expect(rows!.map((r) => [r.offer_id, r.request_id, r.cycle_leg])).toEqual([
			[aOffer, bRequest, 1],
			[bOffer, cRequest, 2],
			[cOffer, aRequest, 3]
		]);
		// The business-club leg has both yeses now; the others wait for the third organisation.
		expect(rows!.map((r) => r.state)).toEqual(['agreed', 'interested', 'interested']);
		expect((await inbox(w.contacts.third.email)).some((m) => m.text.includes('/deals/'))).toBe(true);
		// An organisation outside the round cannot start its deals.
		const outsider = await startCycleDeals(w.people.staff.client, cycle.id);
		expect(outsider).toMatchObject({ ok: false, reason: 'not_found' });
	});
});
