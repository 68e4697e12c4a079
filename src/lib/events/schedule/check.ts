import { pairKey } from './compiled';
import type { Schedule, ScheduleOutput, ScheduleProblem } from './types';

/**
 * Every rule a plan must keep, as a list of violations (empty = valid): exactly R rounds, tables
 * 1..T and distinct per round, nobody twice in a round, only present participants, only scored
 * pairs, no pair twice, and the total equal to the sum of the scores of the pairs that meet.
 */
export function checkSchedule(problem: ScheduleProblem, schedule: Schedule | ScheduleOutput): string[] {
	const errors: string[] = [];
	const present = new Map(problem.participants.map((p) => [p.id, new Set(p.rounds)]));
	const score = new Map(problem.scores.map((s) => [pairKey(s.a, s.b), s.score]));
	if (schedule.rounds.length !== problem.rounds)
		errors.push(`${schedule.rounds.length} rounds instead of ${problem.rounds}`);
	const met = new Set<string>();
	let total = 0;
	schedule.rounds.forEach((round, i) => {
		const r = i + 1;
		const busy = new Set<string>();
		const tables = new Set<number>();
		if (round.length > problem.tables)
			errors.push(`round ${r}: ${round.length} meetings at ${problem.tables} tables`);
		for (const m of round) {
			if (!Number.isInteger(m.table) || m.table < 1 || m.table > problem.tables)
				errors.push(`round ${r}: table ${m.table} outside 1..${problem.tables}`);
			if (tables.has(m.table)) errors.push(`round ${r}: table ${m.table} used twice`);
			tables.add(m.table);
			for (const who of [m.a, m.b]) {
				if (busy.has(who)) errors.push(`round ${r}: ${who} in two places`);
				busy.add(who);
				if (!present.get(who)?.has(r)) errors.push(`round ${r}: ${who} is not present`);
			}
			const key = pairKey(m.a, m.b);
			const s = score.get(key);
			if (s === undefined) errors.push(`round ${r}: ${m.a} and ${m.b} have no score`);
			else total += s;
			if (met.has(key)) errors.push(`round ${r}: ${m.a} and ${m.b} meet again`);
			met.add(key);
		}
	});
	if (Math.abs(total - schedule.total) > 1e-6)
		errors.push(`total ${schedule.total} but the scores add up to ${total}`);
	return errors;
}
