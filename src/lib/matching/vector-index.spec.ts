import { describe, expect, it } from 'vitest';
import { extractFeatures } from './features';
import { cosine, DocFreq, VectorIndex, type Vec } from './vector-index';

const texts = [
	'afgeschreven laptops en computers',
	'computers voor de huiswerkklas',
	'muurverf en buitenlak in emmers',
	'kantine schilderen met vrijwilligers',
	'taarten en gebak voor een feest',
	'een feest voor de kinderen in de buurt',
	'opslag in een droge loods',
	'schuur of container om spullen te stallen'
];

function build() {
	const df = new DocFreq();
	const index = new VectorIndex<number>(df);
	const vecs: Vec[] = texts.map((t) => df.space.pack(extractFeatures([{ text: t, weight: 1 }])));
	vecs.forEach((v, i) => {
		df.add(v);
		index.set(`d-${i}`, v, i % 2, i);
	});
	return { df, index, vecs };
}

describe('vector index', () => {
	it('ranks like a brute-force cosine over the same vectors', () => {
		const { df, index, vecs } = build();
		const query = vecs[1]!;
		const brute = vecs
			.map((v, i) => ({ id: `d-${i}`, sim: cosine(query, v, df) }))
			.filter((h) => h.sim > 0)
			.sort((a, b) => b.sim - a.sim || (a.id < b.id ? -1 : 1));
		const hits = index.search(query, 10);
		expect(hits.map((h) => h.id)).toEqual(brute.map((h) => h.id));
		hits.forEach((h, i) => expect(h.sim).toBeCloseTo(brute[i]!.sim, 12));
		expect(hits[0]!.item).toBe(1);
	});

	it('skips the querying group and forgets deleted listings', () => {
		const { index, vecs } = build();
		expect(index.search(vecs[0]!, 10, 0).some((h) => Number(h.id.slice(2)) % 2 === 0)).toBe(false);
		index.delete('d-0');
		expect(index.search(vecs[1]!, 10).map((h) => h.id)).not.toContain('d-0');
		expect(index.size).toBe(texts.length - 1);
	});

	it('packs features sorted by id, so vectors can be merged', () => {
		const { vecs } = build();
		for (const v of vecs)
			for (let i = 1; i < v.keys.length; i++) expect(v.keys[i]!).toBeGreaterThan(v.keys[i - 1]!);
	});
});
