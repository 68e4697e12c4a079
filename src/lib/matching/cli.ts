import { proposeAll } from './engine';
import { formatReasons } from './reasons';
import type { Lang, MatchResult, Offer, Pool, Request } from './types';

export type CliOutput = {
	proposals: { request: string; offer: string; score: number; reasons: string[]; caveats: string[] }[];
	cycles: { members: string[]; score: number; reasons: string[] }[];
};

type JsonListing = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function base(l: JsonListing) {
	const location = l.location as { lat?: unknown; lon?: unknown } | null | undefined;
	return {
		id: l.id as string,
		org: l.org as string,
		orgKind: str(l.org_kind),
		title: l.title as string,
		description: str(l.description) ?? '',
		category: str(l.category) ?? 'other',
		place: str(l.place),
		location:
			location && typeof location.lat === 'number' && typeof location.lon === 'number'
				? { lat: location.lat, lon: location.lon }
				: null,
		quantity: str(l.quantity),
		servedAt: str(l.served_at ?? l.servedAt)
	};
}

/**
 * Reads a pool in the matching-dev.json format (snake_case field names, the CLI contract) into the
 * engine's camelCase listings; `relevance` and `cycles` are ignored when present.
 */
export function parsePool(json: string): Pool {
	const data: unknown = JSON.parse(json);
	if (typeof data !== 'object' || data === null) throw new Error('Expected a JSON object');
	const { offers, requests } = data as { offers?: unknown; requests?: unknown };
	if (!Array.isArray(offers) || !Array.isArray(requests))
		throw new Error('Expected "offers" and "requests" arrays');
	for (const l of [...offers, ...requests] as JsonListing[]) {
		if (typeof l?.id !== 'string' || typeof l.org !== 'string' || typeof l.title !== 'string') {
			throw new Error(`Listing without id/org/title: ${JSON.stringify(l).slice(0, 80)}`);
		}
	}
	return {
		offers: (offers as JsonListing[]).map((l): Offer => ({
			...base(l),
			availableFrom: str(l.available_from),
			availableUntil: str(l.available_until),
			wantsInReturn: str(l.wants_in_return)
		})),
		requests: (requests as JsonListing[]).map((l): Request => ({
			...base(l),
			neededBy: str(l.needed_by),
			canOfferInReturn: str(l.can_offer_in_return)
		}))
	};
}

/** The `npm run match` contract: one JSON object, reasons rendered as strings. */
export function runMatch(json: string, options: { now?: Date; lang?: Lang } = {}): CliOutput {
	return formatResult(proposeAll(parsePool(json), { now: options.now }), options.lang);
}

/** Renders a batch result in the CLI contract (also used for a batch computed on several threads). */
export function formatResult(result: MatchResult, lang: Lang = 'nl'): CliOutput {
	return {
		proposals: result.proposals.map((p) => ({
			request: p.request,
			offer: p.offer,
			score: p.score,
			reasons: formatReasons(p.reasons, lang),
			caveats: formatReasons(p.caveats, lang)
		})),
		cycles: result.cycles.map((c) => ({
			members: c.members,
			score: c.score,
			reasons: formatReasons(c.reasons, lang)
		}))
	};
}
