import type { Cycle, Reason } from './types';

/**
 * One organisation can give another something it wants:
 * - help:   an offer fits a request;
 * - return: what an organisation can give back fits a business's wish or another request;
 * - wish:   one business's offer fits another business's wish.
 * Organisations are the nodes: an organisation that both posts a request and an offer
 * closes the loop through its own listings.
 */
export type Edge = {
	from: string;
	to: string;
	give: string;
	want: string;
	weight: number;
	kind: 'help' | 'return' | 'wish';
	/** Whether `want` is an offer (a business's wish) or a request. */
	target?: 'offer' | 'request';
};

type Link = Edge & { log: number };

export type CycleOptions = { maxCycles: number; minScore?: number; maxPerOrg?: number };

const MIN_SCORE = 0.42;
/**
 * Strongest outgoing links followed per organisation; keeps the search linear in the pool.
 * Each kind of link keeps its own few, so many strong links of one kind (a volunteer group that
 * fits every request) cannot crowd out the one link of another kind that closes a round.
 */
const MAX_DEGREE = 10;
const MAX_PER_KIND = 6;

/** Three- and four-party rounds (A helps B, B helps C, C helps A), best first. */
export function findCycles(edges: Edge[], options: CycleOptions): Cycle[] {
	const out = new Map<string, Link[]>();
	for (const edge of edges) {
		const e: Link = { ...edge, log: Math.log(Math.max(edge.weight, 1e-6)) };
		const list = out.get(e.from) ?? [];
		// keep the best witness per organisation pair
		const existing = list.findIndex((x) => x.to === e.to);
		if (existing === -1) list.push(e);
		else if (list[existing]!.weight < e.weight) list[existing] = e;
		out.set(e.from, list);
	}
	for (const [from, list] of out) {
		list.sort((a, b) => b.weight - a.weight || (a.to < b.to ? -1 : 1));
		const perKind = new Map<string, number>();
		const kept = list.filter((e) => {
			const k = e.kind + (e.target ?? '');
			const n = perKind.get(k) ?? 0;
			perKind.set(k, n + 1);
			return n < MAX_PER_KIND;
		});
		out.set(from, kept.slice(0, MAX_DEGREE));
	}

	const minScore = options.minScore ?? MIN_SCORE;
	// A four-edge cycle can score at most the 4th root of its edge product so far: prune below that.
	const floor = Math.log(minScore) * 4;
	const found: { edges: Edge[]; score: number }[] = [];
	// Organisations become their rank in sorted order, so the walk compares and marks integers.
	const names = [...new Set([...out.keys(), ...[...out.values()].flatMap((l) => l.map((e) => e.to))])].sort();
	const rank = new Map(names.map((name, i) => [name, i]));
	const n = names.length;
	const adjStart = new Int32Array(n + 1);
	for (const [from, list] of out) adjStart[rank.get(from)! + 1] = list.length;
	for (let i = 0; i < n; i++) adjStart[i + 1]! += adjStart[i]!;
	const links: Link[] = new Array<Link>(adjStart[n]!);
	const adjTo = new Int32Array(adjStart[n]!);
	const adjLog = new Float64Array(adjStart[n]!);
	const linkFrom = new Int32Array(adjStart[n]!);
	const incoming: number[][] = names.map(() => []);
	for (const [from, list] of out) {
		const f = rank.get(from)!;
		list.forEach((e, j) => {
			const at = adjStart[f]! + j;
			links[at] = e;
			adjTo[at] = rank.get(e.to)!;
			adjLog[at] = e.log;
			linkFrom[at] = f;
			incoming[adjTo[at]!]!.push(at);
		});
	}
	// the closing link back to the start is looked up, not searched: that keeps the walk at degree^3
	const closing = new Int32Array(n).fill(-1);
	const visited = new Uint8Array(n);
	const path: number[] = [];
	let start = 0;
	// a cycle is reported once, from its smallest organisation
	const walk = (at: number, logSum: number) => {
		if (path.length >= 2) {
			const c = closing[at]!;
			if (c >= 0) {
				const sum = logSum + adjLog[c]!;
				const score = Math.exp(sum / (path.length + 1));
				if (sum >= floor && score >= minScore)
					found.push({ edges: [...path, c].map((i) => links[i]!), score });
			}
		}
		if (path.length >= 3) return;
		for (let i = adjStart[at]!; i < adjStart[at + 1]!; i++) {
			const to = adjTo[i]!;
			const sum = logSum + adjLog[i]!;
			if (sum < floor || to <= start || visited[to]) continue;
			visited[to] = 1;
			path.push(i);
			walk(to, sum);
			path.pop();
			visited[to] = 0;
		}
	};
	for (start = 0; start < n; start++) {
		for (const i of incoming[start]!) closing[linkFrom[i]!] = i;
		visited[start] = 1;
		walk(start, 0);
		visited[start] = 0;
		for (const i of incoming[start]!) closing[linkFrom[i]!] = -1;
	}

	const maxPerOrg = options.maxPerOrg ?? 2;
	const usage = new Map<string, number>();
	const seen = new Set<string>();
	const cycles: Cycle[] = [];
	// ties are broken by the listings involved, so the result does not depend on the search order
	const ranked = found.map((c) => ({ ...c, key: key(c.edges) }));
	ranked.sort((a, b) => b.score - a.score || cmp(a.key, b.key));
	for (const c of ranked) {
		if (cycles.length >= options.maxCycles) break;
		const members = membersOf(c.edges);
		const setKey = [...members].sort().join(',');
		if (seen.has(setKey) || members.length < 3) continue;
		if (c.edges.some((e) => (usage.get(e.from) ?? 0) >= maxPerOrg)) continue;
		seen.add(setKey);
		for (const e of c.edges) usage.set(e.from, (usage.get(e.from) ?? 0) + 1);
		const reasons: Reason[] = [{ code: 'cycle_parties', params: { n: c.edges.length } }];
		for (const e of c.edges) reasons.push({ code: 'cycle_link', params: { from: e.from, to: e.to } });
		cycles.push({ members, score: Math.round(c.score * 1000) / 1000, reasons });
	}
	return cycles;
}

/** Listings in the order help flows; a listing that both receives and gives appears once. */
export function membersOf(edges: Edge[]): string[] {
	const seq: string[] = [];
	for (const e of edges) {
		for (const id of [e.give, e.want]) if (seq[seq.length - 1] !== id) seq.push(id);
	}
	while (seq.length > 1 && seq[0] === seq[seq.length - 1]) seq.pop();
	return [...new Set(seq)];
}

const key = (edges: Edge[]) => edges.map((e) => e.give + '>' + e.want).join(',');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
