import type { Features } from './features';

/**
 * Document frequencies over all listing texts. IDF is read live, so an incremental
 * update and a fresh batch over the same pool compute identical scores.
 */
export const SINGLETON_DAMP = 0.3;

export class DocFreq {
	private df = new Map<string, number>();
	n = 0;
	version = 0;

	add(f: Features): void {
		for (const k of f.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
		this.n++;
		this.version++;
	}

	remove(f: Features): void {
		for (const k of f.keys()) {
			const v = (this.df.get(k) ?? 1) - 1;
			if (v <= 0) this.df.delete(k);
			else this.df.set(k, v);
		}
		this.n--;
		this.version++;
	}

	count(k: string): number {
		return this.df.get(k) ?? 0;
	}

	/**
	 * A feature that only one listing has cannot link it to anything, yet it would
	 * dilute that listing's norm; it is therefore damped (typos, names, rare words).
	 */
	private idfCache = new Map<string, number>();
	private idfVersion = -1;

	idf = (k: string): number => {
		if (this.idfVersion !== this.version) {
			this.idfCache.clear();
			this.idfVersion = this.version;
		}
		let v = this.idfCache.get(k);
		if (v === undefined) {
			const c = this.count(k);
			v = Math.log(1 + (this.n + 1) / (c + 1));
			if (c <= 1) v *= SINGLETON_DAMP;
			this.idfCache.set(k, v);
		}
		return v;
	};
}

export type Hit = { id: string; sim: number };

type Posting = { slots: number[]; weights: number[] };

/**
 * Inverted index from feature to (listing slot, weight), so a query touches only
 * listings sharing a feature. Slots are small integers so scores accumulate in a typed array.
 */
export class VectorIndex {
	private postings = new Map<string, Posting>();
	private slotOf = new Map<string, number>();
	private ids: string[] = [];
	private vectors: (Features | undefined)[] = [];
	private free: number[] = [];
	private norms = new Float64Array(0);
	private normVersion = -1;
	private acc = new Float64Array(0);

	constructor(private readonly df: DocFreq) {}

	get size(): number {
		return this.slotOf.size;
	}

	vector(id: string): Features | undefined {
		const slot = this.slotOf.get(id);
		return slot === undefined ? undefined : this.vectors[slot];
	}

	set(id: string, f: Features): void {
		this.delete(id);
		if (f.size === 0) return;
		const slot = this.free.pop() ?? this.ids.length;
		this.slotOf.set(id, slot);
		this.ids[slot] = id;
		this.vectors[slot] = f;
		for (const [k, w] of f) {
			let p = this.postings.get(k);
			if (!p) this.postings.set(k, (p = { slots: [], weights: [] }));
			p.slots.push(slot);
			p.weights.push(w);
		}
	}

	delete(id: string): void {
		const slot = this.slotOf.get(id);
		if (slot === undefined) return;
		for (const k of this.vectors[slot]!.keys()) {
			const p = this.postings.get(k)!;
			const i = p.slots.indexOf(slot);
			// swap-remove: order inside a posting list does not matter
			p.slots[i] = p.slots[p.slots.length - 1]!;
			p.weights[i] = p.weights[p.weights.length - 1]!;
			p.slots.pop();
			p.weights.pop();
			if (p.slots.length === 0) this.postings.delete(k);
		}
		this.slotOf.delete(id);
		this.vectors[slot] = undefined;
		this.free.push(slot);
	}

	private norm(slot: number): number {
		if (this.normVersion !== this.df.version || this.norms.length < this.ids.length) {
			this.norms = new Float64Array(Math.max(this.ids.length, 16)).fill(-1);
			this.normVersion = this.df.version;
		}
		let n = this.norms[slot]!;
		if (n < 0) this.norms[slot] = n = vectorNorm(this.vectors[slot], this.df.idf);
		return n;
	}

	/**
	 * Cosine neighbours of `query`. Features listed by more than `maxShare` of all
	 * documents only add to the score of candidates found through rarer features;
	 * they never open a candidate on their own (that is what keeps 10k x 10k fast).
	 */
	search(query: Features, limit: number, exclude?: (id: string) => boolean, maxShare = 0.01): Hit[] {
		const idf = this.df.idf;
		const qNorm = vectorNorm(query, idf);
		if (qNorm === 0) return [];
		const cap = Math.max(60, maxShare * this.df.n);
		if (this.acc.length < this.ids.length) this.acc = new Float64Array(this.ids.length * 2);
		const acc = this.acc;
		const touched: number[] = [];
		const common: [string, number][] = [];
		for (const [k, qw] of query) {
			const p = this.postings.get(k);
			if (!p) continue;
			const i2 = idf(k) ** 2 * qw;
			if (p.slots.length > cap) {
				common.push([k, i2]);
				continue;
			}
			const { slots, weights } = p;
			for (let i = 0; i < slots.length; i++) {
				const slot = slots[i]!;
				const before = acc[slot]!;
				if (before === 0) touched.push(slot);
				acc[slot] = before + i2 * weights[i]!;
			}
		}
		// Rank by the partial score first and finish only the best few: finishing
		// (common features, object allocation) is what costs time on a dense pool.
		const keep = limit + 10;
		let floor = -Infinity;
		const partial = new Float64Array(touched.length);
		for (let i = 0; i < touched.length; i++) {
			const slot = touched[i]!;
			partial[i] = acc[slot]! / this.norm(slot);
			acc[slot] = 0;
		}
		if (touched.length > keep) floor = partial.slice().sort()[touched.length - keep]!;
		const hits: Hit[] = [];
		for (let i = 0; i < touched.length; i++) {
			if (partial[i]! < floor) continue;
			const slot = touched[i]!;
			const id = this.ids[slot]!;
			if (exclude?.(id)) continue;
			let dot = partial[i]! * this.norm(slot);
			if (common.length > 0) {
				const v = this.vectors[slot]!;
				for (const [k, i2] of common) {
					const w = v.get(k);
					if (w !== undefined) dot += i2 * w;
				}
			}
			hits.push({ id, sim: dot / (qNorm * this.norm(slot)) });
		}
		hits.sort((a, b) => b.sim - a.sim || (a.id < b.id ? -1 : 1));
		return hits.length > limit ? hits.slice(0, limit) : hits;
	}
}

export function vectorNorm(f: Features | undefined, idf: (k: string) => number): number {
	if (!f) return 0;
	let s = 0;
	for (const [k, w] of f) s += (w * idf(k)) ** 2;
	return Math.sqrt(s);
}

export function cosine(a: Features | undefined, b: Features | undefined, idf: (k: string) => number): number {
	if (!a || !b || a.size === 0 || b.size === 0) return 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	let dot = 0;
	for (const [k, w] of small) {
		const v = large.get(k);
		if (v !== undefined) dot += w * v * idf(k) ** 2;
	}
	if (dot === 0) return 0;
	return dot / (vectorNorm(a, idf) * vectorNorm(b, idf));
}
