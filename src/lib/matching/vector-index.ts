import type { Features } from './features';

/**
 * Packed sparse vector: feature ids ascending, with their weights. Feature ids are
 * interned per engine, so the hot loops index typed arrays instead of hashing strings.
 */
export type Vec = { keys: Int32Array; weights: Float64Array };

const grow = <T extends Int32Array | Float64Array>(a: T, need: number, fill = 0): T => {
	if (a.length >= need) return a;
	const next = new (a.constructor as { new (n: number): T })(Math.max(need, a.length * 2));
	next.set(a);
	if (fill !== 0) next.fill(fill, a.length);
	return next;
};

/** String feature ("c:ict", "t:laptop") <-> small integer id. */
export class FeatureSpace {
	private ids = new Map<string, number>();
	readonly names: string[] = [];

	get size(): number {
		return this.names.length;
	}

	id(name: string): number {
		let i = this.ids.get(name);
		if (i === undefined) {
			i = this.names.length;
			this.ids.set(name, i);
			this.names.push(name);
		}
		return i;
	}

	pack(f: Features): Vec {
		const keys = new Int32Array(f.size);
		const order: number[] = [];
		let i = 0;
		for (const name of f.keys()) {
			keys[i] = this.id(name);
			order.push(i++);
		}
		const values = [...f.values()];
		order.sort((a, b) => keys[a]! - keys[b]!);
		const packed: Vec = { keys: new Int32Array(f.size), weights: new Float64Array(f.size) };
		for (let j = 0; j < order.length; j++) {
			packed.keys[j] = keys[order[j]!]!;
			packed.weights[j] = values[order[j]!]!;
		}
		return packed;
	}
}

/**
 * Document frequencies over all listing texts. IDF is read live, so an incremental
 * update and a fresh batch over the same pool compute identical scores.
 */
export const SINGLETON_DAMP = 0.3;

export class DocFreq {
	readonly space = new FeatureSpace();
	private df = new Int32Array(1024);
	private idfs = new Float64Array(1024);
	// idf values are recomputed lazily, once per feature and pool version
	private idfStamp = new Int32Array(1024).fill(-1);
	n = 0;
	version = 0;

	private ensure(): void {
		const need = this.space.size;
		this.df = grow(this.df, need);
		this.idfs = grow(this.idfs, need);
		this.idfStamp = grow(this.idfStamp, need, -1);
	}

	add(v: Vec): void {
		this.ensure();
		for (let i = 0; i < v.keys.length; i++) this.df[v.keys[i]!]!++;
		this.n++;
		this.version++;
	}

	remove(v: Vec): void {
		for (let i = 0; i < v.keys.length; i++) this.df[v.keys[i]!]!--;
		this.n--;
		this.version++;
	}

	count(k: number): number {
		return k < this.df.length ? this.df[k]! : 0;
	}

	/**
	 * A feature that only one listing has cannot link it to anything, yet it would
	 * dilute that listing's norm; it is therefore damped (typos, names, rare words).
	 */
	idf(k: number): number {
		if (k >= this.idfStamp.length) this.ensure();
		if (this.idfStamp[k] === this.version) return this.idfs[k]!;
		const c = this.count(k);
		let v = Math.log(1 + (this.n + 1) / (c + 1));
		if (c <= 1) v *= SINGLETON_DAMP;
		this.idfs[k] = v;
		this.idfStamp[k] = this.version;
		return v;
	}

	norm(v: Vec | undefined): number {
		if (!v) return 0;
		let s = 0;
		for (let i = 0; i < v.keys.length; i++) {
			const x = v.weights[i]! * this.idf(v.keys[i]!);
			s += x * x;
		}
		return Math.sqrt(s);
	}
}

export type Hit<T = undefined> = { id: string; sim: number; item: T };

type Posting = { slots: number[]; weights: number[] };

/**
 * Inverted index from feature to (listing slot, weight), so a query touches only
 * listings sharing a feature. Slots are small integers so scores accumulate in a typed array.
 */
