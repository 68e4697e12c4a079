import { describe, expect, it } from 'vitest';
import { matchParties, pairChoices } from './parties';
import { prefillFrom } from './prefill';
import type { FloorListing, FloorParty } from './types';

const parties: FloorParty[] = [
	{ id: 'a', name: 'Scouting Daarlerveen', registered: false },
	{ id: 'b', name: 'Schildersbedrijf Kamphuis', registered: true },
	{ id: 'c', name: 'Stichting Dorpshuis Daarle', registered: false },
	{ id: 'd', name: 'Muziekvereniging Concordia Haarle', registered: false },
	{ id: 'e', name: 'Café ’t Hoekje', registered: false }
];

describe('matchParties', () => {
	it('two letters find a party by its name or a word of it; registered ones first', () => {
		expect(matchParties(parties, 'sc').map((p) => p.id)).toEqual(['b', 'a']);
		expect(matchParties(parties, 'Co').map((p) => p.id)).toEqual(['d']);
		expect(matchParties(parties, 'da').map((p) => p.id)).toEqual(['a', 'c']);
		expect(matchParties(parties, 'cafe').map((p) => p.id)).toEqual(['e']);
		expect(matchParties(parties, ' ')).toEqual([]);
		expect(matchParties(parties, 'xq')).toEqual([]);
	});
});

const offer: FloorListing = {
	id: 'o',
	organisationId: 'giver',
	kind: 'offer',
	title: 'Twee schilders',
	category: 'hands',
	estimatedHours: 16,
	estimatedValue: null,
	inReturn: 'Een optreden'
};
const request: FloorListing = {
	id: 'r',
	organisationId: 'receiver',
	kind: 'request',
	title: 'Kantine schilderen',
	category: 'hands',
	estimatedHours: 12,
	estimatedValue: null,
	inReturn: ''
};

describe('prefill', () => {
	it('fills what is given, in return and the hours under the category', () => {
		expect(prefillFrom(offer, request)).toEqual({
			category: 'hands',
			whatGiven: 'Twee schilders',
			inReturn: 'Een optreden',
			hoursHands: 16,
			hoursExpertise: 0,
			hoursStudents: 0,
			materialsValue: 0
		});
		expect(prefillFrom(null, { ...request, category: 'materials', estimatedValue: 300 })).toMatchObject({
			whatGiven: 'Kantine schilderen',
			hoursHands: 0,
			materialsValue: 300
		});
		expect(prefillFrom(null, null)).toBeNull();
	});

	it('offers only the giver’s offers, the receiver’s requests and the proposals between them', () => {
		const other = { ...offer, id: 'o2', organisationId: 'someone' };
		const choices = pairChoices(
			[offer, request, other],
			[
				{ id: 'p1', offerId: 'o', requestId: 'r', score: 0.7 },
				{ id: 'p2', offerId: 'o2', requestId: 'r', score: 0.9 }
			],
			'giver',
			'receiver'
		);
		expect(choices.offers.map((l) => l.id)).toEqual(['o']);
		expect(choices.requests.map((l) => l.id)).toEqual(['r']);
		expect(choices.proposals.map((p) => p.id)).toEqual(['p1']);
	});
});
