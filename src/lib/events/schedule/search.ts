import { seededRandom, type Compiled } from './compiled';

/**
 * A plan in index form: which round each edge is held in (-1 = not at all), with the lookups the
 * moves need kept up to date: who each participant meets per round and which edges fill a round.
 */
export class Plan {
	readonly roundOf: Int32Array;
	/** at[r * n + p] = the edge participant p is in during round r, or -1. */
	readonly at: Int32Array;
	readonly count: Int32Array;
	/** The edges of round r: inRound[r * T .. r * T + count[r]); posOf[e] is e's slot there. */
	readonly inRound: Int32Array;
	readonly posOf: Int32Array;
	total = 0;

	constructor(readonly c: Compiled) {
		this.roundOf = new Int32Array(c.eu.length).fill(-1);
		this.at = new Int32Array(c.R * c.n).fill(-1);
		this.count = new Int32Array(c.R);
		this.inRound = new Int32Array(c.R * c.T);
		this.posOf = new Int32Array(c.eu.length);
	}

	/** True when e can be added to round r as it is (both free and present, a table left). */
	fits(e: number, r: number): boolean {
		const { c } = this;
		const u = c.eu[e]!;
		const v = c.ev[e]!;
		return (
			this.roundOf[e] === -1 &&
			this.count[r]! < c.T &&
			c.present[r * c.n + u] === 1 &&
			c.present[r * c.n + v] === 1 &&
			this.at[r * c.n + u] === -1 &&
			this.at[r * c.n + v] === -1
		);
	}

	place(e: number, r: number): void {
		const { c } = this;
		this.roundOf[e] = r;
		this.at[r * c.n + c.eu[e]!] = e;
		this.at[r * c.n + c.ev[e]!] = e;
		const k = this.count[r]!++;
		this.inRound[r * c.T + k] = e;
		this.posOf[e] = k;
		this.total += c.w[e]!;
	}

	remove(e: number): void {
		const { c } = this;
		const r = this.roundOf[e]!;
		this.roundOf[e] = -1;
		this.at[r * c.n + c.eu[e]!] = -1;
		this.at[r * c.n + c.ev[e]!] = -1;
		const last = --this.count[r]!;
		const k = this.posOf[e]!;
		const moved = this.inRound[r * c.T + last]!;
		this.inRound[r * c.T + k] = moved;
		this.posOf[moved] = k;
		this.total -= c.w[e]!;
	}

	/** Adds e in the first round it fits; returns that round or -1. */
	insertAnywhere(e: number): number {
		const { c } = this;
		for (let k = c.sharedStart[e]!; k < c.sharedStart[e + 1]!; k++) {
			const r = c.sharedRounds[k]!;
			if (this.fits(e, r)) {
				this.place(e, r);
				return r;
			}
		}
		return -1;
	}

	/** Adds every edge that still fits, best score first. */
	fill(order: Int32Array): void {
		for (const e of order) if (this.roundOf[e] === -1) this.insertAnywhere(e);
	}

	load(roundOf: Int32Array): void {
		for (let e = 0; e < roundOf.length; e++) {
			if (this.roundOf[e] !== -1) this.remove(e);
		}
		for (let e = 0; e < roundOf.length; e++) if (roundOf[e]! >= 0) this.place(e, roundOf[e]!);
	}
}

/** Edges by score, best first (ties by index, so the order is deterministic). */
export function byScore(c: Compiled): Int32Array {
	const order = Int32Array.from({ length: c.eu.length }, (_, i) => i);
	return order.sort((x, y) => c.w[y]! - c.w[x]! || x - y);
}

/**
 * The baseline: round by round, the best-scoring pairs that are both present and free and have
 * not met yet, until the tables are full.
 */
export function greedyRoundByRound(c: Compiled): Plan {
	const plan = new Plan(c);
	const order = byScore(c);
	for (let r = 0; r < c.R; r++) {
		for (const e of order) {
			if (plan.count[r] === c.T) break;
			if (plan.fits(e, r)) plan.place(e, r);
		}
	}
	return plan;
}

export type SearchOptions = { seed?: number; iterations?: number; timeLimitMs?: number };

/**
 * Simulated annealing over plans. A move puts one pair in one of its possible rounds (or moves it
 * there), ejecting whatever is in the way: the pair's current partners in that round and, when the
 * tables are full, the weakest of a few sampled meetings of that round. The ejected meetings are
 * put back in any round where they still fit. The move is kept when the total does not drop, or
 * with the usual annealing probability, else undone.
 */
