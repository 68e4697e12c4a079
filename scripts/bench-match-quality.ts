/**
 * Quality benchmark: npm run bench:match-quality [-- FILE.json ...]
 * Prints engine vs TF-IDF baseline figures on the labelled development set and on the second
 * labelled set (scripts/data/matching-limburg.json) and the third (scripts/data/matching-groningen.json), for all requests and for the odd and even
 * halves. Set MATCHING_DEV_SET when the development set lives elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineProposals } from '../src/lib/matching/baseline-tfidf';
import { parsePool } from '../src/lib/matching/cli';
import { proposeAll } from '../src/lib/matching/engine';
import { evaluate, type Labels } from './lib-matching-eval';

const here = dirname(fileURLToPath(import.meta.url));
// The development set sits next to the repository (../shared/data); a worktree sits one level deeper.
const devSet = [
	process.env.MATCHING_DEV_SET,
	resolve(here, '../../shared/data/matching-dev.json'),
	resolve(here, '../../../shared/data/matching-dev.json')
].find((f): f is string => !!f && existsSync(f));
// The second labelled set: another region, needs told as problems; written before tuning.
const secondSet = resolve(here, 'data/matching-limburg.json');
// The third labelled set: Groningen districts, needs told as symptoms; graded before the engine ran on it.
const thirdSet = resolve(here, 'data/matching-groningen.json');
const files = process.argv.slice(2).length
	? process.argv.slice(2)
	: [devSet, secondSet, thirdSet].filter((f): f is string => !!f);
// Dates in the data lie in 2027; a fixed reference time keeps the figures reproducible.
const now = new Date('2026-12-01T00:00:00Z');
const pad = (s: string, n: number) => s.padEnd(n);

console.log('baseline: TF-IDF cosine (stop words removed), per request top-3 offers with cosine >= 0.10');
console.log('nDCG@5 is computed on the emitted list of each request (missing slots gain 0).');
for (const file of files) {
	const text = readFileSync(file, 'utf8');
	const pool = parsePool(text);
	const labels = JSON.parse(text) as Labels;
	const t0 = performance.now();
	const engine = proposeAll(pool, { now });
	const ms = performance.now() - t0;
	const baseline = baselineProposals(pool, 3, 0.1);

	const reqIds = pool.requests.map((r) => r.id);
	const num = (id: string) => Number(id.replace(/\D/g, ''));
	const splits: [string, (id: string) => boolean][] = [
		['all requests', () => true],
		['odd ids', (id) => num(id) % 2 === 1],
		['even ids', (id) => num(id) % 2 === 0]
	];
	console.log(`\nfile: ${file}`);
	console.log(
		`${pool.offers.length} offers x ${pool.requests.length} requests, ${labels.relevance?.length ?? 0} graded pairs, ` +
			`${labels.cycles?.length ?? 0} cycles; engine batch ${ms.toFixed(0)} ms, ` +
			`${engine.proposals.length} proposals, ${engine.cycles.length} cycles`
	);
	console.log(
		pad('split', 16) +
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
				pad(name, 16) +
					pad(system, 10) +
					pad(m.ndcg5.toFixed(3), 9) +
					pad(m.precision.toFixed(3), 11) +
					pad(m.recall2.toFixed(3), 11) +
					pad(String(m.emitted), 9) +
					(system === 'engine' ? `${m.cyclesFound.toFixed(2)} (${m.cycleHits}/${m.cycleTotal})` : '-')
			);
		}
	}
}
