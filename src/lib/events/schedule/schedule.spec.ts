import { describe, expect, it } from 'vitest';
import { compile, pairKey } from './compiled';
import { checkSchedule } from './check';
import { generateProblem } from './generate';
import { parseProblem, parseProblemJson, ScheduleInputError } from './input';
import { solve, solveGreedy, toOutput } from './solve';
import { roundBound, upperBound } from './bound';
import { seededRandom } from './compiled';
import type { ScheduleProblem } from './types';

/** A small random instance with arbitrary attendance (not only contiguous) and any kinds. */
function randomProblem(seed: number, n: number, R: number, T: number, density: number): ScheduleProblem {
	const rand = seededRandom(seed);
	const participants = Array.from({ length: n }, (_, i) => ({
		id: `x${i}`,
		kind: rand() < 0.5 ? 'business' : 'voluntary',
		rounds: Array.from({ length: R }, (_, r) => r + 1).filter(() => rand() < 0.7)
	}));
	const scores = [];
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++)
			if (rand() < density) scores.push({ a: `x${i}`, b: `x${j}`, score: Math.round(rand() * 1000) / 1000 });
	return { rounds: R, tables: T, participants, scores };
}

/** The best total by trying every round (or none) for every pair: only for tiny instances. */
function bruteForce(problem: ScheduleProblem): number {
	const c = compile(problem);
	const m = c.eu.length;
	const busy = new Set<string>();
	const used = new Int32Array(c.R);
	let best = 0;
	const go = (e: number, total: number, rest: number) => {
		if (total + rest <= best) return;
		if (e === m) {
			best = total;
			return;
		}
		const u = c.eu[e]!;
		const v = c.ev[e]!;
		for (let k = c.sharedStart[e]!; k < c.sharedStart[e + 1]!; k++) {
			const r = c.sharedRounds[k]!;
			if (used[r]! >= c.T || busy.has(`${r}:${u}`) || busy.has(`${r}:${v}`)) continue;
			busy.add(`${r}:${u}`).add(`${r}:${v}`);
			used[r]++;
			go(e + 1, total + c.w[e]!, rest - c.w[e]!);
			used[r]--;
			busy.delete(`${r}:${u}`);
			busy.delete(`${r}:${v}`);
		}
		go(e + 1, total, rest - c.w[e]!);
	};
	go(
		0,
		0,
		c.w.reduce((a, b) => a + b, 0)
	);
	return best;
}

/** The relaxation (no rounds) by trying every subset of pairs: only for tiny instances. */
function bruteForceRelaxation(problem: ScheduleProblem): number {
	const c = compile(problem);
	const m = c.eu.length;
	let best = 0;
	for (let mask = 0; mask < 1 << m; mask++) {
		const deg = new Int32Array(c.n);
		let total = 0;
		let count = 0;
		let ok = true;
		for (let e = 0; e < m && ok; e++) {
			if (!(mask & (1 << e))) continue;
			count++;
			total += c.w[e]!;
			if (++deg[c.eu[e]!]! > c.capacity[c.eu[e]!]! || ++deg[c.ev[e]!]! > c.capacity[c.ev[e]!]!) ok = false;
		}
		if (ok && count <= c.R * c.T) best = Math.max(best, total);
	}
	return best;
}

