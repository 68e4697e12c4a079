// The capped total of public.search_listings: past 200 matches the count stops and says so,
// and listings a caller may not see are never counted, however many of them match. Past the
// cap the marketplace reads its page newest first instead of from every match; the pages must
// be those of the general path (every match, sorted), which p_states ['open', 'open'] takes.
// In a municipality of its own, so that the thousands of listings stay out of the other tests.
import { beforeAll, describe, expect, it } from 'vitest';
import { searchListings } from '../../src/lib/server/listings';
import { adminClient, anonClient } from './clients';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('search_listings total count', () => {
	let municipalityId: string;

	beforeAll(async () => {
		const admin = adminClient();
		const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
		const municipality = await admin
			.from('municipalities')
			.insert({ slug: `telling-${stamp}`, name: 'Testgemeente Telling' })
			.select('id')
			.single();
		if (municipality.error) throw municipality.error;
		municipalityId = municipality.data.id;
		const organisation = await admin
			.from('organisations')
			.insert({
				municipality_id: municipalityId,
				kind: 'voluntary',
				name: 'Telvereniging',
				slug: 'telvereniging'
			})
			.select('id')
			.single();
		if (organisation.error) throw organisation.error;

		const listing = (
			i: number,
			title: string,
			state: 'open' | 'draft',
			category: 'materials' | 'hands' = 'materials',
			description = ''
		) => ({
			municipality_id: municipalityId,
			organisation_id: organisation.data.id,
			kind: 'offer' as const,
			state,
			category,
			title: `${title} ${i}`,
			description,
			place: 'Nijverdal',
			latitude: 52.36,
			longitude: 6.4681,
			available_until: inDays(60)
		});
		// 1,005 open listings about stepladders (ladders in the description) and 3 with a ladder
		// in the title; 1,000 drafts and 5 open ones about tarpaulins; 3 open and 200 draft
		// offers of hands. All in Nijverdal.
		const rows = [
			...Array.from({ length: 1005 }, (_, i) =>
				listing(i, 'Huishoudtrap te leen', 'open', 'materials', 'Een ladder met vijf treden.')
			),
			...Array.from({ length: 3 }, (_, i) => listing(i, 'Ladder voor de schuur', 'open')),
			...Array.from({ length: 1000 }, (_, i) => listing(i, 'Dekzeil voor de markt', 'draft')),
			...Array.from({ length: 5 }, (_, i) => listing(i, 'Dekzeil voor de kermis', 'open')),
			...Array.from({ length: 3 }, (_, i) => listing(i, 'Sjouwers voor de verhuizing', 'open', 'hands')),
			...Array.from({ length: 200 }, (_, i) => listing(i, 'Sjouwers voor de opslag', 'draft', 'hands'))
		];
		for (let i = 0; i < rows.length; i += 500) {
			const { error } = await admin.from('listings').insert(rows.slice(i, i + 500));
			if (error) throw error;
		}
	}, 120_000);

	it('stops counting at 200 and says so', async () => {
		const search = await searchListings(anonClient(), { query: 'huishoudtrap', municipalityId });
		expect(search.items).toHaveLength(20);
		expect(search).toMatchObject({ total: 200, totalIsCapped: true });
		const browse = await searchListings(anonClient(), { municipalityId, sort: 'newest' });
		expect(browse).toMatchObject({ total: 200, totalIsCapped: true });
	});

	it.each([
		['huishoudtrap', 'relevance', 14],
		['ladder', 'relevance', 1],
		['ladder', 'relevance', 3],
		['ladder', 'newest', 30],
		['ladder', 'needed_by', 2]
	] as const)(
		'past the cap, "%s" by %s, page %i: the same page as from every match',
		async (query, sort, page) => {
			const options = { query, municipalityId, sort, page };
			const walked = await searchListings(anonClient(), options);
			const sorted = await searchListings(anonClient(), { ...options, states: ['open', 'open'] });
			expect(walked.items).toHaveLength(20);
			expect(walked.items.map((l) => l.id)).toEqual(sorted.items.map((l) => l.id));
			expect(walked.totalIsCapped).toBe(true);
		}
	);

	it('puts every word in the title first, then the newest', async () => {
		const search = await searchListings(anonClient(), { query: 'ladder', municipalityId });
		expect(
			search.items
				.slice(0, 3)
				.map((l) => l.title)
				.sort()
		).toEqual(Array.from({ length: 3 }, (_, i) => `Ladder voor de schuur ${i}`).sort());
		expect(search.items.slice(3).every((l) => l.title.startsWith('Huishoudtrap'))).toBe(true);
		const created = search.items.slice(3).map((l) => l.createdAt);
		expect(created).toEqual([...created].sort().reverse());
	});

	it('counts exactly below the cap, without listings the caller may not see', async () => {
		const search = await searchListings(anonClient(), { query: 'dekzeil', municipalityId });
		expect(search).toMatchObject({ total: 5, totalIsCapped: false });
		expect(search.items.map((l) => l.title).sort()).toEqual(
			Array.from({ length: 5 }, (_, i) => `Dekzeil voor de kermis ${i}`).sort()
		);
	});

	it('caps the count within a radius too, nearest first', async () => {
		const near = await searchListings(anonClient(), {
			municipalityId,
			place: 'Nijverdal',
			maxKm: 5,
			sort: 'distance'
		});
		expect(near).toMatchObject({ total: 200, totalIsCapped: true });
		expect(near.items).toHaveLength(20);
		expect(near.items.every((l) => l.distanceKm === 0 && l.state === 'open')).toBe(true);
		const words = await searchListings(anonClient(), {
			query: 'dekzeil',
			municipalityId,
			place: 'Nijverdal',
			maxKm: 5,
			sort: 'distance'
		});
		expect(words).toMatchObject({ total: 5, totalIsCapped: false });
		const none = await searchListings(anonClient(), {
			municipalityId,
			kind: 'request',
			place: 'Nijverdal',
			maxKm: 5,
			sort: 'distance'
		});
		expect(none).toMatchObject({ total: 0, items: [] });
	});

	it('counts a kind and categories exactly, drafts left out', async () => {
		const hands = await searchListings(anonClient(), {
			municipalityId,
			kind: 'offer',
			categories: ['hands']
		});
		expect(hands).toMatchObject({ total: 3, totalIsCapped: false });
		expect(hands.items.map((l) => l.title).sort()).toEqual(
			Array.from({ length: 3 }, (_, i) => `Sjouwers voor de verhuizing ${i}`).sort()
		);
		const both = await searchListings(anonClient(), { municipalityId, categories: ['hands', 'materials'] });
		expect(both).toMatchObject({ total: 200, totalIsCapped: true });
		const requests = await searchListings(anonClient(), { municipalityId, kind: 'request' });
		expect(requests).toMatchObject({ total: 0, items: [] });
	});
});
