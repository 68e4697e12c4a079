import { findCycles, type Edge } from './cycles';
import { extractFeatures, forEachSharedConcept, sharedConcepts } from './features';
import { diversify, servedFactor } from './fairness';
import { learnedFactor, learnedThemes, MAX_FACTOR } from './learning';
import { MAX_BOOST, pairScore, rawFor, scorePair, squash, WEIGHTS, type PairInput } from './score';
import { normalise } from './text';
import type {
	Cycle,
	EngineOptions,
	MatchResult,
	Offer,
	Pool,
	Proposal,
	Reason,
	Request,
	Side
} from './types';
import { cosine, DocFreq, VectorIndex, type Vec } from './vector-index';

type DocBase = { group: number; main: Vec; wants?: Vec; gives?: Vec };
type Doc =
	| (DocBase & { side: 'offer'; listing: Offer; travels: boolean })
	| (DocBase & { side: 'request'; listing: Request; travels: false });

/** A scored candidate pair; its reasons are worked out only if it is shown (`explain`). */
type Scored = {
	request: string;
	offer: string;
	score: number;
	/** Text similarity as the index found it, to score the pair again with reasons. */
	sim: number;
	/** Lowered because the other listing was served recently. */
	servedDown: boolean;
};

const DEFAULTS = { maxPerList: 10, maxPerOrg: 2, maxCycles: 50 };
/** Candidates rescored per list; far more than ever survive the threshold. */
const CANDIDATES = 30;
/** Weaker links may still close a cycle, whose value is in the whole round. */
const EDGE_THRESHOLD = 0.3;
const EDGES_PER_GIVER = 6;
const asEdge = (h: { id: string; sim: number }) => ({ id: h.id, weight: squash(h.sim) });

// Goods that are delivered, or help given online, do not suffer from distance.
const TRAVELS =
	/\b(bezorg\w*|brengen|rondbrengen|online|op afstand|in heel (nederland|overijssel|twente|de regio))\b/;

export type Engine = {
	/** Adds or replaces one listing and returns its fresh proposals (only that listing is recomputed). */
	updateListing(side: Side, listing: Offer | Request): Proposal[];
	removeListing(id: string): void;
	/** Ranked proposals for one listing: offers for a request, requests for an offer. */
	proposalsFor(id: string): Proposal[];
	/**
	 * The other side's listings that one could be proposed with: its scored candidates before the
	 * served factor, the mutual fit and the cut to a list. Whose lists a changed listing may enter.
	 */
	candidatesFor(id: string): string[];
	/** Every request's list plus the exchange cycles across the pool. */
	proposeAll(): MatchResult;
	cycles(): Cycle[];
	/** Who-can-give-whom-what links between organisations, from which cycles are built. */
	exchangeEdges(): Edge[];
	/** Listing ids of one side in the order `proposeAll` lists them (used to split a batch across threads). */
	ids(side: Side): string[];
	readonly size: { offers: number; requests: number };
};