describe('solve: every constraint on random instances', () => {
	const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
	it.each(seeds)('seed %i: a valid plan, at least the greedy baseline, at most the bound', (seed) => {
		const rand = seededRandom(seed * 7919);
		const n = 4 + Math.floor(rand() * 40);
		const R = 1 + Math.floor(rand() * 8);
		const T = 1 + Math.floor(rand() * 12);
		const problem = randomProblem(seed, n, R, T, 0.05 + rand() * 0.4);
		const schedule = solve(problem, { iterations: 20_000 });
		expect(checkSchedule(problem, schedule)).toEqual([]);
		expect(schedule.rounds).toHaveLength(R);
		const greedy = solveGreedy(problem);
		expect(checkSchedule(problem, greedy)).toEqual([]);
		expect(schedule.total).toBeGreaterThanOrEqual(greedy.total - 1e-9);
		expect(schedule.total).toBeLessThanOrEqual(upperBound(compile(problem)).value + 1e-9);
	});

	it.each([21, 22, 23, 24])(
		'event-shaped instance (seed %i) is valid and within 2%% of the bound',
		(seed) => {
			const problem = generateProblem({ participants: 80, rounds: 6, tables: 25, seed });
			const schedule = solve(problem, { iterations: 300_000 });
			expect(checkSchedule(problem, schedule)).toEqual([]);
			expect(schedule.total).toBeGreaterThanOrEqual(0.98 * upperBound(compile(problem)).value);
		}
	);

	it.each(Array.from({ length: 25 }, (_, i) => i + 100))(
		'seed %i: the optimum of a tiny instance',
		(seed) => {
			const problem = randomProblem(seed, 6, 3, 2, 0.6);
			const schedule = solve(problem);
			expect(checkSchedule(problem, schedule)).toEqual([]);
			expect(schedule.total).toBeCloseTo(bruteForce(problem), 9);
		}
	);

	it('keeps the rules when they bind hard: one table, one shared round', () => {
		const problem = parseProblem({
			rounds: 3,
			tables: 1,
			participants: [
				{ id: 'a', rounds: [1, 2, 3] },
				{ id: 'b', rounds: [1] },
				{ id: 'c', rounds: [1, 2] },
				{ id: 'd', rounds: [3] }
			],
			scores: [
				{ a: 'a', b: 'b', score: 0.9 },
				{ a: 'a', b: 'c', score: 0.8 },
				{ a: 'c', b: 'b', score: 0.95 },
				{ a: 'd', b: 'a', score: 0.1 },
				{ a: 'd', b: 'b', score: 1 }
			]
		});
		const schedule = solve(problem);
		expect(checkSchedule(problem, schedule)).toEqual([]);
		// Best: c-b in round 1 (0.95), a-c in round 2 (0.8), d-a in round 3 (0.1); d-b never share a round.
		expect(toOutput(schedule)).toEqual({
			rounds: [
				[{ a: 'c', b: 'b', table: 1 }],
				[{ a: 'a', b: 'c', table: 1 }],
				[{ a: 'd', b: 'a', table: 1 }]
			],
			total: 1.85
		});
	});

	it('never plans a pair without a score, with a zero score, or without a shared round', () => {
		const problem = parseProblem({
			rounds: 2,
			tables: 5,
			participants: [
				{ id: 'a', rounds: [1] },
				{ id: 'b', rounds: [2] },
				{ id: 'c' },
				{ id: 'd', rounds: [] }
			],
			scores: [
				{ a: 'a', b: 'b', score: 1 },
				{ a: 'c', b: 'd', score: 1 },
				{ a: 'a', b: 'c', score: 0 }
			]
		});
		const schedule = solve(problem);
		expect(schedule.rounds).toEqual([[], []]);
		expect(schedule.total).toBe(0);
	});

	it('gives the same plan for the same seed', () => {
		const problem = generateProblem({ participants: 60, rounds: 5, tables: 15, seed: 5 });
		expect(toOutput(solve(problem, { seed: 3, iterations: 100_000 }))).toEqual(
			toOutput(solve(problem, { seed: 3, iterations: 100_000 }))
		);
	});
});

