// Dutch search through public.search_listings, via PostgREST as an anonymous visitor: the
// test set from the issue (inflections, compounds, typos), filters, sorting and paging.
import { beforeAll, describe, expect, it } from 'vitest';
import { listingSchema, type ListingInput } from '../../src/lib/schemas/listing';
import { createListing, searchListings, type SearchOptions } from '../../src/lib/server/listings';
import { anonClient, signedInUser } from './clients';

const HELLENDOORN = '00000000-0000-4000-8000-000000000001';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('search_listings', () => {
	let org: string;
	let otherOrg: string;
	const ids: Record<string, string> = {};

	async function post(
		orgId: string,
		user: Awaited<ReturnType<typeof signedInUser>>,
		key: string,
		input: Partial<ListingInput> & { kind: 'offer' | 'request' }
	) {
		const values = listingSchema.parse({
			category: 'other',
			amount: '',
			place: 'Nijverdal',
			...(input.kind === 'offer' ? { available_until: inDays(90) } : { needed_by: inDays(30) }),
			...input
		});
		const result = await createListing(user.client, {
			organisationId: orgId,
			municipalityId: HELLENDOORN,
			userId: user.userId,
			values
		});
		if (!result.ok) throw new Error(result.message);
		ids[key] = result.value.id;
	}

	beforeAll(async () => {
		const user = await signedInUser('zoeker');
		const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
		const created = await user.client
			.from('organisations')
			.insert({
				municipality_id: HELLENDOORN,
				kind: 'business',
				name: 'Zoektest BV',
				slug: `zoektest-${stamp}`,
				created_by: user.userId
			})
			.select('id')
			.single();
		if (created.error) throw created.error;
		org = created.data.id;
		const other = await user.client
			.from('organisations')
			.insert({
				municipality_id: HELLENDOORN,
				kind: 'voluntary',
				name: 'Zoektest Vereniging',
				slug: `zoektest-ver-${stamp}`,
				created_by: user.userId
			})
			.select('id')
			.single();
		if (other.error) throw other.error;
		otherOrg = other.data.id;

		await post(org, user, 'laptops', {
			kind: 'offer',
			category: 'materials',
			title: '12 afgeschreven laptops',
			description: 'Zakelijke laptops met laders.',
			place: 'Nijverdal'
		});
		await post(org, user, 'schilder', {
			kind: 'offer',
			category: 'hands',
			title: 'Schilderwerk clubhuis',
			description: 'Drie schilders, twee dagen.',
			place: 'Hellendoorn'
		});
		await post(org, user, 'bakker', {
			kind: 'offer',
			category: 'materials',
			title: 'Brood van de bakker',
			description: 'Krentenwegge voor uw open dag.',
			place: 'Haarle'
		});
		await post(org, user, 'computer', {
			kind: 'offer',
			category: 'expertise',
			title: 'Hulp bij uw computer',
			description: 'Een systeembeheerder komt langs.',
			place: 'Daarle',
			available_until: inDays(20)
		});
		await post(otherOrg, user, 'vrijwilligers', {
			kind: 'request',
			category: 'hands',
			title: 'Vrijwilligers gezocht voor de dorpsquiz',
			description: 'Opbouwen en bardienst.',
			place: 'Daarle',
			needed_by: inDays(10)
		});
		await post(otherOrg, user, 'ruimte', {
			kind: 'request',
			category: 'facilities',
			title: 'Vergaderruimte voor 20 personen',
			description: 'Voor de ledenvergadering.',
			place: 'Rijssen',
			needed_by: inDays(40)
		});
		await post(otherOrg, user, 'draft', {
			kind: 'request',
			category: 'materials',
			title: 'Geheime laptops concept',
			state: 'draft'
		});
	});

	const search = (options: SearchOptions) => searchListings(anonClient(), options);
	const found = async (query: string, organisationId?: string) =>
		(
			await search({ query, organisationId: organisationId ?? undefined, municipalityId: HELLENDOORN })
		).items.map((l) => l.id);

	it.each([
		['laptop', 'laptops'],
		['Laptops', 'laptops'],
		['schilderen', 'schilder'],
		['schilder', 'schilder'],
		['bakkerij', 'bakker'],
		['computr', 'computer'],
		['compuer', 'computer'],
		['vrijwiligers', 'vrijwilligers'],
		['vrijwilliger', 'vrijwilligers'],
		['ruimte', 'ruimte']
	])('"%s" finds the %s listing', async (query, key) => {
		const ids_ = [...(await found(query, org)), ...(await found(query, otherOrg))];
		expect(ids_).toContain(ids[key]);
	});

	it('does not return unrelated listings or drafts', async () => {
		const hits = [...(await found('laptop', org)), ...(await found('laptop', otherOrg))];
		expect(hits).toEqual([ids.laptops]);
		expect(await found('xylofoonstemmer', org)).toEqual([]);
	});

	it('ranks a title match above a description match', async () => {
		const result = await search({ query: 'laptops', organisationId: org });
		expect(result.items[0]?.id).toBe(ids.laptops);
		expect(result.items[0]?.organisation).toMatchObject({ id: org, name: 'Zoektest BV', kind: 'business' });
		expect(result.items[0]).not.toHaveProperty('description');
	});

	it('filters by kind, category and organisation kind', async () => {
		const requests = await search({ organisationId: otherOrg, kind: 'request' });
		expect(requests.items.map((l) => l.id).sort()).toEqual([ids.vrijwilligers, ids.ruimte].sort());
		const facilities = await search({ organisationId: otherOrg, categories: ['facilities'] });
		expect(facilities.items.map((l) => l.id)).toEqual([ids.ruimte]);
		const voluntary = await search({
			query: 'laptop',
			organisationKind: 'voluntary',
			municipalityId: HELLENDOORN
		});
		expect(voluntary.items.map((l) => l.id)).not.toContain(ids.laptops);
	});

	it('filters by distance from a place and sorts nearest first', async () => {
		const near = await search({ organisationId: org, place: 'Daarle', maxKm: 6, sort: 'distance' });
		expect(near.items.map((l) => l.id)).toEqual(
			[ids.computer, ids.schilder].filter((id) => near.items.some((l) => l.id === id))
		);
		expect(near.items[0]?.id).toBe(ids.computer);
		expect(near.items[0]?.distanceKm).toBe(0);
		expect(near.items.map((l) => l.id)).not.toContain(ids.bakker); // Haarle is ~12 km from Daarle
		const wide = await search({ organisationId: org, place: 'Daarle', maxKm: 25, sort: 'distance' });
		expect(wide.total).toBe(4);
		const distances = wide.items.map((l) => l.distanceKm ?? Infinity);
		expect([...distances].sort((a, b) => a - b)).toEqual(distances);
	});

	it('sorts by end date and pages with a total count', async () => {
		const byDate = await search({ organisationId: otherOrg, sort: 'needed_by' });
		expect(byDate.items.map((l) => l.id)).toEqual([ids.vrijwilligers, ids.ruimte]);
		const page1 = await search({ organisationId: org, sort: 'newest', pageSize: 3 });
		const page2 = await search({ organisationId: org, sort: 'newest', pageSize: 3, page: 2 });
		expect(page1.total).toBe(4);
		expect(page1.items).toHaveLength(3);
		expect(page2.items).toHaveLength(1);
		expect(page2.total).toBe(4);
		expect(new Set([...page1.items, ...page2.items].map((l) => l.id)).size).toBe(4);
	});

	it('filters on what is still current on a date', async () => {
		const later = await search({ organisationId: org, activeOn: inDays(45) });
		expect(later.items.map((l) => l.id)).not.toContain(ids.computer);
		expect(later.items.map((l) => l.id)).toContain(ids.laptops);
	});

	it('never shows drafts to anonymous visitors, even when asked for', async () => {
		const asked = await search({ organisationId: otherOrg, states: ['draft', 'open'] });
		expect(asked.items.map((l) => l.id)).not.toContain(ids.draft);
	});

	it('survives hostile or empty input', async () => {
		for (const query of ["'; drop table listings; --", '<script>', '&|!():*', '   ', 'a'.repeat(500)]) {
			const result = await search({ query, organisationId: org });
			expect(Array.isArray(result.items)).toBe(true);
		}
	});
});
