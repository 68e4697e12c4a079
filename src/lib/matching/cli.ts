import { proposeAll } from './engine';
import { formatReasons } from './reasons';
import type { Lang, MatchResult, Offer, Pool, Request } from './types';

export type CliOutput = {
	proposals: { request: string; offer: string; score: number; reasons: string[] }[];
	cycles: { members: string[]; score: number; reasons: string[] }[];
};

/** Reads a pool in the matching-dev.json format; `relevance` and `cycles` are ignored when present. */
export function parsePool(json: string): Pool {
	const data: unknown = JSON.parse(json);
	if (typeof data !== 'object' || data === null) throw new Error('Expected a JSON object');
	const { offers, requests } = data as { offers?: unknown; requests?: unknown };
	if (!Array.isArray(offers) || !Array.isArray(requests))
		throw new Error('Expected "offers" and "requests" arrays');
	for (const l of [...offers, ...requests] as Record<string, unknown>[]) {
		if (typeof l?.id !== 'string' || typeof l.org !== 'string' || typeof l.title !== 'string') {
			throw new Error(`Listing without id/org/title: ${JSON.stringify(l).slice(0, 80)}`);
		}
		l.description ??= '';
		l.category ??= 'other';
	}
	return { offers: offers as Offer[], requests: requests as Request[] };
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
			reasons: formatReasons(p.reasons, lang)
		})),
		cycles: result.cycles.map((c) => ({
			members: c.members,
			score: c.score,
			reasons: formatReasons(c.reasons, lang)
		}))
	};
}
