// A round read back as hand-offs ("A geeft X aan B"), from the listing order the engine stores.
import { describe, expect, it } from 'vitest';
import { membersOf, type Edge } from '$lib/matching/cycles';
import { cycleHandoffs, type ListingRef } from './read';

const listing = (
	id: string,
	kind: 'offer' | 'request',
	organisationId: string,
	title: string,
	givesBack: string | null = null
): ListingRef => ({ id, kind, title, organisationId, givesBack });

const listings = new Map(
	[
		listing('oA', 'offer', 'A', 'Broodjes voor de vrijwilligersdag'),
		listing('rA', 'request', 'A', 'Hulp bij de nieuwe website'),
		listing(
			'rB',
			'request',
			'B',
			'Catering voor het toernooi',
			'Wij zetten met tien vrijwilligers uw bedrijfsuitje op'
		),
		listing('oB', 'offer', 'B', 'Kantine te leen'),
		listing('oC', 'offer', 'C', 'Website bouwen voor een vereniging'),
		listing('rC', 'request', 'C', 'Ruimte voor een cursusavond')
	].map((l) => [l.id, l])
);
const names = new Map([
	['A', 'Bakkerij'],
	['B', 'Voetbalclub'],
	['C', 'Webbureau']
]);
const edge = (give: string, want: string, kind: Edge['kind']): Edge => ({
	from: listings.get(give)!.organisationId,
	to: listings.get(want)!.organisationId,
	give,
	want,
	weight: 0.8,
	kind,
	target: listings.get(want)!.kind
});
/** What the engine stores: members in flow order, organisation_ids alongside. */
const stored = (edges: Edge[]) => {
	const members = membersOf(edges);
	return { members, organisation_ids: members.map((id) => listings.get(id)!.organisationId) };
};

describe('cycleHandoffs', () => {
	it('says who gives what to whom, in order, also when a listing both receives and gives', () => {
		// A's offer helps B's request; B gives back what its request offers in return, wished by C's
		// offer; C's offer helps A's request. Four listings, three hand-offs.
		const cycle = stored([edge('oA', 'rB', 'help'), edge('rB', 'oC', 'return'), edge('oC', 'rA', 'help')]);
		expect(cycle.members).toEqual(['oA', 'rB', 'oC', 'rA']);
		const handoffs = cycleHandoffs(cycle, listings, names, new Set(['A']));
		expect(
			handoffs.map(
				(h) => `${h.giver} geeft ${h.gift?.title} aan ${h.receiver} (${h.for?.kind}: ${h.for?.title})`
			)
		).toEqual([
			'Bakkerij geeft Broodjes voor de vrijwilligersdag aan Voetbalclub (request: Catering voor het toernooi)',
			'Voetbalclub geeft Wij zetten met tien vrijwilligers uw bedrijfsuitje op aan Webbureau (offer: Website bouwen voor een vereniging)',
			'Webbureau geeft Website bouwen voor een vereniging aan Bakkerij (request: Hulp bij de nieuwe website)'
		]);
		expect(handoffs.map((h) => [h.giverIsReader, h.receiverIsReader])).toEqual([
			[true, false],
			[false, false],
			[false, true]
		]);
		expect(handoffs[0]!.gift?.href).toBe('/aanbod/oA');
	});

	it('skips the step inside one organisation (receives with one listing, gives with another)', () => {
		const cycle = stored([edge('oA', 'rB', 'help'), edge('oB', 'rC', 'help'), edge('oC', 'rA', 'help')]);
		expect(cycle.members).toEqual(['oA', 'rB', 'oB', 'rC', 'oC', 'rA']);
		const handoffs = cycleHandoffs(cycle, listings, names);
		expect(handoffs.map((h) => `${h.giver}>${h.gift?.title}>${h.receiver}`)).toEqual([
			'Bakkerij>Broodjes voor de vrijwilligersdag>Voetbalclub',
			'Voetbalclub>Kantine te leen>Webbureau',
			'Webbureau>Website bouwen voor een vereniging>Bakkerij'
		]);
	});

	it('keeps the hand-off of a listing the reader may not see, without its title', () => {
		const cycle = stored([edge('oA', 'rB', 'help'), edge('oB', 'rC', 'help'), edge('oC', 'rA', 'help')]);
		const seen = new Map([...listings].filter(([id]) => id !== 'oB'));
		const handoffs = cycleHandoffs(cycle, seen, names);
		expect(handoffs).toHaveLength(3);
		expect(handoffs[1]).toMatchObject({ giver: 'Voetbalclub', receiver: 'Webbureau', gift: null });
	});
});
