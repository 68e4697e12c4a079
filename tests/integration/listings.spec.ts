// Offers and requests through the real PostgREST and supabase-js, as each role: the owning
// organisation's member, a member of another organisation, an anonymous visitor and the
// municipality admin. Proves the refusals as well as the happy path.
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { listingSchema, type ListingInput } from '../../src/lib/schemas/listing';
import {
	changeListingState,
	createListing,
	deleteDraft,
	expireListings,
	getListing,
	listOrganisationListings,
	listReports,
	listingHistory,
	reportListing,
	resolveReport,
	searchListings,
	updateListing
} from '../../src/lib/server/listings';
import { adminClient, anonClient, signedInUser } from './clients';
import { HELLENDOORN, createOrganisation, demoUser, type User } from './fixtures';

type Client = SupabaseClient<Database>;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function values(input: Partial<ListingInput> & { kind: 'offer' | 'request' }) {
	return listingSchema.parse({
		title: input.kind === 'offer' ? 'Vergaderruimte voor 20 personen' : 'Schilderwerk clubhuis',
		category: input.kind === 'offer' ? 'facilities' : 'hands',
		description: 'Een beschrijving.',
		amount: '1 dagdeel',
		place: 'Nijverdal',
		...(input.kind === 'offer' ? { available_until: inDays(60) } : { needed_by: inDays(60) }),
		...input
	});
}

async function post(
	user: User,
	organisationId: string,
	input: Partial<ListingInput> & { kind: 'offer' | 'request' }
) {
	const result = await createListing(user.client, {
		organisationId,
		municipalityId: HELLENDOORN,
		userId: user.userId,
		values: values(input)
	});
	if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
	return result.value.id;
}