export class VectorIndex<T = undefined> {
	private postings: (Posting | undefined)[] = [];
	private slotOf = new Map<string, number>();
	private ids: string[] = [];
	private groups: number[] = [];
	private items: (T | undefined)[] = [];
	private vectors: (Vec | undefined)[] = [];
	private free: number[] = [];
	private norms = new Float64Array(16);
	private normStamp = new Int32Array(16).fill(-1);
	private acc = new Float64Array(16);
	private touched = new Int32Array(16);
	private qCommon = new Float64Array(1024);
	private heapSlot = new Int32Array(64);
	private heapKey = new Float64Array(64);
	private heapDot = new Float64Array(64);

	constructor(private readonly df: DocFreq) {}

	get size(): number {
		return this.slotOf.size;
	}

	vector(id: string): Vec | undefined {
		const slot = this.slotOf.get(id);
		return slot === undefined ? undefined : this.vectors[slot];
	}

	/** `group` (e.g. the organisation) lets a search skip the querying listing's own group. */
	set(id: string, v: Vec, group = -1, item?: T): void {
		this.delete(id);
		if (v.keys.length === 0) return;
		const slot = this.free.pop() ?? this.ids.length;
		this.slotOf.set(id, slot);
		this.ids[slot] = id;
		this.groups[slot] = group;
		this.items[slot] = item;
		this.vectors[slot] = v;
		this.normStamp = grow(this.normStamp, slot + 1, -1);
		this.normStamp[slot] = -1;
		for (let i = 0; i < v.keys.length; i++) {
			const k = v.keys[i]!;
			let p = this.postings[k];
			if (!p) this.postings[k] = p = { slots: [], weights: [] };
			p.slots.push(slot);
			p.weights.push(v.weights[i]!);
		}
	}

	delete(id: string): void {
		const slot = this.slotOf.get(id);
		if (slot === undefined) return;
		const v = this.vectors[slot]!;
		for (let j = 0; j < v.keys.length; j++) {
			const k = v.keys[j]!;
			const p = this.postings[k]!;
			const i = p.slots.lastIndexOf(slot);
			// swap-remove: order inside a posting list does not matter
			p.slots[i] = p.slots[p.slots.length - 1]!;
			p.weights[i] = p.weights[p.weights.length - 1]!;
			p.slots.pop();
			p.weights.pop();
			if (p.slots.length === 0) this.postings[k] = undefined;
		}
		this.slotOf.delete(id);
		this.vectors[slot] = undefined;
		this.items[slot] = undefined;
		this.free.push(slot);
	}

	private norm(slot: number): number {
		if (this.normStamp[slot] === this.df.version) return this.norms[slot]!;
		if (this.norms.length < this.normStamp.length) this.norms = grow(this.norms, this.normStamp.length);
		const n = this.df.norm(this.vectors[slot]);
		this.norms[slot] = n;
		this.normStamp[slot] = this.df.version;
		return n;
	}

