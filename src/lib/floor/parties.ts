// Finding a party in two keystrokes: a prefix of the name or of any word in it, registered
// organisations first. Pure, so the console filters the list it loaded even when offline.
import type { FloorListing, FloorParty, FloorProposal } from './types';

const fold = (s: string) =>
	s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLocaleLowerCase('nl');

/** Parties whose name or a word of it starts with `query`; name prefixes before word prefixes. */
export function matchParties(parties: FloorParty[], query: string, limit = 8): FloorParty[] {
	const q = fold(query.trim());
	if (!q) return [];
	const scored: { p: FloorParty; rank: number }[] = [];
	for (const p of parties) {
		const name = fold(p.name);
		let rank = -1;
		if (name.startsWith(q)) rank = 0;
		else if (name.split(/[\s\-'.,/()]+/).some((w) => w.startsWith(q))) rank = 1;
		if (rank >= 0) scored.push({ p, rank: rank + (p.registered ? 0 : 2) });
	}
	return scored
		.sort((a, b) => a.rank - b.rank || a.p.name.localeCompare(b.p.name, 'nl'))
		.slice(0, limit)
		.map((s) => s.p);
}

/** The giver's open offers, the receiver's open requests, and the proposals between them. */
export function pairChoices(
	listings: FloorListing[],
	proposals: FloorProposal[],
	giverId: string | null,
	receiverId: string | null
) {
	const offers = listings.filter((l) => l.kind === 'offer' && l.organisationId === giverId);
	const requests = listings.filter((l) => l.kind === 'request' && l.organisationId === receiverId);
	const offerIds = new Set(offers.map((l) => l.id));
	const requestIds = new Set(requests.map((l) => l.id));
	const pairs = proposals
		.filter((p) => offerIds.has(p.offerId) && requestIds.has(p.requestId))
		.sort((a, b) => b.score - a.score);
	return { offers, requests, proposals: pairs };
}