describe('listings: posting, visibility and RLS', () => {
	let business: User;
	let colleague: User;
	let outsider: User;
	let admin: Client;
	let businessOrg: string;
	let outsiderOrg: string;
	let openOffer: string;
	let draftOffer: string;

	beforeAll(async () => {
		[business, colleague, outsider] = await Promise.all([
			signedInUser('bedrijf'),
			signedInUser('collega'),
			signedInUser('buitenstaander')
		]);
		businessOrg = await createOrganisation(business, 'Bakkerij Test', 'business');
		outsiderOrg = await createOrganisation(outsider, 'Vereniging Test', 'voluntary');
		const service = adminClient();
		const { error } = await service.from('memberships').insert({
			organisation_id: businessOrg,
			user_id: colleague.userId,
			municipality_id: HELLENDOORN,
			role: 'member'
		});
		if (error) throw error;
		admin = (await demoUser('admin@hellendoorn.demo')).client;

		openOffer = await post(business, businessOrg, { kind: 'offer', title: 'Open aanbod van de bakker' });
		draftOffer = await post(business, businessOrg, {
			kind: 'offer',
			title: 'Concept van de bakker',
			state: 'draft'
		});
	});

	it('lets a member post an offer that anyone, even without an account, can read', async () => {
		const detail = await getListing(anonClient(), openOffer);
		expect(detail).toMatchObject({
			kind: 'offer',
			state: 'open',
			title: 'Open aanbod van de bakker',
			place: 'Nijverdal',
			organisation: { id: businessOrg, name: 'Bakkerij Test', kind: 'business' }
		});
		expect(detail?.latitude).toBeCloseTo(52.36, 2);
	});

	it('lets a business post a request and a voluntary organisation post an offer', async () => {
		const request = await post(business, businessOrg, {
			kind: 'request',
			can_offer_in_return: 'Koffie en taart'
		});
		const offer = await post(outsider, outsiderOrg, { kind: 'offer', wants_in_return: 'Een vermelding' });
		expect((await getListing(anonClient(), request))?.canOfferInReturn).toBe('Koffie en taart');
		expect((await getListing(anonClient(), offer))?.wantsInReturn).toBe('Een vermelding');
	});

	it('hides drafts from anonymous visitors and other organisations, not from colleagues and admins', async () => {
		expect(await getListing(anonClient(), draftOffer)).toBeNull();
		expect(await getListing(outsider.client, draftOffer)).toBeNull();
		expect((await getListing(colleague.client, draftOffer))?.state).toBe('draft');
		expect((await getListing(admin, draftOffer))?.state).toBe('draft');

		const anonRows = await anonClient().from('listings').select('id').eq('organisation_id', businessOrg);
		expect(anonRows.data?.map((r) => r.id)).not.toContain(draftOffer);
		const anonNonOpen = await anonClient().from('listings').select('id').neq('state', 'open');
		expect(anonNonOpen.data).toEqual([]);
	});

	it('refuses posting on behalf of another organisation', async () => {
		const result = await createListing(outsider.client, {
			organisationId: businessOrg,
			municipalityId: HELLENDOORN,
			userId: outsider.userId,
			values: values({ kind: 'offer' })
		});
		expect(result).toMatchObject({ ok: false, reason: 'forbidden' });
		const anonInsert = await anonClient()
			.from('listings')
			.insert({ ...values({ kind: 'offer' }), organisation_id: businessOrg, municipality_id: HELLENDOORN });
		expect(anonInsert.error?.code).toBe('42501');
	});

	it('refuses a member of another organisation to update, close or delete', async () => {
		expect(
			await updateListing(outsider.client, openOffer, values({ kind: 'offer', title: 'Gekaapt' }))
		).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		expect(await changeListingState(outsider.client, openOffer, 'closed')).toMatchObject({
			ok: false,
			reason: 'not_found'
		});
		expect(await deleteDraft(outsider.client, draftOffer)).toMatchObject({ ok: false, reason: 'not_found' });
		const rawDelete = await outsider.client.from('listings').delete().eq('id', openOffer).select('id');
		expect(rawDelete.data).toEqual([]);
		expect((await getListing(anonClient(), openOffer))?.title).toBe('Open aanbod van de bakker');
	});

	it('refuses moving a listing to another organisation or changing its kind', async () => {
		const move = await business.client
			.from('listings')
			.update({ organisation_id: outsiderOrg })
			.eq('id', openOffer)
			.select('id');
		expect(move.error).not.toBeNull();
		const kind = await business.client
			.from('listings')
			.update({ kind: 'request' })
			.eq('id', openOffer)
			.select('id');
		expect(kind.error).not.toBeNull();
	});

	it('lets colleagues edit, pause, reopen and close, keeping every change in the history', async () => {
		const id = await post(business, businessOrg, { kind: 'offer', title: 'Bestelbus te leen' });
		expect(
			await updateListing(
				colleague.client,
				id,
				values({ kind: 'offer', title: 'Bestelbus te leen (9 m3)', amount: '1 weekend' })
			)
		).toMatchObject({ ok: true });
		expect(await changeListingState(colleague.client, id, 'paused')).toEqual({
			ok: true,
			value: { state: 'paused' }
		});
		expect(await getListing(anonClient(), id)).toBeNull();
		expect(await changeListingState(business.client, id, 'open')).toMatchObject({ ok: true });
		expect(await changeListingState(business.client, id, 'closed')).toMatchObject({ ok: true });
		expect(await changeListingState(business.client, id, 'open')).toMatchObject({
			ok: true,
			value: { state: 'open' }
		});

		const history = await listingHistory(business.client, id);
		expect(history.map((e) => [e.action, e.oldState, e.newState])).toEqual([
			['created', null, 'open'],
			['updated', 'open', 'open'],
			['state_changed', 'open', 'paused'],
			['state_changed', 'paused', 'open'],
			['state_changed', 'open', 'closed'],
			['state_changed', 'closed', 'open']
		]);
		expect(history[1].changedFields).toEqual(['amount', 'title']);
		expect(history[1].oldValues).toMatchObject({ title: 'Bestelbus te leen' });
		expect(history[1].newValues).toMatchObject({ title: 'Bestelbus te leen (9 m3)' });
		expect(history[1].actorId).toBe(colleague.userId);
		expect(history[2].actorId).toBe(colleague.userId);
		expect(history[3].actorId).toBe(business.userId);

		expect(await listingHistory(outsider.client, id)).toEqual([]);
		expect(await listingHistory(anonClient(), id)).toEqual([]);
		const forged = await business.client.from('listing_events').insert({
			listing_id: id,
			organisation_id: businessOrg,
			municipality_id: HELLENDOORN,
			actor_role: 'x',
			action: 'updated'
		});
		expect(forged.error).not.toBeNull();
		const erased = await business.client.from('listing_events').delete().eq('listing_id', id).select('id');
		expect(erased.data ?? []).toEqual([]);
		expect((await listingHistory(business.client, id)).length).toBe(6);
	});

	it('enforces the allowed transitions in the database', async () => {
		const draft = await post(business, businessOrg, { kind: 'request', state: 'draft' });
		expect(await changeListingState(business.client, draft, 'paused')).toMatchObject({
			ok: false,
			reason: 'invalid_transition'
		});
		expect(await changeListingState(business.client, draft, 'expired')).toMatchObject({
			ok: false,
			reason: 'invalid_transition'
		});
		expect(await changeListingState(business.client, draft, 'open')).toMatchObject({ ok: true });
		const back = await business.client
			.from('listings')
			.update({ state: 'draft' })
			.eq('id', draft)
			.select('id');
		expect(back.error?.hint).toBe('invalid_transition');
	});

	it('treats listings past their end date as expired before and after the expiry job', async () => {
		const id = await post(business, businessOrg, { kind: 'request', title: 'Bijna verlopen hulpvraag' });
		// Only the service role can backdate: the form refuses past dates.
		const backdate = await adminClient()
			.from('listings')
			.update({ needed_by: inDays(-1) })
			.eq('id', id)
			.select('state');
		expect(backdate.data?.[0]?.state).toBe('expired');

		expect(await getListing(anonClient(), id)).toBeNull();
		expect((await getListing(business.client, id))?.state).toBe('expired');
		const reopen = await changeListingState(business.client, id, 'open');
		expect(reopen).toMatchObject({ ok: false, reason: 'ends_in_past' });

		// The periodic job is for the service role only; it returns how many it marked.
		expect(await expireListings(adminClient())).toBeGreaterThanOrEqual(0);
		const denied = await business.client.rpc('expire_listings');
		expect(denied.error).not.toBeNull();
	});

	it('lists an organisation page: open ones for the public, every state for members', async () => {
		const publicList = await listOrganisationListings(anonClient(), businessOrg);
		expect(publicList.items.every((l) => l.state === 'open')).toBe(true);
		expect(publicList.items.map((l) => l.id)).toContain(openOffer);
		expect(publicList.items.map((l) => l.id)).not.toContain(draftOffer);

		const all = ['draft', 'open', 'paused', 'matched', 'closed', 'expired'] as const;
		const own = await listOrganisationListings(business.client, businessOrg, { states: [...all] });
		expect(own.items.map((l) => l.id)).toContain(draftOffer);
		const snooping = await listOrganisationListings(outsider.client, businessOrg, { states: [...all] });
		expect(snooping.items.map((l) => l.id)).not.toContain(draftOffer);
		expect(snooping.items.every((l) => l.state === 'open')).toBe(true);
	});

	it('lets members delete drafts only', async () => {
		const draft = await post(business, businessOrg, { kind: 'offer', state: 'draft', title: 'Weg ermee' });
		expect(await deleteDraft(business.client, openOffer)).toMatchObject({ ok: false, reason: 'not_found' });
		expect(await deleteDraft(colleague.client, draft)).toEqual({ ok: true, value: null });
		expect(await getListing(business.client, draft)).toBeNull();
		const history = await listingHistory(business.client, draft);
		expect(history.at(-1)?.action).toBe('deleted');
	});

	it('rejects out-of-range values even when the form is bypassed', async () => {
		const huge = await business.client
			.from('listings')
			.update({ description: 'x'.repeat(20_000) })
			.eq('id', openOffer)
			.select('id');
		expect(huge.error?.code).toBe('23514');
		const hours = await business.client
			.from('listings')
			.update({ estimated_hours: 1_000_000 })
			.eq('id', openOffer)
			.select('id');
		expect(hours.error).not.toBeNull();
		const order = await business.client
			.from('listings')
			.update({ available_from: inDays(30), available_until: inDays(10) })
			.eq('id', openOffer)
			.select('id');
		expect(order.error?.code).toBe('23514');
	});

	it('stores script tags as text, unchanged', async () => {
		const text = '<script>alert(1)</script> Gratis';
		const id = await post(business, businessOrg, { kind: 'offer', title: text, description: text });
		expect((await getListing(anonClient(), id))?.description).toBe(text);
	});

	describe('reports', () => {
		it('lets a signed-in user report once, and shows the report to them and the admins only', async () => {
			const reported = await reportListing(outsider.client, {
				listingId: openOffer,
				userId: outsider.userId,
				reason: 'Vraagt om geld'
			});
			expect(reported.ok).toBe(true);
			const again = await reportListing(outsider.client, {
				listingId: openOffer,
				userId: outsider.userId,
				reason: 'Nog een keer'
			});
			expect(again).toMatchObject({ ok: false, reason: 'already_reported' });

			const mine = await listReports(outsider.client, { municipalityId: HELLENDOORN });
			expect(mine.map((r) => r.reason)).toEqual(['Vraagt om geld']);
			expect(await listReports(business.client, { municipalityId: HELLENDOORN })).toEqual([]);
			expect(await listReports(anonClient(), { municipalityId: HELLENDOORN })).toEqual([]);
			const moderation = await listReports(admin, { municipalityId: HELLENDOORN });
			const report = moderation.find((r) => r.listingId === openOffer && r.reporterId === outsider.userId);
			expect(report).toMatchObject({
				reason: 'Vraagt om geld',
				status: 'open',
				listingTitle: 'Open aanbod van de bakker'
			});

			expect(
				await resolveReport(outsider.client, { reportId: report!.id, status: 'dismissed' })
			).toMatchObject({ ok: false });
			expect(
				await resolveReport(admin, { reportId: report!.id, status: 'resolved', note: 'Besproken' })
			).toEqual({ ok: true, value: null });
			// Resolved, so a new report is possible again.
			const third = await reportListing(outsider.client, {
				listingId: openOffer,
				userId: outsider.userId,
				reason: 'Weer geld'
			});
			expect(third.ok).toBe(true);
		});

		it('refuses reports without a reason, from anonymous visitors, in someone else’s name or on hidden listings', async () => {
			const empty = await outsider.client.from('listing_reports').insert({
				listing_id: openOffer,
				municipality_id: HELLENDOORN,
				reporter_id: outsider.userId,
				reason: ' '
			});
			expect(empty.error?.code).toBe('23514');
			const anon = await anonClient().from('listing_reports').insert({
				listing_id: openOffer,
				municipality_id: HELLENDOORN,
				reporter_id: outsider.userId,
				reason: 'Spam'
			});
			expect(anon.error).not.toBeNull();
			const forged = await outsider.client.from('listing_reports').insert({
				listing_id: openOffer,
				municipality_id: HELLENDOORN,
				reporter_id: business.userId,
				reason: 'Spam'
			});
			expect(forged.error?.code).toBe('42501');
			const hidden = await reportListing(outsider.client, {
				listingId: draftOffer,
				userId: outsider.userId,
				reason: 'Spam'
			});
			expect(hidden).toMatchObject({ ok: false, reason: 'not_found' });
		});
	});

	it('finds the new listing through search as anyone', async () => {
		const result = await searchListings(anonClient(), { query: 'bakker', organisationId: businessOrg });
		expect(result.items.map((l) => l.id)).toContain(openOffer);
		expect(result.items.map((l) => l.id)).not.toContain(draftOffer);
	});
});