describe('upperBound', () => {
	it.each(Array.from({ length: 25 }, (_, i) => i + 200))(
		'seed %i: >= the optimum, = the relaxation when exact',
		(seed) => {
			const problem = randomProblem(seed, 7, 3, 2, 0.45);
			const bound = upperBound(compile(problem));
			expect(bound.value).toBeGreaterThanOrEqual(bruteForce(problem) - 1e-9);
			const relaxation = bruteForceRelaxation(problem);
			expect(bound.value).toBeGreaterThanOrEqual(relaxation - 1e-9);
			if (bound.exact) expect(bound.value).toBeCloseTo(relaxation, 9);
		}
	);

	it.each(Array.from({ length: 15 }, (_, i) => i + 300))(
		'seed %i: the round-aware bound is >= the optimum',
		(seed) => {
			const problem = randomProblem(seed, 7, 3, 2, 0.45);
			const optimum = bruteForce(problem);
			expect(roundBound(compile(problem), { target: optimum })).toBeGreaterThanOrEqual(optimum - 1e-9);
			expect(roundBound(compile(problem), { iterations: 3 })).toBeGreaterThanOrEqual(optimum - 1e-9);
		}
	);

	it('the round-aware bound sees what the plain one cannot: two partners who share only one round', () => {
		// a can meet b and c only in round 1: the plain bound counts both (a is present twice).
		const problem = parseProblem({
			rounds: 2,
			tables: 2,
			participants: [{ id: 'a' }, { id: 'b', rounds: [1] }, { id: 'c', rounds: [1] }],
			scores: [
				{ a: 'a', b: 'b', score: 1 },
				{ a: 'a', b: 'c', score: 1 }
			]
		});
		expect(upperBound(compile(problem)).value).toBe(2);
		expect(roundBound(compile(problem), { target: 1 })).toBeCloseTo(1, 6);
		expect(solve(problem).total).toBe(1);
	});

	it('is exact on a bipartite instance and LP on an odd cycle', () => {
		const triangle = parseProblem({
			rounds: 3,
			tables: 3,
			participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			scores: [
				{ a: 'a', b: 'b', score: 1 },
				{ a: 'b', b: 'c', score: 1 },
				{ a: 'c', b: 'a', score: 1 }
			]
		});
		expect(upperBound(compile(triangle))).toMatchObject({ value: 3, bipartite: false });
		// With one round each, the triangle's LP says 1.5 while only one pair can meet.
		const once = { ...triangle, participants: triangle.participants.map((p) => ({ ...p, rounds: [1] })) };
		expect(upperBound(compile(once))).toEqual({ value: 1.5, exact: false, bipartite: false });
		expect(solve(once).total).toBe(1);
		const path = { ...once, scores: once.scores.slice(0, 2) };
		expect(upperBound(compile(path))).toEqual({ value: 1, exact: true, bipartite: true });
	});
});

describe('checkSchedule catches every broken rule', () => {
	const problem = parseProblem({
		rounds: 2,
		tables: 1,
		participants: [{ id: 'a' }, { id: 'b' }, { id: 'c', rounds: [2] }],
		scores: [
			{ a: 'a', b: 'b', score: 0.5 },
			{ a: 'a', b: 'c', score: 0.25 }
		]
	});
	const cases: [string, { rounds: { a: string; b: string; table: number }[][]; total: number }, string][] = [
		['valid', { rounds: [[{ a: 'a', b: 'b', table: 1 }], [{ a: 'a', b: 'c', table: 1 }]], total: 0.75 }, ''],
		['wrong round count', { rounds: [[{ a: 'a', b: 'b', table: 1 }]], total: 0.5 }, '1 rounds instead of 2'],
		[
			'pair twice',
			{ rounds: [[{ a: 'a', b: 'b', table: 1 }], [{ a: 'b', b: 'a', table: 1 }]], total: 1 },
			'meet again'
		],
		['absent', { rounds: [[{ a: 'a', b: 'c', table: 1 }], []], total: 0.25 }, 'c is not present'],
		['no score', { rounds: [[], [{ a: 'b', b: 'c', table: 1 }]], total: 0 }, 'have no score'],
		[
			'table out of range',
			{ rounds: [[{ a: 'a', b: 'b', table: 2 }], []], total: 0.5 },
			'table 2 outside 1..1'
		],
		[
			'wrong total',
			{ rounds: [[{ a: 'a', b: 'b', table: 1 }], []], total: 0.7 },
			'but the scores add up to 0.5'
		],
		[
			'two places and too many tables',
			{
				rounds: [
					[],
					[
						{ a: 'a', b: 'b', table: 1 },
						{ a: 'a', b: 'c', table: 1 }
					]
				],
				total: 0.75
			},
			'a in two places'
		]
	];
	it.each(cases)('%s', (_, schedule, message) => {
		const errors = checkSchedule(problem, schedule);
		if (message) expect(errors.join('\n')).toContain(message);
		else expect(errors).toEqual([]);
	});
});

