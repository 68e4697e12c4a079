import { STOPWORDS, tokenise } from './text';
import type { Pool, Proposal } from './types';

/**
 * Baseline for the quality benchmark: TF-IDF cosine over title + description with
 * Dutch stop words removed, no stemming, no lexicon, no other signals.
 * Emits per request the `topK` offers whose cosine reaches `minCosine`.
 */
export function baselineProposals(pool: Pool, topK = 3, minCosine = 0.1): Proposal[] {
	const docs = [...pool.offers, ...pool.requests].map((l) => ({
		id: l.id,
		tokens: tokenise(`${l.title} ${l.description}`).filter((t) => t.length >= 2 && !STOPWORDS.has(t))
	}));
	const df = new Map<string, number>();
	for (const d of docs) for (const t of new Set(d.tokens)) df.set(t, (df.get(t) ?? 0) + 1);
	const n = docs.length;
	const vectors = new Map<string, Map<string, number>>();
	for (const d of docs) {
		const tf = new Map<string, number>();
		for (const t of d.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
		const v = new Map<string, number>();
		let norm = 0;
		for (const [t, c] of tf) {
			const w = (1 + Math.log(c)) * Math.log(n / (df.get(t) ?? 1));
			v.set(t, w);
			norm += w * w;
		}
		norm = Math.sqrt(norm) || 1;
		for (const [t, w] of v) v.set(t, w / norm);
		vectors.set(d.id, v);
	}
	const out: Proposal[] = [];
	for (const r of pool.requests) {
		const rv = vectors.get(r.id)!;
		const scored = pool.offers
			.map((o) => {
				let dot = 0;
				for (const [t, w] of rv) dot += w * (vectors.get(o.id)!.get(t) ?? 0);
				return { offer: o.id, score: Math.round(dot * 1000) / 1000 };
			})
			.filter((s) => s.score >= minCosine)
			.sort((a, b) => b.score - a.score || (a.offer < b.offer ? -1 : 1))
			.slice(0, topK);
		for (const s of scored)
			out.push({ request: r.id, offer: s.offer, score: s.score, reasons: [], caveats: [] });
	}
	return out;
}
