// Dutch search through public.search_listings, via PostgREST as an anonymous visitor: the
// test set from the issue (inflections, compounds, typos), filters, sorting and paging; then
// distances, as visitors and as members of two organisations.
import { beforeAll, describe, expect, it } from 'vitest';
import { listingSchema, type ListingInput } from '../../src/lib/schemas/listing';
import { createListing, searchListings, type SearchOptions } from '../../src/lib/server/listings';
import { adminClient, anonClient, signedInUser } from './clients';

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

// Nearest first and the radius, through the map index: listings at known distances from
// Nijverdal (the centre the places list gives), in a municipality of their own so that nothing
// else is in reach. Members see their own drafts when they ask for them, never another
// organisation's.
describe('search_listings by distance', () => {
	const EARTH_KM = 6371.0088;
	const CENTRE = { lat: 52.36, lon: 6.4681 };
	const rad = (deg: number) => (deg * Math.PI) / 180;
	const deg = (r: number) => (r * 180) / Math.PI;
	type Row = { id: string; created_at: string; latitude: number; longitude: number; state: string };

	let municipalityId: string;
	let member: Awaited<ReturnType<typeof signedInUser>>;
	let stranger: Awaited<ReturnType<typeof signedInUser>>;
	let memberOrg: string;
	let strangerOrg: string;
	const rows: Row[] = [];

	/** The point `km` from the centre towards `bearing` degrees, on the sphere haversine assumes. */
	function pointAt(km: number, bearing: number) {
		const d = km / EARTH_KM;
		const [p1, l1, b] = [rad(CENTRE.lat), rad(CENTRE.lon), rad(bearing)];
		const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
		const l2 =
			l1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
		return { latitude: deg(p2), longitude: deg(l2) };
	}
	function kmFromCentre(r: Row) {
		const h =
			Math.sin(rad(r.latitude - CENTRE.lat) / 2) ** 2 +
			Math.cos(rad(CENTRE.lat)) *
				Math.cos(rad(r.latitude)) *
				Math.sin(rad(r.longitude - CENTRE.lon) / 2) ** 2;
		return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}
	/** Nearest first, then newest, then by id: the order search_listings promises. */
	function expected(maxKm: number | null) {
		return rows
			.filter((r) => r.state === 'open' && (maxKm === null || kmFromCentre(r) <= maxKm))
			.sort(
				(a, b) =>
					kmFromCentre(a) - kmFromCentre(b) ||
					b.created_at.localeCompare(a.created_at) ||
					a.id.localeCompare(b.id)
			);
	}

	beforeAll(async () => {
		const admin = adminClient();
		const stamp = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;
		const municipality = await admin
			.from('municipalities')
			.insert({ slug: `afstand-${stamp}`, name: 'Testgemeente Afstand' })
			.select('id')
			.single();
		if (municipality.error) throw municipality.error;
		municipalityId = municipality.data.id;
		[member, stranger] = await Promise.all([signedInUser('dichtbij'), signedInUser('vreemde')]);
		const organisation = async (name: string, founder: string) => {
			const created = await admin
				.from('organisations')
				.insert({
					municipality_id: municipalityId,
					kind: 'business',
					name,
					slug: `${name}-${stamp}`,
					created_by: founder
				})
				.select('id')
				.single();
			if (created.error) throw created.error;
			return created.data.id;
		};
		memberOrg = await organisation('dichtbij', member.userId);
		strangerOrg = await organisation('vreemde', stranger.userId);

		const listing = (organisationId: string, title: string, km: number, bearing: number, state = 'open') => ({
			municipality_id: municipalityId,
			organisation_id: organisationId,
			kind: 'offer' as const,
			state: state as 'open' | 'draft',
			category: 'other' as const,
			title,
			place: 'Nijverdal',
			available_until: inDays(60),
			...pointAt(km, bearing)
		});
		const insert = async (batch: ReturnType<typeof listing>[]) => {
			const { data, error } = await admin
				.from('listings')
				.insert(batch)
				.select('id, created_at, latitude, longitude, state');
			if (error) throw error;
			rows.push(...(data as Row[]));
		};
		// 30 open offers between 0.2 and 9.2 km in all directions, two more at one point (the
		// newer first), one just inside and one just outside 10 km, one far away, and a draft
		// of each organisation near the centre.
		await insert([
			...Array.from({ length: 30 }, (_, i) =>
				listing(memberOrg, `Aanbod op afstand ${i}`, 0.2 + 0.31 * i, (i * 47) % 360)
			),
			listing(memberOrg, 'Net binnen de straal', 9.9, 135),
			listing(memberOrg, 'Net buiten de straal', 10.1, 315),
			listing(strangerOrg, 'Ver weg', 40, 90),
			listing(memberOrg, 'Concept van dichtbij', 0, 0, 'draft'),
			listing(strangerOrg, 'Concept van een ander', 0.1, 180, 'draft'),
			listing(strangerOrg, 'Eerste op hetzelfde punt', 4, 200)
		]);
		await insert([listing(strangerOrg, 'Tweede op hetzelfde punt', 4, 200)]);
	}, 60_000);

	const near = (client: ReturnType<typeof anonClient>, options: SearchOptions = {}) =>
		searchListings(client, { municipalityId, place: 'Nijverdal', maxKm: 10, sort: 'distance', ...options });

	it('pages nearest first within the radius, ties newest first', async () => {
		const want = expected(10);
		expect(want).toHaveLength(33);
		const pages = [];
		for (let page = 1; page <= 5; page++) pages.push(await near(anonClient(), { pageSize: 7, page }));
		expect(pages.map((p) => p.total)).toEqual([33, 33, 33, 33, 33]);
		expect(pages.flatMap((p) => p.items.map((l) => l.id))).toEqual(want.map((r) => r.id));
		const twins = pages.flatMap((p) => p.items).filter((l) => l.title.endsWith('op hetzelfde punt'));
		expect(twins.map((l) => l.title)).toEqual(['Tweede op hetzelfde punt', 'Eerste op hetzelfde punt']);
		for (const item of pages.flatMap((p) => p.items)) {
			const row = want.find((r) => r.id === item.id)!;
			expect(Math.abs((item.distanceKm ?? NaN) - kmFromCentre(row))).toBeLessThanOrEqual(0.06);
		}
		const titles = pages.flatMap((p) => p.items.map((l) => l.title));
		expect(titles).toContain('Net binnen de straal');
		expect(titles).not.toContain('Net buiten de straal');
	});

	it('sorts every listing of the place nearest first without a radius', async () => {
		const all = await near(anonClient(), { maxKm: null, pageSize: 100 });
		expect(all.total).toBe(35);
		expect(all.items.map((l) => l.id)).toEqual(expected(null).map((r) => r.id));
		expect(all.items.at(-1)?.title).toBe('Ver weg');
	});

	it('shows members their own drafts when asked, never those of another organisation', async () => {
		const own = await near(member.client, { states: ['draft', 'open'], pageSize: 100 });
		expect(own.items[0]?.title).toBe('Concept van dichtbij');
		expect(own.items.map((l) => l.title)).not.toContain('Concept van een ander');
		expect(own.total).toBe(34);
		const theirs = await near(stranger.client, { states: ['draft'] });
		expect(theirs.items.map((l) => [l.title, l.organisation.id])).toEqual([
			['Concept van een ander', strangerOrg]
		]);
		const anonymous = await near(anonClient(), { states: ['draft', 'open'], pageSize: 100 });
		expect(anonymous.items.some((l) => l.state === 'draft')).toBe(false);
		expect(anonymous.total).toBe(33);
	});

	it('gives members the same marketplace as everyone else', async () => {
		const [asMember, asAnyone] = await Promise.all([
			near(member.client, { pageSize: 100 }),
			near(anonClient(), { pageSize: 100 })
		]);
		expect(asMember.items.map((l) => l.id)).toEqual(asAnyone.items.map((l) => l.id));
		expect(asMember.items.some((l) => l.state === 'draft')).toBe(false);
		const browse = await searchListings(member.client, { municipalityId, sort: 'newest', pageSize: 100 });
		expect(browse.total).toBe(35);
		expect(browse.items.some((l) => l.organisation.id === memberOrg && l.state === 'draft')).toBe(false);
	});
});
