import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchedule } from './check';
import { generateProblem } from './generate';
import { parseProblem } from './input';
import type { ScheduleOutput } from './types';

const dir = mkdtempSync(join(tmpdir(), 'schedule-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI exactly as `npm run schedule -- FILE.json` does (without npm's banner). */
function run(content: string) {
	const file = join(dir, `input-${Math.random().toString(36).slice(2)}.json`);
	writeFileSync(file, content);
	const result = spawnSync('npx', ['tsx', 'scripts/schedule.ts', file], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run schedule', () => {
	it('prints one JSON object that keeps every rule, with the right total', { timeout: 60_000 }, () => {
		const input = generateProblem({ participants: 60, rounds: 6, tables: 15, seed: 7 });
		const { code, stdout, stderr } = run(JSON.stringify(input));
		expect(stderr).toBe('');
		expect(code).toBe(0);
		expect(stdout.trim().split('\n')).toHaveLength(1);
		const output = JSON.parse(stdout) as ScheduleOutput;
		expect(Object.keys(output).sort()).toEqual(['rounds', 'total']);
		expect(output.rounds).toHaveLength(6);
		for (const m of output.rounds.flat()) expect(Object.keys(m).sort()).toEqual(['a', 'b', 'table']);
		expect(output.rounds.flat().length).toBeGreaterThan(0);
		expect(checkSchedule(parseProblem(input), output)).toEqual([]);
	});

	it('reads the example of the contract', { timeout: 60_000 }, () => {
		const { code, stdout } = run(
			JSON.stringify({
				rounds: 2,
				tables: 1,
				participants: [
					{ id: 'p1', kind: 'business', rounds: [1, 2, 3].slice(0, 2) },
					{ id: 'p7', kind: 'voluntary', rounds: [2] }
				],
				scores: [{ a: 'p1', b: 'p7', score: 0.82 }]
			})
		);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toEqual({ rounds: [[], [{ a: 'p1', b: 'p7', table: 1 }]], total: 0.82 });
	});

	const bad: [string, string, RegExp][] = [
		['bad JSON', '{"rounds": 2,', /not valid JSON/],
		[
			'an unknown id',
			JSON.stringify({
				rounds: 1,
				tables: 1,
				participants: [{ id: 'p1' }],
				scores: [{ a: 'p1', b: 'p2', score: 0.5 }]
			}),
			/unknown participant "p2"/
		],
		[
			'a score out of range',
			JSON.stringify({
				rounds: 1,
				tables: 1,
				participants: [{ id: 'p1' }, { id: 'p2' }],
				scores: [{ a: 'p1', b: 'p2', score: 3 }]
			}),
			/score must be between 0 and 1/
		],
		[
			'a duplicate',
			JSON.stringify({ rounds: 1, tables: 1, participants: [{ id: 'p1' }, { id: 'p1' }], scores: [] }),
			/duplicate participant "p1"/
		]
	];
	it.each(bad)(
		'refuses %s: message on stderr, nothing on stdout, exit code 1',
		{ timeout: 60_000 },
		(_, content, message) => {
			const { code, stdout, stderr } = run(content);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(message);
		}
	);

	it('refuses a missing file with exit code 1', { timeout: 60_000 }, () => {
		const result = spawnSync('npx', ['tsx', 'scripts/schedule.ts', join(dir, 'missing.json')], {
			encoding: 'utf8'
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Cannot read/);
	});
});