describe('input', () => {
	const valid = {
		rounds: 2,
		tables: 1,
		participants: [
			{ id: 'p1', kind: 'business', rounds: [2, 1] },
			{ id: 'p7', kind: 'voluntary' }
		],
		scores: [{ a: 'p1', b: 'p7', score: 0.82 }]
	};

	it('reads the contract; absent rounds mean every round', () => {
		const p = parseProblem(valid);
		expect(p.participants).toEqual([
			{ id: 'p1', kind: 'business', rounds: [1, 2] },
			{ id: 'p7', kind: 'voluntary', rounds: [1, 2] }
		]);
		expect(pairKey('p7', 'p1')).toBe(pairKey('p1', 'p7'));
	});

	const bad: [string, unknown, string][] = [
		['not an object', [], '(root)'],
		['rounds missing', { ...valid, rounds: undefined }, 'rounds'],
		['rounds zero', { ...valid, rounds: 0 }, 'rounds must be at least 1'],
		['tables fractional', { ...valid, tables: 1.5 }, 'tables must be a whole number'],
		['unknown id', { ...valid, scores: [{ a: 'p1', b: 'p9', score: 0.5 }] }, 'unknown participant "p9"'],
		[
			'score above 1',
			{ ...valid, scores: [{ a: 'p1', b: 'p7', score: 1.2 }] },
			'score must be between 0 and 1'
		],
		[
			'score negative',
			{ ...valid, scores: [{ a: 'p1', b: 'p7', score: -0.1 }] },
			'score must be between 0 and 1'
		],
		[
			'score not a number',
			{ ...valid, scores: [{ a: 'p1', b: 'p7', score: '0.5' }] },
			'score must be a number'
		],
		[
			'duplicate participant',
			{ ...valid, participants: [...valid.participants, { id: 'p1' }] },
			'duplicate participant "p1"'
		],
		[
			'duplicate pair (either order)',
			{
				...valid,
				scores: [
					{ a: 'p1', b: 'p7', score: 0.5 },
					{ a: 'p7', b: 'p1', score: 0.6 }
				]
			},
			'duplicate score for "p7" and "p1"'
		],
		['self pair', { ...valid, scores: [{ a: 'p1', b: 'p1', score: 0.5 }] }, 'cannot meet themselves'],
		[
			'round out of range',
			{ ...valid, participants: [{ id: 'p1', rounds: [3] }, { id: 'p7' }] },
			'round 3 is outside 1..2'
		],
		[
			'duplicate round',
			{ ...valid, participants: [{ id: 'p1', rounds: [1, 1] }, { id: 'p7' }] },
			'duplicate round 1'
		],
		['empty id', { ...valid, participants: [{ id: '' }, { id: 'p7' }] }, 'participants.0.id']
	];
	it.each(bad)('refuses %s', (_, data, message) => {
		expect(() => parseProblem(data)).toThrow(ScheduleInputError);
		expect(() => parseProblem(data)).toThrow(message);
	});

	it('refuses text that is not JSON', () => {
		expect(() => parseProblemJson('{"rounds":')).toThrow(/not valid JSON/);
	});
});