export function createEngine(pool: Pool, options: EngineOptions = {}): Engine {
	const opts = { ...DEFAULTS, ...options };
	const now = (options.now ?? new Date()).getTime();
	const df = new DocFreq();
	const docs = new Map<string, Doc>();
	const orgIds = new Map<string, number>();
	const groupOf = (org: string) => {
		let g = orgIds.get(org);
		if (g === undefined) orgIds.set(org, (g = orgIds.size));
		return g;
	};
	const main = new Map<string, Vec>();
	// the concepts each listing names itself (for reasons), found in the same pass as its features
	const named = new Map<string, Map<string, number>>();
	const namedOf = (id: string) => named.get(id) ?? new Map<string, number>();
	const pack = (text: string) => df.space.pack(extractFeatures([{ text, weight: 1 }]));
	const offerMain = new VectorIndex<Doc>(df);
	const requestMain = new VectorIndex<Doc>(df);
	const offerWants = new VectorIndex(df);
	const requestGives = new VectorIndex(df);

	function add(side: Side, listing: Offer | Request): void {
		remove(listing.id);
		const direct = new Map<string, number>();
		const f = df.space.pack(
			extractFeatures(
				[
					{ text: listing.title, weight: 1.5 },
					{ text: listing.description, weight: 1 }
				],
				direct
			)
		);
		named.set(listing.id, direct);
		df.add(f);
		main.set(listing.id, f);
		if (side === 'offer') {
			const offer = listing as Offer;
			const text = normalise(`${offer.title} ${offer.description}`);
			const wants = offer.wantsInReturn ? pack(offer.wantsInReturn) : undefined;
			const doc: Doc = {
				side,
				listing: offer,
				travels: TRAVELS.test(text),
				group: groupOf(offer.org),
				main: f,
				wants
			};
			docs.set(offer.id, doc);
			offerMain.set(offer.id, f, doc.group, doc);
			if (wants) offerWants.set(offer.id, wants);
		} else {
			const request = listing as Request;
			const gives = request.canOfferInReturn ? pack(request.canOfferInReturn) : undefined;
			const doc: Doc = {
				side,
				listing: request,
				travels: false,
				group: groupOf(request.org),
				main: f,
				gives
			};
			docs.set(request.id, doc);
			requestMain.set(request.id, f, doc.group, doc);
			if (gives) requestGives.set(request.id, gives);
		}
	}

	function remove(id: string): void {
		const f = main.get(id);
		if (!f) return;
		df.remove(f);
		main.delete(id);
		named.delete(id);
		docs.delete(id);
		for (const index of [offerMain, requestMain, offerWants, requestGives]) index.delete(id);
	}

	const learned = options.learned;
	const learnedIds = learnedThemes(learned);

	/** Learned themes both texts carry with some weight. */
	function learnedShared(a: Vec, b: Vec): string[] {
		const out: string[] = [];
		if (learnedIds.size === 0) return out;
		forEachSharedConcept(a, b, df, (id, wa, wb) => {
			if (learnedIds.has(id) && Math.min(wa, wb) >= 0.5) out.push(id);
		});
		return out;
	}

	function pairInput(
		offerDoc: Doc & { side: 'offer' },
		requestDoc: Doc & { side: 'request' },
		textSim: number
	): PairInput {
		const o = offerDoc.listing;
		const r = requestDoc.listing;
		const recipSim = cosine(offerDoc.wants, requestDoc.gives, df);
		const lf = learned
			? learnedFactor(learned, o.category, r.category, learnedShared(offerDoc.main, requestDoc.main))
			: 1;
		return {
			offer: o,
			request: r,
			textSim: textSim * lf,
			recipSim,
			themes: [],
			travels: offerDoc.travels,
			now
		};
	}

	/** Reasons and caveats of a scored pair, computed only for the pairs that are shown. */
	function explain(p: Scored): { reasons: Reason[]; caveats: Reason[] } {
		const o = docs.get(p.offer) as Doc & { side: 'offer' };
		const r = docs.get(p.request) as Doc & { side: 'request' };
		const { reasons, caveats } = scorePair(pairInput(o, r, p.sim));
		return { reasons, caveats: p.servedDown ? [...caveats, { code: 'recently_served' }] : caveats };
	}

	// Each listing's scored neighbours, valid while the pool is unchanged (df.version moves on every
	// change); one search serves the listing's own list, the mutual-fit factor and the cycle edges.
	const pairCache = new Map<string, Scored[]>();
	let pairVersion = -1;

	/**
	 * Scored candidates for one listing without the served factor (it lowers what is shown, not how
	 * well a listing fits), best first. Hits whose text similarity cannot reach the cycle-edge threshold
	 * even with every bonus are not scored.
	 */
	function pairsOf(id: string): Scored[] {
		if (pairVersion !== df.version) {
			pairCache.clear();
			pairVersion = df.version;
		}
		const cached = pairCache.get(id);
		if (cached) return cached;
		const doc = docs.get(id);
		if (!doc) return [];
		const target = doc.side === 'request' ? offerMain : requestMain;
		const hits = target.search(doc.main, CANDIDATES, doc.group);
		const minSim = rawFor(EDGE_THRESHOLD - 0.001) / MAX_BOOST / (learned ? MAX_FACTOR : 1);
		const out: Scored[] = [];
		for (const hit of hits) {
			if (hit.sim < minSim) break;
			const other = hit.item;
			const [o, r] = (doc.side === 'offer' ? [doc, other] : [other, doc]) as [
				Doc & { side: 'offer' },
				Doc & { side: 'request' }
			];
			const score = pairScore(pairInput(o, r, hit.sim));
			if (score < EDGE_THRESHOLD) continue;
			out.push({ request: r.listing.id, offer: o.listing.id, score, sim: hit.sim, servedDown: false });
		}
		// one side is fixed, so the other side's id breaks ties
		const key = doc.side === 'request' ? 'offer' : 'request';
		out.sort((a, b) => b.score - a.score || cmp(a[key], b[key]));
		pairCache.set(id, out);
		return out;
	}

	/** A listing's candidates with recently served partners lowered, re-ranked. */
	function served(id: string): Scored[] {
		const key = docs.get(id)?.side === 'request' ? 'offer' : 'request';
		const pairs = pairsOf(id);
		let lowered = false;
		const out = pairs.map((p) => {
			const score = round3(p.score * servedFactor(docs.get(p[key])!.listing, now));
			if (score >= p.score) return p;
			lowered = true;
			return { ...p, score, servedDown: true };
		});
		// pairsOf is already in this order: only a lowered score can change it
		return lowered ? out.sort((a, b) => b.score - a.score || cmp(a[key], b[key])) : pairs;
	}

	const strongest = (id: string) => pairsOf(id).slice(0, EDGES_PER_GIVER);

	function proposalsFor(id: string): Proposal[] {
		const doc = docs.get(id);
		if (!doc) return [];
		const otherKey = doc.side === 'request' ? 'offer' : 'request';
		const candidates: (Scored & { id: string; org: string })[] = [];
		for (const p of served(id)) {
			if (p.score < WEIGHTS.threshold) continue;
			// Mutual fit: a pair that is also among the other side's best is more credible.
			const other = p[otherKey];
			// An offer can often serve more than one request, so it is compared with its k-th best, not its best.
			const mine = pairsOf(other);
			const theirs = mine[Math.min(WEIGHTS.mutualRank, mine.length) - 1]?.score ?? 0;
			const mutual = theirs > p.score ? (p.score / theirs) ** WEIGHTS.mutual : 1;
			const score = round3(p.score * mutual);
			if (score < WEIGHTS.threshold) continue;
			candidates.push({
				request: p.request,
				offer: p.offer,
				score,
				sim: p.sim,
				servedDown: p.servedDown,
				id: other,
				org: docs.get(other)!.listing.org
			});
		}
		candidates.sort((a, b) => b.score - a.score || cmp(a.id, b.id));
		const diverse = diversify(candidates, opts.maxPerOrg);
		const top = diverse[0]?.score ?? 0;
		const out: Proposal[] = [];
		for (const candidate of diverse) {
			const { request, offer, score } = candidate;
			if (score < top * WEIGHTS.relative || out.length >= opts.maxPerList) break;
			const { reasons, caveats } = explain(candidate);
			// shared themes are looked up only for what is shown: the costliest reason
			const themes = sharedConcepts(
				main.get(offer)!,
				main.get(request)!,
				df,
				namedOf(offer),
				namedOf(request)
			);
			const lead: Reason[] = themes.length
				? [{ code: 'shared_theme', params: { themes: themes.join('|') } }]
				: [];
			out.push({ request, offer, score, reasons: [...lead, ...reasons], caveats });
		}
		return out;
	}

	function cycleEdges(): Edge[] {
		const edges: Edge[] = [];
		const orgOf = (id: string) => docs.get(id)!.listing.org;
		const push = (give: string, want: string, weight: number, kind: Edge['kind']) => {
			if (weight >= EDGE_THRESHOLD && orgOf(give) !== orgOf(want)) {
				const target = docs.get(want)!.side;
				edges.push({ from: orgOf(give), to: orgOf(want), give, want, weight, kind, target });
			}
		};
		for (const [id, doc] of docs) {
			if (doc.side === 'offer') {
				for (const p of strongest(id)) push(id, p.request, p.score, 'help');
				// searched from the (fewer) wishes towards the offers that could fulfil them
				const wants = offerWants.vector(id);
				if (wants)
					for (const h of offerMain.search(wants, EDGES_PER_GIVER).map(asEdge))
						push(h.id, id, h.weight, 'wish');
			} else {
				const gives = requestGives.vector(id);
				if (!gives) continue;
				// what the organisation gives back may fit a business's wish or another organisation's request
				for (const h of offerWants.search(gives, EDGES_PER_GIVER).map(asEdge))
					push(id, h.id, h.weight, 'return');
				for (const h of requestMain.search(gives, EDGES_PER_GIVER).map(asEdge))
					push(id, h.id, h.weight, 'return');
			}
		}
		return edges;
	}

	for (const o of pool.offers) add('offer', o);
	for (const r of pool.requests) add('request', r);

	const engine: Engine = {
		updateListing(side, listing) {
			add(side, listing);
			return proposalsFor(listing.id);
		},
		removeListing: remove,
		proposalsFor,
		candidatesFor(id) {
			const key = docs.get(id)?.side === 'request' ? 'offer' : 'request';
			return pairsOf(id).map((p) => p[key]);
		},
		cycles: () => findCycles(cycleEdges(), { maxCycles: opts.maxCycles }),
		exchangeEdges: cycleEdges,
		ids(side) {
			const out: string[] = [];
			for (const [id, doc] of docs) if (doc.side === side) out.push(id);
			return out;
		},
		proposeAll() {
			const proposals: Proposal[] = [];
			for (const [id, doc] of docs) if (doc.side === 'request') proposals.push(...proposalsFor(id));
			return { proposals, cycles: engine.cycles() };
		},
		get size() {
			let offers = 0;
			for (const d of docs.values()) if (d.side === 'offer') offers++;
			return { offers, requests: docs.size - offers };
		}
	};
	return engine;
}

/** Full batch in one call: every request's ranked offers and the exchange cycles. */
export function proposeAll(pool: Pool, options: EngineOptions = {}): MatchResult {
	return createEngine(pool, options).proposeAll();
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
