/**
 * Usage: npm run match -- FILE.json [--lang en] [--now 2027-01-01]
 * Prints one JSON object with proposals and cycles to stdout, nothing else.
 */
import { readFileSync } from 'node:fs';
import { formatResult, parsePool } from '../src/lib/matching/cli';
import { proposeAllParallel } from '../src/lib/matching/parallel';

const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const lang = flag('--lang') === 'en' ? 'en' : 'nl';
const nowArg = flag('--now');
const file = args[0];
if (!file) {
	process.stderr.write('Usage: npm run match -- FILE.json [--lang en] [--now YYYY-MM-DD]\n');
	process.exit(2);
}
const now = nowArg ? new Date(nowArg) : new Date();
const pool = parsePool(readFileSync(file, 'utf8'));
// Workers only pay off for large pools; the result is identical either way.
const workers = pool.offers.length + pool.requests.length >= 4000 ? undefined : 0;
const result = await proposeAllParallel(pool, { now }, { workers });
process.stdout.write(JSON.stringify(formatResult(result, lang)) + '\n');
