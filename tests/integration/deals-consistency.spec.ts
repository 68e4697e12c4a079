// Deals under concurrency, through the real stack: two people accepting at once, two sides
// starting the same pair at once (one deal), a limited amount promised by concurrent deals
// (never more than the offer holds), and rate versions (agreed deals keep theirs).
import { beforeAll, describe, expect, it } from 'vitest';
import {
	currentRates,
	getDeal,
	respondToDeal,
	setRates,
	startDeal,
	transitionDeal,
	updateDealForm
} from '../../src/lib/server/deals';
import { loadServedAt, servedAtOf } from '../../src/lib/server/matching/pool';
import { anonClient, signedInUser } from './clients';
import { dealWorld, type DealWorld } from './deals-world';

let w: DealWorld;

const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.value;
};

async function listingState(id: string) {
	const { data, error } = await w.admin.from('listings').select('state').eq('id', id).single();
	if (error) throw error;
	return data.state;
}

describe('deals: consistency', () => {
	beforeAll(async () => {
		w = await dealWorld('consistency');
	});

	it('two people of one side accepting at once agree the deal once', async () => {
		const { bizOwner, bizMember, clubOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Twee vrijwilligers voor de braderie'
		});
		const started = must(await startDeal(clubOwner.client, { offerId: offer }));
		const answers = await Promise.all([
			respondToDeal(bizOwner.client, started.id, { accept: true, message: 'Ja' }),
			respondToDeal(bizMember.client, started.id, { accept: true, message: 'Ja hoor' })
		]);
		const steps = answers.map(must);
		expect(steps.every((s) => s.state === 'agreed')).toBe(true);
		expect(steps.filter((s) => s.changed)).toHaveLength(1);
		const deal = (await getDeal(clubOwner.client, started.id))!;
		expect(deal.history.filter((e) => e.action === 'agreed')).toHaveLength(1);
		expect(deal.history).toHaveLength(2);
	});

	it('both sides starting the same pair at once make one deal, which is then agreed', async () => {
		const { bizOwner, clubOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Een middag advies over subsidies',
			category: 'expertise'
		});
		const request = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Hulp bij een subsidieaanvraag',
			category: 'expertise'
		});
		const [a, b] = (
			await Promise.all([
				startDeal(bizOwner.client, { offerId: offer, requestId: request, message: 'Wij helpen graag' }),
				startDeal(clubOwner.client, { offerId: offer, requestId: request, message: 'Graag!' })
			])
		).map(must);
		expect(a.id).toBe(b.id);
		expect([a.created, b.created].sort()).toEqual([false, true]);
		const { data: rows } = await w.admin
			.from('deals')
			.select('id, state')
			.eq('offer_id', offer)
			.eq('request_id', request);
		expect(rows).toEqual([{ id: a.id, state: 'agreed' }]);
	});

	it('one side starting twice at once makes one deal', async () => {
		const { bizOwner, clubOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Koffie en thee voor de vrijwilligersavond',
			category: 'materials'
		});
		const results = (
			await Promise.all(
				[1, 2, 3].map(() => startDeal(clubOwner.client, { offerId: offer, message: 'Dubbelklik' }))
			)
		).map(must);
		expect(new Set(results.map((r) => r.id)).size).toBe(1);
		expect(results.filter((r) => r.created)).toHaveLength(1);
		const { count } = await w.admin
			.from('deals')
			.select('*', { count: 'exact', head: true })
			.eq('offer_id', offer);
		expect(count).toBe(1);
	});

	it('never promises more of a limited offer than it holds, and cancelling frees the amount', async () => {
		const { bizOwner, clubOwner, thirdOwner } = w.people;
		const fourthOwner = await signedInUser('deal-fourth');
		await w.admin.from('profiles').update({ municipality_id: w.municipalityId }).eq('id', fourthOwner.userId);
		const { data: fourth, error } = await fourthOwner.client
			.from('organisations')
			.insert({
				municipality_id: w.municipalityId,
				kind: 'voluntary',
				name: 'Deal Vierde',
				slug: `deal-vierde-${Date.now().toString(36)}`,
				created_by: fourthOwner.userId
			})
			.select('id')
			.single();
		if (error) throw error;

		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Twaalf laptops voor verenigingen',
			category: 'materials',
			amount: '12 laptops, 3 jaar oud',
			quantity: 12
		});
		const deals = (
			await Promise.all(
				[clubOwner, thirdOwner, fourthOwner].map((u) => startDeal(u.client, { offerId: offer, quantity: 5 }))
			)
		).map(must);
		expect(new Set(deals.map((d) => d.id)).size).toBe(3);
		// The business says yes to all three at once: two fit, the third does not.
		const answers = await Promise.all(
			deals.map((d) => respondToDeal(bizOwner.client, d.id, { accept: true }))
		);
		expect(answers.filter((a) => a.ok && a.value.state === 'agreed')).toHaveLength(2);
		expect(answers.filter((a) => !a.ok).map((a) => !a.ok && a.reason)).toEqual(['insufficient_quantity']);

		const promised = async () => {
			const { data } = await w.admin
				.from('deals')
				.select('quantity, state')
				.eq('offer_id', offer)
				.in('state', ['agreed', 'in_progress', 'carried_out']);
			return data!.reduce((n, d) => n + (d.quantity ?? 0), 0);
		};
		expect(await promised()).toBe(10);
		expect(await listingState(offer)).toBe('open');
		// Anyone who sees the offer sees how much is promised, not by whom.
		const seen = await anonClient()
			.from('listings')
			.select('quantity, promised_quantity')
			.eq('id', offer)
			.single();
		expect(seen.data).toEqual({ quantity: 12, promised_quantity: 10 });
		const { data: hidden } = await anonClient().rpc('promised_quantity', {
			l: { id: w.orgs.business } as never
		});
		expect(hidden).toBeNull();

		// The refused one asks for the 2 left: now the whole amount is promised and the offer is matched.
		const owners = [clubOwner, thirdOwner, fourthOwner];
		const refusedAt = answers.findIndex((a) => !a.ok);
		const refused = deals[refusedAt];
		const form = (await getDeal(owners[refusedAt].client, refused.id))!.form;
		must(await updateDealForm(owners[refusedAt].client, refused.id, { ...form, quantity: 2 }));
		expect(must(await respondToDeal(bizOwner.client, refused.id, { accept: true })).state).toBe('agreed');
		expect(await promised()).toBe(12);
		expect(await listingState(offer)).toBe('matched');

		// Cancelling one frees its 5 and the offer opens up again.
		const agreed = deals[answers.findIndex((a) => a.ok)];
		must(await transitionDeal(bizOwner.client, agreed.id, { to: 'cancelled', reason: 'Laptops toch nodig' }));
		expect(await promised()).toBe(7);
		expect(await listingState(offer)).toBe('open');

		// A deal without a quantity takes what is left: the business records one with the same club.
		const parties = [
			{ owner: clubOwner, org: w.orgs.club },
			{ owner: thirdOwner, org: w.orgs.third },
			{ owner: fourthOwner, org: fourth.id }
		];
		const again = parties[deals.indexOf(agreed)];
		const rest = must(
			await startDeal(bizOwner.client, {
				offerId: offer,
				counterpartyOrganisationId: again.org,
				message: 'De rest'
			})
		);
		expect(rest.created).toBe(true);
		expect(must(await respondToDeal(again.owner.client, rest.id, { accept: true })).state).toBe('agreed');
		expect((await getDeal(bizOwner.client, rest.id))!.form.quantity).toBe(5);
		expect(await promised()).toBe(12);
		expect(await listingState(offer)).toBe('matched');
	});

	it('ten clubs agreeing on 2 of 12 at the same moment: exactly six get them', async () => {
		const { bizOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Twaalf tablets voor clubs',
			category: 'materials',
			quantity: 12
		});
		const clubs = await Promise.all(
			Array.from({ length: 10 }, async (_, n) => {
				const owner = await signedInUser(`deal-tablet-${n}`);
				await w.admin.from('profiles').update({ municipality_id: w.municipalityId }).eq('id', owner.userId);
				const { data, error } = await owner.client
					.from('organisations')
					.insert({
						municipality_id: w.municipalityId,
						kind: 'voluntary',
						name: `Tabletclub ${n}`,
						slug: `tabletclub-${n}-${Date.now().toString(36)}`,
						created_by: owner.userId
					})
					.select('id')
					.single();
				if (error) throw error;
				return { owner, org: data.id };
			})
		);
		// The business offers each club 2; every club says yes at the same moment.
		const deals = (
			await Promise.all(
				clubs.map((c) =>
					startDeal(bizOwner.client, { offerId: offer, counterpartyOrganisationId: c.org, quantity: 2 })
				)
			)
		).map(must);
		const started = performance.now();
		const answers = await Promise.all(
			deals.map((d, n) => respondToDeal(clubs[n].owner.client, d.id, { accept: true }))
		);
		const ms = performance.now() - started;
		console.log(`deals: 10 concurrent agreements on one offer of 12 in ${ms.toFixed(0)} ms`);
		expect(answers.filter((a) => a.ok && a.value.state === 'agreed')).toHaveLength(6);
		expect(answers.filter((a) => !a.ok && a.reason === 'insufficient_quantity')).toHaveLength(4);
		const { data } = await anonClient().from('listings').select('promised_quantity').eq('id', offer);
		// Fully promised: matched, so no longer public.
		expect(data).toEqual([]);
		const { data: own } = await bizOwner.client
			.from('listings')
			.select('state, quantity, promised_quantity')
			.eq('id', offer)
			.single();
		expect(own).toEqual({ state: 'matched', quantity: 12, promised_quantity: 12 });
	});

	it('keeps the rates a deal was agreed under; a new deal uses the new rates', async () => {
		const { bizOwner, clubOwner, staff, thirdOwner } = w.people;
		const before = (await currentRates(staff.client, w.municipalityId))!;
		expect(before).toMatchObject({ hands: 50, expertise: 80, students: 20 });

		const offer1 = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Een dag klussen',
			estimated_hours: 8
		});
		const d1 = must(await startDeal(clubOwner.client, { offerId: offer1 }));
		must(await respondToDeal(bizOwner.client, d1.id, { accept: true }));
		expect((await getDeal(clubOwner.client, d1.id))!.socialValue.total).toBe(8 * 50);

		// Only the municipality's admins set rates, from today on.
		expect(
			await setRates(thirdOwner.client, w.municipalityId, { hands: 1, expertise: 1, students: 1 })
		).toMatchObject({ ok: false, reason: 'forbidden' });
		expect(
			await setRates(staff.client, w.municipalityId, {
				validFrom: '2020-01-01',
				hands: 1,
				expertise: 1,
				students: 1
			})
		).toMatchObject({ ok: false, reason: 'rates_in_past' });
		const next = must(
			await setRates(staff.client, w.municipalityId, { hands: 60, expertise: 95, students: 25 })
		);
		expect((await currentRates(clubOwner.client, w.municipalityId))!.id).toBe(next.id);

		// The agreed deal keeps its version; a deal not yet agreed shows today's; agreeing keeps the new one.
		const old = (await getDeal(clubOwner.client, d1.id))!;
		expect(old.socialValue.total).toBe(8 * 50);
		expect(old.rates?.id).toBe(before.id);

		const offer2 = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Nog een dag klussen',
			estimated_hours: 8
		});
		const d2 = must(await startDeal(clubOwner.client, { offerId: offer2 }));
		expect((await getDeal(clubOwner.client, d2.id))!.socialValue.total).toBe(8 * 60);
		must(await respondToDeal(bizOwner.client, d2.id, { accept: true }));
		const agreed = (await getDeal(clubOwner.client, d2.id))!;
		expect(agreed.rates?.id).toBe(next.id);
		expect(agreed.socialValue.total).toBe(8 * 60);
	});

	it('an agreed deal leaves the proposals for good and counts as served for the engine', async () => {
		const { bizOwner, clubOwner } = w.people;
		const offer = await w.listing(bizOwner, w.orgs.business, {
			kind: 'offer',
			title: 'Tien stoelen',
			category: 'materials',
			quantity: 10
		});
		const request = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Stoelen voor de kantine',
			category: 'materials',
			quantity: 20
		});
		const other = await w.listing(clubOwner, w.orgs.club, {
			kind: 'request',
			title: 'Een tafel voor de kantine',
			category: 'materials'
		});
		const propose = () =>
			w.admin.rpc('replace_match_proposals', {
				p_municipality: w.municipalityId,
				p_proposals: [{ request, offer, score: 0.8, reasons: [] }],
				p_request_ids: [request]
			});
		expect((await propose()).error).toBeNull();
		const before = await loadServedAt(w.admin, w.municipalityId);
		expect(before.has(request)).toBe(false);

		const deal = must(await startDeal(clubOwner.client, { offerId: offer, requestId: request, quantity: 4 }));
		must(await respondToDeal(bizOwner.client, deal.id, { accept: true }));
		// Both listings still have room (4 of 10, 4 of 20): they stay open, the pair's proposal goes
		// and the engine's next batch does not bring it back.
		expect(await listingState(offer)).toBe('open');
		expect((await propose()).error).toBeNull();
		const { count } = await w.admin
			.from('match_proposals')
			.select('*', { count: 'exact', head: true })
			.eq('offer_id', offer)
			.eq('request_id', request);
		expect(count).toBe(0);

		const served = await loadServedAt(w.admin, w.municipalityId);
		const { data: agreed } = await w.admin.from('deals').select('agreed_at').eq('id', deal.id).single();
		expect(Date.parse(served.get(request)!)).toBe(Date.parse(agreed!.agreed_at!));
		// The club was served: its other listings rank as served too.
		expect(servedAtOf({ id: other, organisation_id: w.orgs.club }, served)).toBe(served.get(w.orgs.club));
		expect(servedAtOf({ id: other, organisation_id: w.orgs.club }, served)).not.toBeNull();
	});
});