describe("listings: an organisation's own list (words, status, pages)", () => {
	const all = ['draft', 'open', 'paused', 'matched', 'closed', 'expired'] as const;
	let member: User;
	let outsider: User;
	let org: string;

	beforeAll(async () => {
		[member, outsider] = await Promise.all([signedInUser('eigenaar'), signedInUser('nieuwsgierig')]);
		org = await createOrganisation(member, 'Stichting Veel Plaatsingen', 'voluntary');
		// 27 listings, more than one page of 25: every fifth paused, the other thirds drafts.
		const rows = Array.from({ length: 27 }, (_, i) => ({
			kind: i % 2 === 0 ? 'request' : 'offer',
			title: i === 9 ? 'Beamer voor de ledenavond' : `Plaatsing nummer ${i + 1}`,
			description: 'Een beschrijving.',
			category: 'other',
			place: 'Nijverdal',
			latitude: 52.36,
			longitude: 6.4681,
			organisation_id: org,
			municipality_id: HELLENDOORN,
			created_by: member.userId,
			state: i % 5 !== 0 && i % 3 === 0 ? 'draft' : 'open'
		}));
		const { data, error } = await member.client
			.from('listings')
			.insert(rows as never)
			.select('id');
		if (error) throw error;
		// A listing starts as draft or open; pausing is a change of state afterwards.
		const pause = data.filter((_, i) => i % 5 === 0).map((r) => r.id);
		const paused = await member.client.from('listings').update({ state: 'paused' }).in('id', pause);
		if (paused.error) throw paused.error;
	});

	it('pages through every listing of every state for a member', async () => {
		const first = await listOrganisationListings(member.client, org, { states: [...all], pageSize: 25 });
		expect(first).toMatchObject({ total: 27, totalIsCapped: false, page: 1, pages: 2 });
		expect(first.items).toHaveLength(25);
		const second = await listOrganisationListings(member.client, org, {
			states: [...all],
			page: 2,
			pageSize: 25
		});
		expect(second.items).toHaveLength(2);
		const ids = new Set([...first.items, ...second.items].map((l) => l.id));
		expect(ids.size).toBe(27);
	});

	it('filters by status and finds by words, through RLS', async () => {
		const paused = await listOrganisationListings(member.client, org, { states: ['paused'] });
		expect(paused.total).toBe(6);
		expect(paused.items.every((l) => l.state === 'paused')).toBe(true);

		// "beamers" finds the draft "Beamer voor de ledenavond" for its member only.
		const found = await listOrganisationListings(member.client, org, { states: [...all], query: 'beamers' });
		expect(found.items.map((l) => l.title)).toEqual(['Beamer voor de ledenavond']);
		expect(found.items[0].state).toBe('draft');
		const snooping = await listOrganisationListings(outsider.client, org, {
			states: [...all],
			query: 'beamers'
		});
		expect(snooping.items).toHaveLength(0);
		const drafts = await listOrganisationListings(outsider.client, org, { states: ['draft'] });
		expect(drafts.total).toBe(0);
	});
});
