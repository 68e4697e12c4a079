/**
 * Quality benchmark: npm run bench:match-quality [-- FILE.json]
 * Prints engine vs TF-IDF baseline figures on the labelled development set,
 * for all requests and for the two halves used to tune (odd ids) and to check (even ids).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineProposals } from '../src/lib/matching/baseline-tfidf';
import { parsePool } from '../src/lib/matching/cli';
import { proposeAll } from '../src/lib/matching/engine';
import { evaluate, type Labels } from './lib-matching-eval';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? resolve(here, '../../shared/data/matching-dev.json');
const text = readFileSync(file, 'utf8');
const pool = parsePool(text);
const labels = JSON.parse(text) as Labels;
// Dates in the data lie in 2027; a fixed reference time keeps the figures reproducible.
const now = new Date('2026-12-01T00:00:00Z');

const t0 = performance.now();
const engine = proposeAll(pool, { now });
const ms = performance.now() - t0;
const baseline = baselineProposals(pool, 3, 0.1);

const reqIds = pool.requests.map((r) => r.id);
const num = (id: string) => Number(id.replace(/\D/g, ''));
const splits: [string, (id: string) => boolean][] = [
	['all requests', () => true],
	['tune half (odd ids)', (id) => num(id) % 2 === 1],
	['held-out half (even ids)', (id) => num(id) % 2 === 0]
];

console.log(`file: ${file}`);
console.log(
	`engine batch time: ${ms.toFixed(0)} ms; proposals emitted: ${engine.proposals.length}; cycles: ${engine.cycles.length}`
);
console.log('baseline: TF-IDF cosine (stop words removed), per request top-3 offers with cosine >= 0.10');
console.log('nDCG@5 is computed on the emitted list of each request (missing slots gain 0).\n');
const pad = (s: string, n: number) => s.padEnd(n);
console.log(
	pad('split', 26) +
		pad('system', 10) +
		pad('nDCG@5', 9) +
		pad('precision', 11) +
		pad('recall g2', 11) +
		pad('emitted', 9) +
		'cycles found'
);
for (const [name, keep] of splits) {
	const ids = new Set(reqIds.filter(keep));
	for (const [system, props, cycles] of [
		['engine', engine.proposals, engine.cycles],
		['baseline', baseline, []]
	] as const) {
		const m = evaluate(props, cycles, labels, ids);
		console.log(
			pad(name, 26) +
				pad(system, 10) +
				pad(m.ndcg5.toFixed(3), 9) +
				pad(m.precision.toFixed(3), 11) +
				pad(m.recall2.toFixed(3), 11) +
				pad(String(m.emitted), 9) +
				(system === 'engine' ? `${m.cyclesFound.toFixed(2)} (${m.cycleHits}/${m.cycleTotal})` : '-')
		);
	}
}