	/**
	 * Cosine neighbours of `query`. Features listed by more than `maxShare` of all
	 * documents only add to the score of candidates found through rarer features;
	 * they never open a candidate on their own (that is what keeps 10k x 10k fast).
	 * Candidates are ranked by that partial score and only the best `limit + 10` are finished.
	 */
	search(query: Vec, limit: number, excludeGroup = -1, maxShare = 0.01): Hit<T>[] {
		const df = this.df;
		const qNorm = df.norm(query);
		if (qNorm === 0 || this.slotOf.size === 0) return [];
		const cap = Math.max(60, maxShare * df.n);
		const slots = this.ids.length;
		if (this.acc.length < slots) {
			this.acc = new Float64Array(slots * 2);
			this.touched = new Int32Array(slots * 2);
		}
		this.qCommon = grow(this.qCommon, df.space.size);
		const { acc, touched, qCommon } = this;
		let nTouched = 0;
		const common: number[] = [];
		for (let q = 0; q < query.keys.length; q++) {
			const k = query.keys[q]!;
			const p = this.postings[k];
			if (!p) continue;
			const idf = df.idf(k);
			const i2 = idf * idf * query.weights[q]!;
			if (p.slots.length > cap) {
				qCommon[k] = i2;
				common.push(k);
				continue;
			}
			const ps = p.slots;
			const pw = p.weights;
			for (let i = 0; i < ps.length; i++) {
				const slot = ps[i]!;
				const before = acc[slot]!;
				if (before === 0) touched[nTouched++] = slot;
				acc[slot] = before + i2 * pw[i]!;
			}
		}

		// Bounded min-heap of the best partial scores (ties broken by id, so the result
		// does not depend on the order of slots, which differs between batch and incremental).
		const keep = limit + 10;
		if (this.heapSlot.length < keep) {
			this.heapSlot = new Int32Array(keep);
			this.heapKey = new Float64Array(keep);
			this.heapDot = new Float64Array(keep);
		}
		const { heapSlot, heapKey, heapDot } = this;
		let size = 0;
		const ids = this.ids;
		const less = (a: number, b: number) =>
			heapKey[a]! < heapKey[b]! || (heapKey[a] === heapKey[b] && ids[heapSlot[a]!]! > ids[heapSlot[b]!]!);
		const swap = (a: number, b: number) => {
			const s = heapSlot[a]!;
			heapSlot[a] = heapSlot[b]!;
			heapSlot[b] = s;
			const k = heapKey[a]!;
			heapKey[a] = heapKey[b]!;
			heapKey[b] = k;
			const d = heapDot[a]!;
			heapDot[a] = heapDot[b]!;
			heapDot[b] = d;
		};
		const siftDown = (i: number) => {
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < size && less(l, m)) m = l;
				if (r < size && less(r, m)) m = r;
				if (m === i) return;
				swap(i, m);
				i = m;
			}
		};
		for (let t = 0; t < nTouched; t++) {
			const slot = touched[t]!;
			const dot = acc[slot]!;
			acc[slot] = 0;
			const key = dot / this.norm(slot);
			if (size < keep) {
				let i = size++;
				heapSlot[i] = slot;
				heapKey[i] = key;
				heapDot[i] = dot;
				while (i > 0) {
					const parent = (i - 1) >> 1;
					if (!less(i, parent)) break;
					swap(i, parent);
					i = parent;
				}
			} else if (key > heapKey[0]! || (key === heapKey[0] && ids[slot]! < ids[heapSlot[0]!]!)) {
				heapSlot[0] = slot;
				heapKey[0] = key;
				heapDot[0] = dot;
				siftDown(0);
			}
		}

		const hits: Hit<T>[] = [];
		for (let h = 0; h < size; h++) {
			const slot = heapSlot[h]!;
			if (excludeGroup >= 0 && this.groups[slot] === excludeGroup) continue;
			const id = ids[slot]!;
			let dot = heapDot[h]!;
			if (common.length > 0) {
				const v = this.vectors[slot]!;
				for (let j = 0; j < v.keys.length; j++) dot += qCommon[v.keys[j]!]! * v.weights[j]!;
			}
			hits.push({ id, sim: dot / (qNorm * this.norm(slot)), item: this.items[slot] as T });
		}
		for (const k of common) qCommon[k] = 0;
		hits.sort((a, b) => b.sim - a.sim || (a.id < b.id ? -1 : 1));
		return hits.length > limit ? hits.slice(0, limit) : hits;
	}
}

/** Dot product of two packed vectors, weighted by idf squared (merge over the sorted keys). */
export function dotIdf(a: Vec, b: Vec, df: DocFreq): number {
	let i = 0;
	let j = 0;
	let dot = 0;
	const ak = a.keys;
	const bk = b.keys;
	while (i < ak.length && j < bk.length) {
		const x = ak[i]!;
		const y = bk[j]!;
		if (x === y) {
			const idf = df.idf(x);
			dot += a.weights[i++]! * b.weights[j++]! * idf * idf;
		} else if (x < y) i++;
		else j++;
	}
	return dot;
}

export function cosine(a: Vec | undefined, b: Vec | undefined, df: DocFreq): number {
	if (!a || !b || a.keys.length === 0 || b.keys.length === 0) return 0;
	const dot = dotIdf(a, b, df);
	if (dot === 0) return 0;
	return dot / (df.norm(a) * df.norm(b));
}
