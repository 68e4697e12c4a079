import type { ScheduleProblem } from './types';

/**
 * The problem in index form for the solvers: participants 0..n-1, rounds 0..R-1, and only the
 * pairs that can meet (a positive score and at least one round both are present).
 */
export type Compiled = {
	n: number;
	R: number;
	T: number;
	/** present[r * n + p] = 1 when participant p is present in round r. */
	present: Uint8Array;
	/** Rounds present per participant (the relaxation's capacity). */
	capacity: Int32Array;
	/** Endpoints and score of edge e; `source[e]` is its index in `problem.scores`. */
	eu: Int32Array;
	ev: Int32Array;
	w: Float64Array;
	source: Int32Array;
	/** Rounds edge e can be held in: sharedRounds[sharedStart[e] .. sharedStart[e + 1]). */
	sharedStart: Int32Array;
	sharedRounds: Int32Array;
	/** Edges per participant, best score first: adjEdges[adjStart[p] .. adjStart[p + 1]). */
	adjStart: Int32Array;
	adjEdges: Int32Array;
	index: Map<string, number>;
};

export type CompileOptions = {
	/** Rounds (1-based) before this one are not available (they are fixed elsewhere). */
	fromRound?: number;
	/** Participants left out altogether. */
	removed?: ReadonlySet<string>;
	/** Pairs that may not meet (keys from pairKey), e.g. because they already met. */
	forbidden?: ReadonlySet<string>;
};

export const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function compile(problem: ScheduleProblem, options: CompileOptions = {}): Compiled {
	const n = problem.participants.length;
	const R = problem.rounds;
	// More tables than half the people never bind; fewer slots keep the arrays small.
	const T = Math.max(1, Math.min(problem.tables, Math.floor(n / 2)));
	const from = Math.max(1, options.fromRound ?? 1);
	const index = new Map<string, number>();
	const present = new Uint8Array(R * n);
	const capacity = new Int32Array(n);
	problem.participants.forEach((p, i) => {
		index.set(p.id, i);
		if (options.removed?.has(p.id)) return;
		for (const r of p.rounds) {
			if (r >= from && r <= R && !present[(r - 1) * n + i]) {
				present[(r - 1) * n + i] = 1;
				capacity[i]++;
			}
		}
	});
	const eu: number[] = [];
	const ev: number[] = [];
	const w: number[] = [];
	const source: number[] = [];
	const sharedStart: number[] = [0];
	const sharedRounds: number[] = [];
	problem.scores.forEach((s, k) => {
		const u = index.get(s.a);
		const v = index.get(s.b);
		if (u === undefined || v === undefined || u === v || !(s.score > 0)) return;
		if (options.forbidden?.has(pairKey(s.a, s.b))) return;
		const before = sharedRounds.length;
		for (let r = 0; r < R; r++) if (present[r * n + u] && present[r * n + v]) sharedRounds.push(r);
		if (sharedRounds.length === before) return;
		eu.push(u);
		ev.push(v);
		w.push(s.score);
		source.push(k);
		sharedStart.push(sharedRounds.length);
	});
	const m = eu.length;
	const degree = new Int32Array(n + 1);
	for (let e = 0; e < m; e++) {
		degree[eu[e]! + 1]++;
		degree[ev[e]! + 1]++;
	}
	for (let p = 0; p < n; p++) degree[p + 1] += degree[p]!;
	const adjStart = Int32Array.from(degree);
	const fill = Int32Array.from(degree);
	const adjEdges = new Int32Array(2 * m);
	// Best score first, so a scan for the best pair that fits can stop at the first one.
	const order = Array.from({ length: m }, (_, e) => e).sort((x, y) => w[y]! - w[x]! || x - y);
	for (const e of order) {
		adjEdges[fill[eu[e]!]!++] = e;
		adjEdges[fill[ev[e]!]!++] = e;
	}
	return {
		n,
		R,
		T,
		present,
		capacity,
		eu: Int32Array.from(eu),
		ev: Int32Array.from(ev),
		w: Float64Array.from(w),
		source: Int32Array.from(source),
		sharedStart: Int32Array.from(sharedStart),
		sharedRounds: Int32Array.from(sharedRounds),
		adjStart,
		adjEdges,
		index
	};
}

/** mulberry32: a small seeded generator, so the same input and seed give the same plan. */
export function seededRandom(seed: number): () => number {
	let s = seed | 0;
	return () => {
		s = (s + 0x6d2b79f5) | 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
