import type { Features } from './features';

/**
 * Document frequencies over all listing texts. IDF is read live, so an incremental
 * update and a fresh batch over the same pool compute identical scores.
 */
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

	idf = (k: string): number => Math.log(1 + (this.n + 1) / (this.count(k) + 1));
}

export type Hit = { id: string; sim: number };

/** Inverted index from feature to (listing id, weight), so a query touches only listings sharing a feature. */
export class VectorIndex {
	private postings = new Map<string, Map<string, number>>();
	private vectors = new Map<string, Features>();
	private norms = new Map<string, number>();
	private normVersion = -1;

	constructor(private readonly df: DocFreq) {}

	get size(): number {
		return this.vectors.size;
	}

	has(id: string): boolean {
		return this.vectors.has(id);
	}

	vector(id: string): Features | undefined {
		return this.vectors.get(id);
	}

	set(id: string, f: Features): void {
		this.delete(id);
		if (f.size === 0) return;
		this.vectors.set(id, f);
		for (const [k, w] of f) {
			let p = this.postings.get(k);
			if (!p) this.postings.set(k, (p = new Map()));
			p.set(id, w);
		}
	}

	delete(id: string): void {
		const old = this.vectors.get(id);
		if (!old) return;
		for (const k of old.keys()) {
			const p = this.postings.get(k);
			p?.delete(id);
			if (p && p.size === 0) this.postings.delete(k);
		}
		this.vectors.delete(id);
		this.norms.delete(id);
	}

	norm(id: string): number {
		if (this.normVersion !== this.df.version) {
			this.norms.clear();
			this.normVersion = this.df.version;
		}
		let n = this.norms.get(id);
		if (n === undefined) {
			n = vectorNorm(this.vectors.get(id), this.df.idf);
			this.norms.set(id, n);
		}
		return n;
	}

	/**
	 * Cosine neighbours of `query`. Features listed by more than `maxShare` of the
	 * documents only add to the score of candidates found through rarer features;
	 * they never open a candidate on their own (that is what keeps 10k x 10k fast).
	 */
	search(query: Features, limit: number, exclude?: (id: string) => boolean, maxShare = 0.08): Hit[] {
		const idf = this.df.idf;
		const qNorm = vectorNorm(query, idf);
		if (qNorm === 0) return [];
		const cap = Math.max(60, maxShare * this.df.n);
		const acc = new Map<string, number>();
		const common: [string, number][] = [];
		for (const [k, qw] of query) {
			const p = this.postings.get(k);
			if (!p) continue;
			const i2 = idf(k) ** 2 * qw;
			if (p.size > cap) {
				common.push([k, i2]);
				continue;
			}
			for (const [id, w] of p) acc.set(id, (acc.get(id) ?? 0) + i2 * w);
		}
		const hits: Hit[] = [];
		for (const [id, partial] of acc) {
			if (exclude?.(id)) continue;
			let dot = partial;
			if (common.length > 0) {
				const v = this.vectors.get(id)!;
				for (const [k, i2] of common) {
					const w = v.get(k);
					if (w !== undefined) dot += i2 * w;
				}
			}
			hits.push({ id, sim: dot / (qNorm * this.norm(id)) });
		}
		hits.sort((a, b) => b.sim - a.sim || (a.id < b.id ? -1 : 1));
		return hits.slice(0, limit);
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