export function anneal(plan: Plan, options: SearchOptions = {}): void {
	const { c } = plan;
	const m = c.eu.length;
	if (m === 0) return;
	const rand = seededRandom(options.seed ?? 1);
	const iterations = options.iterations ?? Math.min(3_000_000, Math.max(200_000, m * 2000));
	const deadline = Date.now() + (options.timeLimitMs ?? 4500);
	let meanW = 0;
	for (let e = 0; e < m; e++) meanW += c.w[e]!;
	meanW /= m;
	const t0 = 0.3 * meanW;
	const t1 = 0.01 * meanW;
	const cooling = Math.pow(t1 / t0, 1 / iterations);
	let temp = t0;

	// Undo log: pairs (edge, round it was in before; -1 = none).
	const logEdge = new Int32Array(64);
	const logRound = new Int32Array(64);
	let logLen = 0;
	const ejected = new Int32Array(4);
	// Seats (participant, round) a move leaves empty, to be filled with the best pair that fits.
	const seatP = new Int32Array(16);
	const seatR = new Int32Array(16);

	const best = Int32Array.from(plan.roundOf);
	let bestTotal = plan.total;
	const { T, w, eu, ev, sharedStart, sharedRounds, adjStart, adjEdges, present } = c;
	const { count, inRound, roundOf } = plan;

	const take = (e: number) => {
		logEdge[logLen] = e;
		logRound[logLen++] = roundOf[e]!;
		plan.remove(e);
	};
	const put = (e: number, r: number) => {
		logEdge[logLen] = e;
		logRound[logLen++] = -1;
		plan.place(e, r);
	};

	/** Puts x back in the first round where it fits as things are. */
	const reinsert = (x: number): boolean => {
		for (let j = sharedStart[x]!; j < sharedStart[x + 1]!; j++) {
			const rr = sharedRounds[j]!;
			if (plan.fits(x, rr)) {
				put(x, rr);
				return true;
			}
		}
		return false;
	};

	for (let it = 0; it < iterations; it++) {
		if ((it & 0x3fff) === 0 && Date.now() > deadline) break;
		temp *= cooling;
		const e = (rand() * m) | 0;
		const s0 = sharedStart[e]!;
		const r = sharedRounds[s0 + ((rand() * (sharedStart[e + 1]! - s0)) | 0)]!;
		const r0 = roundOf[e]!;
		if (r0 === r) continue;
		const before = plan.total;
		logLen = 0;
		let nEjected = 0;
		let nSeats = 0;
		const u = eu[e]!;
		const v = ev[e]!;
		if (r0 >= 0) {
			take(e);
			seatP[nSeats] = u;
			seatR[nSeats++] = r0;
			seatP[nSeats] = v;
			seatR[nSeats++] = r0;
		}
		const c1 = plan.at[r * c.n + u]!;
		if (c1 >= 0) {
			take(c1);
			ejected[nEjected++] = c1;
			seatP[nSeats] = eu[c1] === u ? ev[c1]! : eu[c1]!;
			seatR[nSeats++] = r;
		}
		const c2 = plan.at[r * c.n + v]!;
		if (c2 >= 0) {
			take(c2);
			ejected[nEjected++] = c2;
			seatP[nSeats] = eu[c2] === v ? ev[c2]! : eu[c2]!;
			seatR[nSeats++] = r;
		}
		if (count[r]! >= T) {
			// Full tables: eject the weakest of three sampled meetings.
			let victim = -1;
			for (let k = 0; k < 3; k++) {
				const x = inRound[r * T + ((rand() * count[r]!) | 0)]!;
				if (victim < 0 || w[x]! < w[victim]!) victim = x;
			}
			take(victim);
			ejected[nEjected++] = victim;
			seatP[nSeats] = eu[victim]!;
			seatR[nSeats++] = r;
			seatP[nSeats] = ev[victim]!;
			seatR[nSeats++] = r;
		}
		put(e, r);
		for (let k = 0; k < nEjected; k++) {
			const x = ejected[k]!;
			if (reinsert(x)) continue;
			// No free place: try one other round, pushing out lighter meetings there (one level deep).
			const sx = sharedStart[x]!;
			const rr = sharedRounds[sx + ((rand() * (sharedStart[x + 1]! - sx)) | 0)]!;
			if (rr === r) continue;
			const xu = eu[x]!;
			const xv = ev[x]!;
			const g1 = plan.at[rr * c.n + xu]!;
			const g2 = plan.at[rr * c.n + xv]!;
			const freed = (g1 >= 0 ? 1 : 0) + (g2 >= 0 && g2 !== g1 ? 1 : 0);
			if (count[rr]! + 1 - freed > T) continue;
			if ((g1 >= 0 ? w[g1]! : 0) + (g2 >= 0 ? w[g2]! : 0) >= w[x]!) continue;
			if (g1 >= 0) {
				take(g1);
				seatP[nSeats] = eu[g1] === xu ? ev[g1]! : eu[g1]!;
				seatR[nSeats++] = rr;
			}
			if (g2 >= 0) {
				take(g2);
				seatP[nSeats] = eu[g2] === xv ? ev[g2]! : eu[g2]!;
				seatR[nSeats++] = rr;
			}
			put(x, rr);
			if (g1 >= 0) reinsert(g1);
			if (g2 >= 0) reinsert(g2);
		}
		for (let k = 0; k < nSeats; k++) {
			const p = seatP[k]!;
			const rr = seatR[k]!;
			if (plan.at[rr * c.n + p] !== -1 || count[rr]! >= T) continue;
			// The adjacency is sorted best first: the first pair that fits is the best one.
			for (let j = adjStart[p]!; j < adjStart[p + 1]!; j++) {
				const x = adjEdges[j]!;
				if (roundOf[x] !== -1) continue;
				const q = eu[x] === p ? ev[x]! : eu[x]!;
				if (present[rr * c.n + q] === 1 && plan.at[rr * c.n + q] === -1) {
					put(x, rr);
					break;
				}
			}
		}
		const delta = plan.total - before;
		if (delta >= -1e-12 || rand() < Math.exp(delta / temp)) {
			if (plan.total > bestTotal + 1e-12) {
				bestTotal = plan.total;
				best.set(roundOf);
			}
			continue;
		}
		// Undo in reverse order.
		for (let k = logLen - 1; k >= 0; k--) {
			const x = logEdge[k]!;
			if (logRound[k] === -1) plan.remove(x);
			else plan.place(x, logRound[k]!);
		}
	}
	if (bestTotal > plan.total + 1e-12) plan.load(best);
}
