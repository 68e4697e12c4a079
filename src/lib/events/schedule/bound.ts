import type { Compiled } from './compiled';

export type Bound = {
	/** Provably at least the best schedule's total. */
	value: number;
	/**
	 * True when `value` is the exact optimum of the relaxation (the problem without the split into
	 * rounds): always for bipartite score graphs, and whenever the LP optimum found is integral.
	 */
	exact: boolean;
	bipartite: boolean;
};

/**
 * Upper bound: the problem without the split into rounds. Each participant meets at most as many
 * partners as rounds they are present, each pair at most once and only when both share a present
 * round, at most R*T meetings in all. That is a maximum-weight b-matching with a cardinality cap;
 * its LP relaxation (0 <= x <= 1, degree and total constraints) is solved exactly as a min-cost
 * flow on the bipartite double cover (every participant on both sides, every pair as two arcs,
 * x = half the flow on its two arcs; 2*R*T units at most). For a bipartite score graph that LP is
 * integral, so the bound is the exact optimum of the relaxation; otherwise it is the fractional
 * b-matching optimum, which is >= the integral one.
 */
export function upperBound(c: Compiled): Bound {
	const { value, y } = fractionalBMatching(c.n, c.eu, c.ev, c.w, c.capacity, c.R * c.T);
	const bipartite = isBipartite(c);
	return { value, exact: bipartite || !y.includes(1), bipartite };
}

/**
 * Maximum-weight fractional b-matching with at most `limit` edges, exactly, as a min-cost flow on
 * the bipartite double cover (successive shortest paths with potentials). Returns the value and,
 * per edge, y = 0, 1 or 2 halves (x = y / 2). Edges with weight <= 0 are ignored.
 */
export function fractionalBMatching(
	n: number,
	eu: Int32Array,
	ev: Int32Array,
	w: Float64Array,
	capacity: Int32Array,
	limit: number
): { value: number; y: Uint8Array } {
	const m = eu.length;
	const S = 2 * n;
	const Tt = 2 * n + 1;
	const V = 2 * n + 2;
	// Residual graph as arc arrays; arc i and i ^ 1 are each other's reverse.
	const maxArcs = 2 * (2 * n + 2 * m);
	const head = new Int32Array(V).fill(-1);
	const next = new Int32Array(maxArcs);
	const to = new Int32Array(maxArcs);
	const cap = new Int32Array(maxArcs);
	const cost = new Float64Array(maxArcs);
	let arcs = 0;
	const addArc = (a: number, b: number, k: number, cst: number) => {
		to[arcs] = b;
		cap[arcs] = k;
		cost[arcs] = cst;
		next[arcs] = head[a]!;
		head[a] = arcs++;
		to[arcs] = a;
		cap[arcs] = 0;
		cost[arcs] = -cst;
		next[arcs] = head[b]!;
		head[b] = arcs++;
	};
	for (let p = 0; p < n; p++) {
		if (capacity[p]! > 0) {
			addArc(S, p, capacity[p]!, 0);
			addArc(n + p, Tt, capacity[p]!, 0);
		}
	}
	const pairArc = new Int32Array(2 * m);
	for (let e = 0; e < m; e++) {
		if (!(w[e]! > 0)) {
			pairArc[2 * e] = pairArc[2 * e + 1] = -1;
			continue;
		}
		pairArc[2 * e] = arcs;
		addArc(eu[e]!, n + ev[e]!, 1, -w[e]!);
		pairArc[2 * e + 1] = arcs;
		addArc(ev[e]!, n + eu[e]!, 1, -w[e]!);
	}
	// Potentials for the negative costs: the graph is a DAG S -> left -> right -> T.
	const pot = new Float64Array(V);
	for (let e = 0; e < m; e++) {
		if (!(w[e]! > 0)) continue;
		pot[n + ev[e]!] = Math.min(pot[n + ev[e]!]!, -w[e]!);
		pot[n + eu[e]!] = Math.min(pot[n + eu[e]!]!, -w[e]!);
	}
	for (let p = 0; p < n; p++) pot[Tt] = Math.min(pot[Tt]!, pot[n + p]!);

	const units = 2 * limit;
	let flow = 0;
	let totalCost = 0;
	const dist = new Float64Array(V);
	const via = new Int32Array(V);
	const heapNode = new Int32Array(maxArcs + V);
	const heapKey = new Float64Array(maxArcs + V);
	while (flow < units) {
		dist.fill(Infinity);
		via.fill(-1);
		dist[S] = 0;
		let size = 0;
		const push = (node: number, key: number) => {
			let i = size++;
			while (i > 0) {
				const parent = (i - 1) >> 1;
				if (heapKey[parent]! <= key) break;
				heapNode[i] = heapNode[parent]!;
				heapKey[i] = heapKey[parent]!;
				i = parent;
			}
			heapNode[i] = node;
			heapKey[i] = key;
		};
		push(S, 0);
		while (size > 0) {
			const node = heapNode[0]!;
			const key = heapKey[0]!;
			const lastNode = heapNode[--size]!;
			const lastKey = heapKey[size]!;
			let i = 0;
			for (;;) {
				let child = 2 * i + 1;
				if (child >= size) break;
				if (child + 1 < size && heapKey[child + 1]! < heapKey[child]!) child++;
				if (heapKey[child]! >= lastKey) break;
				heapNode[i] = heapNode[child]!;
				heapKey[i] = heapKey[child]!;
				i = child;
			}
			heapNode[i] = lastNode;
			heapKey[i] = lastKey;
			if (key > dist[node]!) continue;
			for (let a = head[node]!; a !== -1; a = next[a]!) {
				if (cap[a] === 0) continue;
				const b = to[a]!;
				const reduced = Math.max(0, cost[a]! + pot[node]! - pot[b]!);
				const d = key + reduced;
				if (d < dist[b]! - 1e-12) {
					dist[b] = d;
					via[b] = a;
					push(b, d);
				}
			}
		}
		if (dist[Tt] === Infinity) break;
		for (let x = 0; x < V; x++) if (dist[x] !== Infinity) pot[x] += dist[x]!;
		// Real cost of the path = pot[T] - pot[S]; stop once it no longer gains anything.
		const pathCost = pot[Tt]! - pot[S]!;
		if (pathCost >= -1e-12) break;
		let push1 = units - flow;
		for (let x = Tt; x !== S; x = to[via[x]! ^ 1]!) push1 = Math.min(push1, cap[via[x]!]!);
		for (let x = Tt; x !== S; x = to[via[x]! ^ 1]!) {
			cap[via[x]!] -= push1;
			cap[via[x]! ^ 1] += push1;
		}
		flow += push1;
		totalCost += push1 * pathCost;
	}
	const y = new Uint8Array(m);
	let value = 0;
	for (let e = 0; e < m; e++) {
		if (pairArc[2 * e]! < 0) continue;
		y[e] = (cap[pairArc[2 * e]!] === 0 ? 1 : 0) + (cap[pairArc[2 * e + 1]!] === 0 ? 1 : 0);
		value += (y[e]! / 2) * w[e]!;
	}
	void totalCost;
	return { value, y };
}

