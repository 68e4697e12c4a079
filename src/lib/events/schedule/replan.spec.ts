import { describe, expect, it } from 'vitest';
import { checkSchedule } from './check';
import { pairKey } from './compiled';
import { generateProblem } from './generate';
import { replan, solve, toOutput } from './solve';
import type { Schedule } from './types';

const problem = generateProblem({ participants: 60, rounds: 6, tables: 15, seed: 42 });
const schedule = solve(problem, { iterations: 300_000 });

/** Who meets in rounds >= from. */
const attendees = (s: Schedule, from: number) =>
	new Set(s.rounds.slice(from - 1).flatMap((round) => round.flatMap((m) => [m.a, m.b])));

describe('replan after a no-show', () => {
	const cases = [
		{ from: 1, removed: ['p1'] },
		{ from: 3, removed: ['p2', 'p5', 'p8'] },
		{ from: 4, removed: [] },
		{ from: 6, removed: ['p10'] },
		{ from: 7, removed: ['p3'] }
	];
	for (const mode of ['stable', 'full'] as const) {
		it.each(cases)(`${mode}: from round $from without $removed`, ({ from, removed }) => {
			const again = replan(schedule, from, removed, { mode });
			expect(checkSchedule(problem, again)).toEqual([]);
			// Rounds before `from` are exactly as they were, tables included.
			expect(again.rounds.slice(0, from - 1)).toEqual(schedule.rounds.slice(0, from - 1));
			// The no-shows are out of every later round.
			for (const id of removed) expect(attendees(again, from).has(id)).toBe(false);
			expect(again.problem).toBe(problem);
		});
	}

	it('stable: everyone else keeps their later conversations at the same table, and freed seats are refilled', () => {
		const gone = ['p2', 'p5', 'p8'];
		expect(attendees(schedule, 3).has('p2')).toBe(true);
		const again = replan(schedule, 3, gone);
		for (let r = 2; r < problem.rounds; r++) {
			const now = new Set(again.rounds[r]!.map((m) => `${pairKey(m.a, m.b)}@${m.table}`));
			for (const m of schedule.rounds[r]!)
				if (!gone.includes(m.a) && !gone.includes(m.b))
					expect(now.has(`${pairKey(m.a, m.b)}@${m.table}`)).toBe(true);
		}
		const lost = schedule.rounds
			.slice(2)
			.flat()
			.filter((m) => gone.includes(m.a) || gone.includes(m.b))
			.reduce((sum, m) => sum + m.score, 0);
		// Some of what the no-shows took away comes back through new pairs.
		expect(again.total).toBeGreaterThan(schedule.total - lost);
	});

	it('full: at least as good as stable', () => {
		const stable = replan(schedule, 2, ['p4', 'p9']);
		const full = replan(schedule, 2, ['p4', 'p9'], { mode: 'full' });
		expect(full.total).toBeGreaterThanOrEqual(stable.total - 1e-9);
	});

	it('never repeats a pair that met in a fixed round', () => {
		// Everyone is freed from round 4: a full re-plan must still skip the pairs of rounds 1-3.
		const again = replan(schedule, 4, ['p1'], { mode: 'full' });
		const before = new Set(
			schedule.rounds.slice(0, 3).flatMap((round) => round.map((m) => pairKey(m.a, m.b)))
		);
		for (const m of again.rounds.slice(3).flat()) expect(before.has(pairKey(m.a, m.b))).toBe(false);
	});

	it('without anyone removed and from after the last round it changes nothing', () => {
		expect(toOutput(replan(schedule, problem.rounds + 1, ['p1']))).toEqual(toOutput(schedule));
		expect(toOutput(replan(schedule, 2, [])).total).toBeGreaterThanOrEqual(schedule.total - 1e-9);
		expect(toOutput(replan(schedule, 1, ['nobody'])).rounds).toEqual(toOutput(schedule).rounds);
	});

	it('the no-show keeps the conversations already held', () => {
		const again = replan(schedule, 4, ['p1']);
		const held = schedule.rounds
			.slice(0, 3)
			.flat()
			.filter((m) => m.a === 'p1' || m.b === 'p1');
		expect(again.rounds.slice(0, 3).flat()).toEqual(expect.arrayContaining(held));
	});

	it('handles the contract size', () => {
		const big = generateProblem({ participants: 200, rounds: 9, tables: 60, seed: 13 });
		const plan = solve(big, { iterations: 200_000 });
		for (const mode of ['stable', 'full'] as const) {
			const again = replan(plan, 5, ['p1', 'p2', 'p3', 'p4'], { mode });
			expect(checkSchedule(big, again)).toEqual([]);
			expect(again.rounds.slice(0, 4)).toEqual(plan.rounds.slice(0, 4));
		}
	});
});
