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
export function upperBound(c: Compiled, options: { roundAware?: boolean } = {}): Bound {
	const { n, eu, ev, w } = c;
	const capacity = options.roundAware ? roundAwareCapacity(c) : c.capacity;
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
		pairArc[2 * e] = arcs;
		addArc(eu[e]!, n + ev[e]!, 1, -w[e]!);
		pairArc[2 * e + 1] = arcs;
		addArc(ev[e]!, n + eu[e]!, 1, -w[e]!);
	}
	// Potentials for the negative costs: the graph is a DAG S -> left -> right -> T.
	const pot = new Float64Array(V);
	for (let e = 0; e < m; e++) {
		pot[n + ev[e]!] = Math.min(pot[n + ev[e]!]!, -w[e]!);
		pot[n + eu[e]!] = Math.min(pot[n + eu[e]!]!, -w[e]!);
	}
	for (let p = 0; p < n; p++) pot[Tt] = Math.min(pot[Tt]!, pot[n + p]!);

	const limit = 2 * c.R * c.T;
	let flow = 0;
	let totalCost = 0;
	const dist = new Float64Array(V);
	const via = new Int32Array(V);
	const heapNode = new Int32Array(maxArcs + V);
	const heapKey = new Float64Array(maxArcs + V);
	while (flow < limit) {
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
		let push1 = limit - flow;
		for (let x = Tt; x !== S; x = to[via[x]! ^ 1]!) push1 = Math.min(push1, cap[via[x]!]!);
		for (let x = Tt; x !== S; x = to[via[x]! ^ 1]!) {
			cap[via[x]!] -= push1;
			cap[via[x]! ^ 1] += push1;
		}
		flow += push1;
		totalCost += push1 * pathCost;
	}
	let integral = true;
	let exactValue = 0;
	for (let e = 0; e < m; e++) {
		const y = (cap[pairArc[2 * e]!] === 0 ? 1 : 0) + (cap[pairArc[2 * e + 1]!] === 0 ? 1 : 0);
		if (y === 1) integral = false;
		exactValue += (y / 2) * w[e]!;
	}
	void totalCost;
	const bipartite = isBipartite(c);
	return { value: exactValue, exact: bipartite || integral, bipartite };
}

/**
 * A tighter valid capacity: the most partners p can meet in distinct rounds, each in a round both
 * share (a bipartite matching of p's pairs to p's rounds). Any schedule respects it, so the bound
 * with it is still >= the optimum, but it is no longer the plain relaxation without rounds.
 */
function roundAwareCapacity(c: Compiled): Int32Array {
	const capacity = new Int32Array(c.n);
	const roundTaker = new Int32Array(c.R);
	const seen = new Int32Array(c.R);
	let stamp = 0;
	for (let p = 0; p < c.n; p++) {
		roundTaker.fill(-1);
		const edges = c.adjEdges.subarray(c.adjStart[p]!, c.adjStart[p + 1]!);
		const augment = (e: number): boolean => {
			for (let k = c.sharedStart[e]!; k < c.sharedStart[e + 1]!; k++) {
				const r = c.sharedRounds[k]!;
				if (seen[r] === stamp) continue;
				seen[r] = stamp;
				if (roundTaker[r] === -1 || augment(roundTaker[r]!)) {
					roundTaker[r] = e;
					return true;
				}
			}
			return false;
		};
		for (const e of edges) {
			stamp++;
			if (augment(e)) capacity[p]++;
			if (capacity[p] === c.capacity[p]) break;
		}
	}
	return capacity;
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