function isBipartite(c: Compiled): boolean {
	const side = new Int8Array(c.n).fill(-1);
	const stack: number[] = [];
	for (let s = 0; s < c.n; s++) {
		if (side[s] !== -1) continue;
		side[s] = 0;
		stack.push(s);
		while (stack.length) {
			const p = stack.pop()!;
			for (let k = c.adjStart[p]!; k < c.adjStart[p + 1]!; k++) {
				const e = c.adjEdges[k]!;
				const q = c.eu[e] === p ? c.ev[e]! : c.eu[e]!;
				if (side[q] === -1) {
					side[q] = 1 - side[p]!;
					stack.push(q);
				} else if (side[q] === side[p]) return false;
			}
		}
	}
	return true;
}

/**
 * A tighter bound that keeps the rounds, for the benchmark: the LP of the time-indexed model
 * (x[e][r] for each pair and shared round; each participant at most once per round; at most T per
 * round; each pair at most once), approached from above by Lagrangian relaxation of "each pair at
 * most once" with multipliers lambda >= 0:
 *   L(lambda) = sum_e lambda_e + sum_r (best fractional matching of round r, at most T pairs,
 *               with weights w_e - lambda_e).
 * Every L(lambda) is >= the best schedule (weak duality), whatever lambda is; subgradient steps
 * (Polyak, towards `target`, a known schedule total) lower it, and the lowest value is returned.
 */
export function roundBound(c: Compiled, options: { iterations?: number; target?: number } = {}): number {
	const { n, R, T, w } = c;
	const m = c.eu.length;
	if (m === 0) return 0;
	const perRound: Int32Array[] = [];
	const capacity: Int32Array[] = [];
	for (let r = 0; r < R; r++) {
		const edges: number[] = [];
		for (let e = 0; e < m; e++)
			for (let k = c.sharedStart[e]!; k < c.sharedStart[e + 1]!; k++)
				if (c.sharedRounds[k] === r) edges.push(e);
		perRound.push(Int32Array.from(edges));
		capacity.push(Int32Array.from({ length: n }, (_, p) => c.present[r * n + p]!));
	}
	// Starting at half the scores converges faster than at zero (any start gives a valid bound).
	const lambda = Float64Array.from(w, (x) => x / 2);
	const used = new Float64Array(m);
	const target = options.target ?? 0;
	let best = Infinity;
	let theta = 1;
	let stale = 0;
	for (let it = 0; it < (options.iterations ?? 40); it++) {
		used.fill(0);
		let L = 0;
		for (let e = 0; e < m; e++) L += lambda[e]!;
		for (let r = 0; r < R; r++) {
			const edges = perRound[r]!;
			const eu = new Int32Array(edges.length);
			const ev = new Int32Array(edges.length);
			const wr = new Float64Array(edges.length);
			edges.forEach((e, i) => {
				eu[i] = c.eu[e]!;
				ev[i] = c.ev[e]!;
				wr[i] = w[e]! - lambda[e]!;
			});
			const { value, y } = fractionalBMatching(n, eu, ev, wr, capacity[r]!, T);
			L += value;
			edges.forEach((e, i) => (used[e] += y[i]! / 2));
		}
		if (L < best - 1e-9) {
			best = L;
			stale = 0;
		} else if (++stale >= 4) {
			theta /= 2;
			stale = 0;
		}
		// Subgradient of L: 1 - used; only directions that keep lambda >= 0 count.
		let norm = 0;
		for (let e = 0; e < m; e++) {
			const g = 1 - used[e]!;
			if (lambda[e]! > 0 || g < 0) norm += g * g;
		}
		if (norm === 0 || best - target < 1e-6) break;
		const step = (theta * (L - target)) / norm;
		for (let e = 0; e < m; e++) lambda[e] = Math.max(0, lambda[e]! - step * (1 - used[e]!));
	}
	return best;
}
