/**
 * Speed benchmark: npm run bench:match-speed
 * Generates 10,000 offers and 10,000 requests (seeded), then times a full batch,
 * 100 incremental updates, and a naive all-pairs scorer on a sample (extrapolated).
 */
import { extractFeatures } from '../src/lib/matching/features';
import { availableParallelism } from 'node:os';
import { createEngine } from '../src/lib/matching/engine';
import { proposeAllParallel } from '../src/lib/matching/parallel';
import { LEXICON_SOURCE } from '../src/lib/matching/lexicon-data';
import { scorePair } from '../src/lib/matching/score';
import type { Category, Offer, Request } from '../src/lib/matching/types';
import { cosine, DocFreq } from '../src/lib/matching/vector-index';

const N = Number(process.env.BENCH_N ?? 10_000);
const seed = (s: number) => () => {
	// mulberry32
	s = (s + 0x6d2b79f5) | 0;
	let t = Math.imul(s ^ (s >>> 15), 1 | s);
	t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const rnd = seed(20270101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const themes = LEXICON_SOURCE.split('\n')
	.filter((l) => l.includes('|'))
	.map((l) =>
		l
			.split('|')[4]!
			.split(/\s+/)
			.filter((w) => w && !w.includes('_'))
			.map((w) => w.split(':')[0]!)
	);
const filler =
	`we zoeken hulp bij onze vereniging voor de buurt met vrijwilligers en kinderen in het dorp elke week
 graag een groep mensen die ons helpt om iets moois te maken voor ouderen jongeren leden bezoekers op zaterdag`.split(
		/\s+/
	);
const places: [string, number, number][] = [
	['Nijverdal', 52.36, 6.46],
	['Hellendoorn', 52.39, 6.45],
	['Haarle', 52.4, 6.41],
	['Daarle', 52.44, 6.55],
	['Rijssen', 52.31, 6.52],
	['Almelo', 52.35, 6.66],
	['Wierden', 52.36, 6.59],
	['Raalte', 52.39, 6.27],
	['Zwolle', 52.51, 6.09],
	['Enschede', 52.22, 6.89],
	['Hengelo', 52.27, 6.79],
	['Deventer', 52.25, 6.16]
];
const categories: Category[] = ['hands', 'expertise', 'materials', 'facilities', 'other'];

function text(words: number): string {
	const t1 = pick(themes);
	const t2 = pick(themes);
	const out: string[] = [];
	for (let i = 0; i < words; i++) out.push(rnd() < 0.45 ? pick(filler) : pick(rnd() < 0.7 ? t1 : t2));
	return out.join(' ');
}
function base(id: string, i: number) {
	const [place, lat, lon] = pick(places);
	return {
		id,
		org: `org-${Math.floor(i / 2)}-${id[0]}`,
		title: text(5),
		description: text(28),
		category: pick(categories),
		place,
		location: { lat: lat + (rnd() - 0.5) * 0.05, lon: lon + (rnd() - 0.5) * 0.05 },
		quantity: rnd() < 0.3 ? `${1 + Math.floor(rnd() * 40)} stuks` : null
	};
}
const makeOffer = (i: number, id = `o-${i}`): Offer => ({
	...base(id, i),
	availableFrom: rnd() < 0.2 ? '2027-03-01' : null,
	availableUntil: rnd() < 0.2 ? '2027-10-01' : null,
	wantsInReturn: rnd() < 0.3 ? text(10) : null
});
const makeRequest = (i: number, id = `r-${i}`): Request => ({
	...base(id, i),
	neededBy: rnd() < 0.25 ? '2027-06-01' : null,
	canOfferInReturn: rnd() < 0.3 ? text(10) : null
});

const offers = Array.from({ length: N }, (_, i) => makeOffer(i));
const requests = Array.from({ length: N }, (_, i) => makeRequest(i));
const now = new Date('2026-12-01T00:00:00Z');
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

console.log(`pool: ${N} offers + ${N} requests (seeded synthetic Dutch-like text, Overijssel coordinates)`);
if (process.env.BENCH_SPLIT) {
	// lists and cycles timed apart, on a separate engine so the figures below are unaffected
	let t2 = performance.now();
	const e2 = createEngine({ offers, requests }, { now });
	console.log(`  split: index build ${ms(t2)}`);
	t2 = performance.now();
	for (const r of requests) e2.proposalsFor(r.id);
	console.log(`  split: lists only ${ms(t2)}`);
	t2 = performance.now();
	const edges = e2.exchangeEdges();
	console.log(`  split: exchange edges after lists ${ms(t2)} (${edges.length} edges)`);
	t2 = performance.now();
	e2.cycles();
	console.log(`  split: cycles after lists (edges again + search) ${ms(t2)}`);
}
// CPU time next to wall time: on a shared machine the wall time also measures the neighbours.
// process.cpuUsage counts every thread of the process, workers included.
const cpuMs = (since: NodeJS.CpuUsage) => {
	const u = process.cpuUsage(since);
	return (u.user + u.system) / 1000;
};
const t0 = performance.now();
const c0 = process.cpuUsage();
const engine = createEngine({ offers, requests }, { now });
const build = performance.now() - t0;
const buildCpu = cpuMs(c0);
console.log(
	`single thread: index build (features + inverted index) ${build.toFixed(0)} ms (cpu ${buildCpu.toFixed(0)} ms)`
);
let t = performance.now();
const c1 = process.cpuUsage();
const all = engine.proposeAll();
const batch = performance.now() - t;
const batchCpu = cpuMs(c1);
console.log(
	`single thread: proposeAll (all request lists + cycles) ${batch.toFixed(0)} ms (cpu ${batchCpu.toFixed(0)} ms); proposals ${all.proposals.length}, cycles ${all.cycles.length}`
);
const single = JSON.stringify(all);
const rows: [string, number, number][] = [['single thread', build + batch, buildCpu + batchCpu]];
for (const workers of (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number)) {
	t = performance.now();
	const c = process.cpuUsage();
	const result = await proposeAllParallel({ offers, requests }, { now }, { workers });
	const wall = performance.now() - t;
	const same = JSON.stringify(result) === single;
	rows.push([`main + ${workers} worker${workers > 1 ? 's' : ''}`, wall, cpuMs(c)]);
	if (!same)
		console.log(`  !! parallel result with ${workers} workers differs from the single-threaded batch`);
}
console.log(`full batch including index build (target < 10000 ms wall; ${availableParallelism()} cores):`);
for (const [name, wall, cpu] of rows)
	console.log(
		`  ${name.padEnd(18)} wall ${wall.toFixed(0).padStart(6)} ms   cpu ${cpu.toFixed(0).padStart(6)} ms`
	);
console.log('  (parallel results checked identical to the single-threaded batch)');

const times: number[] = [];
for (let k = 0; k < 100; k++) {
	const i = Math.floor(rnd() * N);
	const listing = k % 2 === 0 ? makeRequest(i) : makeOffer(i);
	const side = k % 2 === 0 ? 'request' : 'offer';
	const t0 = performance.now();
	engine.updateListing(side, listing);
	times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
	`incremental updateListing (100 changed listings, half offers, half requests): p50 ${times[49]!.toFixed(1)} ms, p95 ${times[94]!.toFixed(1)} ms, max ${times[99]!.toFixed(1)} ms`
);

if (process.env.BENCH_SKIP_NAIVE) process.exit(0);
// Naive all-pairs: every request against every offer, same features and pair scorer, no index.
const SAMPLE = Math.min(200, N);
t = performance.now();
const df = new DocFreq();
const packed = (l: Offer | Request) =>
	df.space.pack(
		extractFeatures([
			{ text: l.title, weight: 1.5 },
			{ text: l.description, weight: 1 }
		])
	);
const fo = offers.map(packed);
const fr = requests.map(packed);
for (const f of [...fo, ...fr]) df.add(f);
const prep = performance.now() - t;
t = performance.now();
let kept = 0;
for (let i = 0; i < SAMPLE; i++) {
	for (let j = 0; j < N; j++) {
		const sim = cosine(fr[i], fo[j], df);
		if (sim <= 0) continue;
		const s = scorePair({
			offer: offers[j]!,
			request: requests[i]!,
			textSim: sim,
			recipSim: 0,
			themes: [],
			travels: false,
			now: now.getTime()
		});
		if (s.score >= 0.4) kept++;
	}
}
const naive = performance.now() - t;
console.log(
	`naive all-pairs scorer: ${SAMPLE} x ${N} pairs took ${naive.toFixed(0)} ms (+${prep.toFixed(0)} ms features); ` +
		`extrapolated to ${N} x ${N}: ~${((naive * N) / SAMPLE / 1000).toFixed(1)} s (request lists only, without mutual fit or cycles); pairs above 0.4 in sample: ${kept}`
);
