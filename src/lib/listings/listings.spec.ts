import { describe, expect, it } from 'vitest';
import { toBrowseCard, toListingCard } from './cards';
import { toHistoryEntry } from './history';
import { listingPath, myListingsHref } from './paths';
import { searchQuery, type SearchFormValues } from './search-form';

const empty: SearchFormValues = {
	q: '',
	categories: [],
	place: '',
	km: null,
	organisation_kind: null,
	active_on: null,
	sort: 'relevance'
};

describe('searchQuery', () => {
	it('leaves out empty filters and the first page, so a plain list has a plain URL', () => {
		expect(searchQuery(empty)).toBe('');
		expect(searchQuery(empty, 1)).toBe('');
	});

	it('keeps every filter when paging, with one parameter per category as the form sends them', () => {
		const query = searchQuery(
			{
				...empty,
				q: 'laptop',
				categories: ['hands', 'materials'],
				place: 'Haarle',
				km: 10,
				organisation_kind: 'business',
				active_on: '2027-01-15',
				sort: 'distance'
			},
			3
		);
		expect(query).toBe(
			'?q=laptop&categories=hands&categories=materials&place=Haarle&km=10&organisation_kind=business&active_on=2027-01-15&sort=distance&page=3'
		);
	});
});

describe('listing cards', () => {
	it('links offers under /aanbod and requests under /vragen', () => {
		expect(listingPath('offer', 'x')).toBe('/aanbod/x');
		expect(listingPath('request', 'x')).toBe('/vragen/x');
	});

	it('drops what a card does not render (organisation id, rank)', () => {
		const row = {
			id: '1',
			kind: 'offer' as const,
			state: 'open' as const,
			category: 'hands' as const,
			title: 'Twee timmermannen',
			excerpt: 'Helpen een dag mee',
			amount: '2 mensen',
			place: 'Nijverdal',
			endsOn: null,
			distanceKm: null,
			rank: 0.5,
			organisation: { id: 'org', name: 'Bouwbedrijf', slug: 'bouwbedrijf', kind: 'business' as const }
		};
		const card = toListingCard(row);
		expect(card.organisation).toEqual({ name: 'Bouwbedrijf', slug: 'bouwbedrijf' });
		expect(card).not.toHaveProperty('rank');
		// The list pages know the kind themselves and show open listings only.
		const browseCard = toBrowseCard(row);
		expect({ ...browseCard, kind: card.kind, state: card.state }).toStrictEqual(card);
		expect(browseCard).not.toHaveProperty('kind');
		expect(browseCard).not.toHaveProperty('state');
	});
});

describe('toHistoryEntry', () => {
	const event = {
		id: 7,
		action: 'updated' as const,
		actorId: 'me',
		oldState: 'open' as const,
		newState: 'open' as const,
		changedFields: ['latitude', 'longitude', 'place', 'title'],
		createdAt: '2026-11-29T10:00:00Z'
	};

	it('names the changed fields without coordinates, in a fixed order', () => {
		expect(toHistoryEntry(event, 'me').fields).toEqual(['title', 'place']);
	});

	it('tells the user apart from colleagues and the system', () => {
		expect(toHistoryEntry(event, 'me').by).toBe('you');
		expect(toHistoryEntry(event, 'someone-else').by).toBe('other');
		expect(toHistoryEntry({ ...event, actorId: null }, 'me').by).toBe('system');
	});
});

describe('myListingsHref', () => {
	it('keeps words and status, names the organisation only when there is a choice', () => {
		expect(myListingsHref({ q: '', state: '' }, null)).toBe('/mijn/aanbod-en-vragen');
		expect(myListingsHref({ q: 'beamer huren', state: 'draft' }, null, 2)).toBe(
			'/mijn/aanbod-en-vragen?q=beamer+huren&state=draft&page=2'
		);
		expect(myListingsHref({ q: '', state: 'open' }, 'bakkerij-nijhuis')).toBe(
			'/mijn/aanbod-en-vragen?state=open&organisation=bakkerij-nijhuis'
		);
	});
});
