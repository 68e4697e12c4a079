import { compile, pairKey, type Compiled } from './compiled';
import { anneal, byScore, greedyRoundByRound, Plan } from './search';
import type { Meeting, Schedule, ScheduleOutput, ScheduleProblem, SolveOptions } from './types';

/**
 * Plans the conversations: the best-scoring pairs first wherever they fit, then simulated
 * annealing with ejections (see `anneal`), then whatever still fits.
 */
export function solve(problem: ScheduleProblem, options: SolveOptions = {}): Schedule {
	const c = compile(problem);
	const plan = new Plan(c);
	plan.fill(byScore(c));
	// Start from the better of best-first and round by round, so the plan never loses to the baseline.
	const greedy = greedyRoundByRound(c);
	if (greedy.total > plan.total) plan.load(greedy.roundOf);
	optimise(c, plan, options);
	return toSchedule(problem, c, plan, emptyRounds(problem.rounds));
}

/** The baseline plan (round by round, best pairs first), for the benchmark and tests. */
export function solveGreedy(problem: ScheduleProblem): Schedule {
	const c = compile(problem);
	return toSchedule(problem, c, greedyRoundByRound(c), emptyRounds(problem.rounds));
}

function optimise(c: Compiled, plan: Plan, options: SolveOptions): Plan {
	const order = byScore(c);
	plan.fill(order);
	anneal(plan, options);
	plan.fill(order);
	return plan;
}

const emptyRounds = (R: number): Meeting[][] => Array.from({ length: R }, () => []);

/**
 * Turns a plan into meetings per round, after the `fixed` rounds kept as they were. Tables: a
 * participant keeps the table of their previous round when it is free, else the lowest free one.
 */
function toSchedule(problem: ScheduleProblem, c: Compiled, plan: Plan, fixed: Meeting[][]): Schedule {
	const rounds: Meeting[][] = fixed.map((r) => r.map((m) => ({ ...m })));
	const lastTable = new Map<string, number>();
	for (const round of rounds)
		for (const m of round) {
			lastTable.set(m.a, m.table);
			lastTable.set(m.b, m.table);
		}
	for (let r = 0; r < c.R; r++) {
		const edges = Array.from(plan.inRound.subarray(r * c.T, r * c.T + plan.count[r]!)).sort(
			(x, y) => c.source[x]! - c.source[y]!
		);
		if (edges.length === 0) continue;
		const taken = new Set(rounds[r]!.map((m) => m.table));
		const table = new Map<number, number>();
		for (const e of edges) {
			const s = problem.scores[c.source[e]!]!;
			for (const who of [s.a, s.b]) {
				const t = lastTable.get(who);
				if (t !== undefined && !taken.has(t) && !table.has(e)) {
					taken.add(t);
					table.set(e, t);
				}
			}
		}
		let free = 1;
		for (const e of edges) {
			if (table.has(e)) continue;
			while (taken.has(free)) free++;
			taken.add(free);
			table.set(e, free);
		}
		for (const e of edges) {
			const s = problem.scores[c.source[e]!]!;
			const t = table.get(e)!;
			rounds[r]!.push({ a: s.a, b: s.b, table: t, score: s.score });
			lastTable.set(s.a, t);
			lastTable.set(s.b, t);
		}
		rounds[r]!.sort((x, y) => x.table - y.table);
	}
	return { problem, rounds, total: totalOf(rounds) };
}

/** Sum of the scores of the meetings, rounded to 1e-9 against floating-point noise. */
export function totalOf(rounds: Meeting[][]): number {
	let total = 0;
	for (const round of rounds) for (const m of round) total += m.score;
	return Math.round(total * 1e9) / 1e9;
}

/** The `npm run schedule` output shape. */
export function toOutput(schedule: Schedule): ScheduleOutput {
	return {
		rounds: schedule.rounds.map((round) => round.map(({ a, b, table }) => ({ a, b, table }))),
		total: schedule.total
	};
}

export type ReplanOptions = SolveOptions & {
	/**
	 * 'stable' (default): everyone else keeps their conversations and tables; the seats the
	 * no-shows leave are filled with new pairs where possible. 'full': the remaining rounds are
	 * planned afresh (a higher total, but routes change).
	 */
	mode?: 'stable' | 'full';
};

/**
 * A no-show: rounds before `fromRound` (1-based) stay exactly as they were; from `fromRound` on the
 * removed participants are taken out and the rest re-planned. Pairs that already met in a fixed
 * round do not meet again. Ids that are not in the problem are ignored.
 */
export function replan(
	schedule: Schedule,
	fromRound: number,
	removedParticipantIds: readonly string[],
	options: ReplanOptions = {}
): Schedule {
	const { problem } = schedule;
	const from = Math.min(Math.max(1, Math.floor(fromRound)), problem.rounds + 1);
	const removed = new Set(removedParticipantIds);
	const fixed = emptyRounds(problem.rounds);
	const met = new Set<string>();
	for (let r = 0; r < from - 1; r++) {
		fixed[r] = schedule.rounds[r]!.map((m) => ({ ...m }));
		for (const m of fixed[r]!) met.add(pairKey(m.a, m.b));
	}
	const c = compile(problem, { fromRound: from, removed, forbidden: met });
	const plan = new Plan(c);
	// Keep every later meeting without a no-show at its table, then fill the free seats ('stable');
	// 'full' goes on from there with the local search, so it never ends lower than 'stable'.
	const edgeOf = new Map<number, number>();
	for (let e = 0; e < c.eu.length; e++) edgeOf.set(c.source[e]!, e);
	const sourceOf = new Map<string, number>();
	problem.scores.forEach((s, k) => sourceOf.set(pairKey(s.a, s.b), k));
	for (let r = from - 1; r < problem.rounds; r++) {
		for (const m of schedule.rounds[r] ?? []) {
			if (removed.has(m.a) || removed.has(m.b)) continue;
			const e = edgeOf.get(sourceOf.get(pairKey(m.a, m.b)) ?? -1);
			if (e !== undefined && plan.fits(e, r)) {
				plan.place(e, r);
				fixed[r]!.push({ ...m });
			}
		}
	}
	if (options.mode === 'full') {
		optimise(c, plan, { timeLimitMs: 500, iterations: Math.min(400_000, c.eu.length * 300), ...options });
		for (let r = from - 1; r < problem.rounds; r++) fixed[r] = [];
		return toSchedule(problem, c, plan, fixed);
	}
	const keptRounds = fixed.map((round) => round.length);
	plan.fill(byScore(c));
	// Only the new meetings still need tables; toSchedule appends them to the kept ones.
	for (let r = from - 1; r < problem.rounds; r++) {
		const kept = new Set(fixed[r]!.slice(0, keptRounds[r]).map((m) => pairKey(m.a, m.b)));
		for (let k = plan.count[r]! - 1; k >= 0; k--) {
			const e = plan.inRound[r * c.T + k]!;
			const s = problem.scores[c.source[e]!]!;
			if (kept.has(pairKey(s.a, s.b))) plan.remove(e);
		}
	}
	return toSchedule(problem, c, plan, fixed);
}
