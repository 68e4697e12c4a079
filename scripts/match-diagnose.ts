/**
 * Tuning aid: npm exec tsx scripts/match-diagnose.ts -- FILE.json [request-id ...]
 * Per request: what the engine emits (with the label's grade) and, for labelled offers it
 * misses, where they rank without the thresholds. Read it for kinds of misses, not to add words
 * of one listing to the lexicon.
 */
import { readFileSync } from 'node:fs';
import { parsePool } from '../src/lib/matching/cli';
import { createEngine } from '../src/lib/matching/engine';
import { formatReasons } from '../src/lib/matching/reasons';
import { WEIGHTS } from '../src/lib/matching/score';
import type { Labels } from './lib-matching-eval';

const [file, ...only] = process.argv.slice(2);
if (!file) throw new Error('Usage: tsx scripts/match-diagnose.ts FILE.json [request-id ...]');
const text = readFileSync(file, 'utf8');
const pool = parsePool(text);
const labels = JSON.parse(text) as Labels;
const now = new Date('2026-12-01T00:00:00Z');
const grade = new Map<string, number>();
for (const r of labels.relevance ?? []) grade.set(`${r.request}|${r.offer}`, r.grade);
const title = new Map([...pool.offers, ...pool.requests].map((l) => [l.id, l.title]));

const engine = createEngine(pool, { now });
const shown = new Map(pool.requests.map((r) => [r.id, engine.proposalsFor(r.id)]));
const saved = { ...WEIGHTS };
Object.assign(WEIGHTS, { threshold: 0, relative: 0 });
const open = createEngine(pool, { now, maxPerList: 30, maxPerOrg: 30 });
let bad = 0;
for (const r of pool.requests) {
	if (only.length && !only.includes(r.id)) continue;
	const emitted = shown.get(r.id)!;
	const all = open.proposalsFor(r.id);
	const wanted = (labels.relevance ?? []).filter((x) => x.request === r.id);
	const missed = wanted.filter((w) => !emitted.some((p) => p.offer === w.offer));
	const wrong = emitted.filter((p) => !grade.get(`${r.id}|${p.offer}`));
	if (!only.length && !missed.length && !wrong.length) continue;
	bad++;
	console.log(`\n${r.id} ${r.title}`);
	for (const p of emitted)
		console.log(
			`  emit ${p.offer} g${grade.get(`${r.id}|${p.offer}`) ?? 0} ${p.score} ${title.get(p.offer)} | ${formatReasons(p.reasons).join('; ')}`
		);
	for (const m of missed) {
		const rank = all.findIndex((p) => p.offer === m.offer);
		const p = all[rank];
		console.log(
			`  MISS ${m.offer} g${m.grade} rank ${rank < 0 ? '-' : rank + 1} ${p?.score ?? '<0.3'} ${title.get(m.offer)}`
		);
	}
}
Object.assign(WEIGHTS, saved);
console.log(`\n${bad} requests with a miss or a wrong proposal`);

// --explain: which words of a listing name which concepts
if (process.env.EXPLAIN) {
	const { contentTokens } = await import('../src/lib/matching/text');
	const { directConcepts } = await import('../src/lib/matching/features');
	for (const id of process.env.EXPLAIN.split(',')) {
		const l = [...pool.offers, ...pool.requests].find((x) => x.id === id)!;
		console.log(`\n${id} ${l.title}`);
		for (const t of new Set(contentTokens(`${l.title} ${l.description}`))) {
			const d = directConcepts([{ text: t, weight: 1 }]);
			if (d.size) console.log(`  ${t}: ${[...d].map(([k, w]) => `${k} ${w.toFixed(2)}`).join(', ')}`);
		}
	}
}
