import { seededRandom } from './compiled';
import type { ScheduleProblem } from './types';

export type GenerateOptions = {
	participants: number;
	rounds: number;
	tables: number;
	seed: number;
	/** Share of participants who are present in every round (the rest arrive late or leave early). */
	fullAttendance?: number;
	/** Scored partners per participant, drawn between these bounds. */
	minPartners?: number;
	maxPartners?: number;
	/** Share of pairs that are business–voluntary (the rest are any two kinds). */
	crossKind?: number;
	/**
	 * 'block' (default): the partly present come for a run of consecutive rounds. 'scattered':
	 * everyone is present in each round with probability `presence`.
	 */
	attendance?: 'block' | 'scattered';
	presence?: number;
};

const KINDS = ['business', 'voluntary', 'foundation', 'municipality'] as const;

/**
 * A seeded instance shaped like an event: half businesses, the rest mostly voluntary
 * organisations; partial attendance (a contiguous block of rounds); sparse scores like the
 * engine's proposals, mostly business–voluntary.
 */
export function generateProblem(o: GenerateOptions): ScheduleProblem {
	const rand = seededRandom(o.seed);
	const full = o.fullAttendance ?? 0.6;
	const minP = o.minPartners ?? 5;
	const maxP = o.maxPartners ?? 30;
	const cross = o.crossKind ?? 0.85;
	const participants = Array.from({ length: o.participants }, (_, i) => {
		const kind = i % 2 === 0 ? 'business' : rand() < 0.8 ? 'voluntary' : KINDS[2 + ((rand() * 2) | 0)]!;
		if (o.attendance === 'scattered') {
			const rounds = Array.from({ length: o.rounds }, (_, r) => r + 1).filter(
				() => rand() < (o.presence ?? 0.6)
			);
			return { id: `p${i + 1}`, kind, rounds };
		}
		let first = 1;
		let last = o.rounds;
		if (rand() >= full) {
			const len = 1 + Math.floor(rand() * o.rounds);
			first = 1 + Math.floor(rand() * (o.rounds - len + 1));
			last = first + len - 1;
		}
		const rounds: number[] = [];
		for (let r = first; r <= last; r++) rounds.push(r);
		return { id: `p${i + 1}`, kind, rounds };
	});
	const business = participants.filter((p) => p.kind === 'business');
	const others = participants.filter((p) => p.kind !== 'business');
	const seen = new Set<string>();
	const scores: { a: string; b: string; score: number }[] = [];
	const degree = new Map<string, number>();
	for (const p of participants) {
		const want = minP + Math.floor(rand() * (maxP - minP + 1));
		const have = degree.get(p.id) ?? 0;
		for (let tries = 0, added = have; added < want / 2 && tries < want * 4; tries++) {
			const pool = rand() < cross ? (p.kind === 'business' ? others : business) : participants;
			const q = pool[(rand() * pool.length) | 0]!;
			if (q.id === p.id) continue;
			const key = p.id < q.id ? `${p.id} ${q.id}` : `${q.id} ${p.id}`;
			if (seen.has(key)) continue;
			seen.add(key);
			added++;
			degree.set(p.id, (degree.get(p.id) ?? 0) + 1);
			degree.set(q.id, (degree.get(q.id) ?? 0) + 1);
			// Engine-like scores: most between 0.3 and 0.7, a tail of strong ones.
			const score = Math.min(1, Math.max(0.05, 0.25 + 0.4 * rand() + (rand() < 0.2 ? 0.3 * rand() : 0)));
			scores.push(
				rand() < 0.5 ? { a: p.id, b: q.id, score: round3(score) } : { a: q.id, b: p.id, score: round3(score) }
			);
		}
	}
	return { rounds: o.rounds, tables: o.tables, participants, scores };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
