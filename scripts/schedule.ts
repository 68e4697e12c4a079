/**
 * Usage: npm run -s schedule -- FILE.json   (or: npx tsx scripts/schedule.ts FILE.json)
 * Reads {"rounds":R,"tables":T,"participants":[{"id","kind","rounds":[...]}],"scores":[{"a","b","score"}]}
 * and prints one JSON object {"rounds":[[{"a","b","table"}],...],"total":...} to stdout, nothing else.
 * Invalid input: the problems on stderr and exit code 1.
 */
import { readFileSync } from 'node:fs';
import { parseProblemJson, ScheduleInputError, solve, toOutput } from '../src/lib/events/schedule';

const file = process.argv[2];
if (!file) {
	process.stderr.write('Usage: npm run schedule -- FILE.json\n');
	process.exit(1);
}
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch (e) {
	process.stderr.write(`Cannot read ${file}: ${(e as Error).message}\n`);
	process.exit(1);
}
try {
	const schedule = solve(parseProblemJson(text));
	process.stdout.write(JSON.stringify(toOutput(schedule)) + '\n');
} catch (e) {
	if (!(e instanceof ScheduleInputError)) throw e;
	process.stderr.write(`${e.message}\n`);
	process.exit(1);
}
