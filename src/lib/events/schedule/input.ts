import { z } from 'zod';
import type { ScheduleProblem } from './types';

const id = z.string().min(1, 'id must be a non-empty string');
const count = (what: string, max: number) =>
	z
		.number({ error: `${what} must be a number` })
		.int(`${what} must be a whole number`)
		.min(1, `${what} must be at least 1`)
		.max(max, `${what} must be at most ${max}`);

const problemSchema = z
	.object({
		rounds: count('rounds', 1000),
		tables: count('tables', 100_000),
		participants: z.array(
			z.object({
				id,
				kind: z.string().optional(),
				/** Rounds the participant is present; absent means every round. */
				rounds: z.array(z.number().int('a round must be a whole number')).optional()
			})
		),
		scores: z.array(
			z.object({
				a: id,
				b: id,
				score: z
					.number({ error: 'score must be a number' })
					.min(0, 'score must be between 0 and 1')
					.max(1, 'score must be between 0 and 1')
			})
		)
	})
	.superRefine((p, ctx) => {
		const ids = new Set<string>();
		p.participants.forEach((q, i) => {
			if (ids.has(q.id))
				ctx.addIssue({
					code: 'custom',
					path: ['participants', i, 'id'],
					message: `duplicate participant "${q.id}"`
				});
			ids.add(q.id);
			const seen = new Set<number>();
			(q.rounds ?? []).forEach((r, j) => {
				if (r < 1 || r > p.rounds)
					ctx.addIssue({
						code: 'custom',
						path: ['participants', i, 'rounds', j],
						message: `round ${r} is outside 1..${p.rounds}`
					});
				if (seen.has(r))
					ctx.addIssue({
						code: 'custom',
						path: ['participants', i, 'rounds', j],
						message: `duplicate round ${r}`
					});
				seen.add(r);
			});
		});
		const pairs = new Set<string>();
		p.scores.forEach((s, i) => {
			for (const side of ['a', 'b'] as const)
				if (!ids.has(s[side]))
					ctx.addIssue({
						code: 'custom',
						path: ['scores', i, side],
						message: `unknown participant "${s[side]}"`
					});
			if (s.a === s.b)
				ctx.addIssue({
					code: 'custom',
					path: ['scores', i, 'b'],
					message: `a participant cannot meet themselves`
				});
			const key = s.a < s.b ? `${s.a}\u0000${s.b}` : `${s.b}\u0000${s.a}`;
			if (pairs.has(key))
				ctx.addIssue({
					code: 'custom',
					path: ['scores', i],
					message: `duplicate score for "${s.a}" and "${s.b}"`
				});
			pairs.add(key);
		});
	});

export class ScheduleInputError extends Error {
	constructor(readonly problems: string[]) {
		super(`Invalid schedule input:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
		this.name = 'ScheduleInputError';
	}
}

/** Validates a parsed input (the CLI contract); throws ScheduleInputError with one line per problem. */
export function parseProblem(data: unknown): ScheduleProblem {
	const result = problemSchema.safeParse(data);
	if (!result.success) {
		const lines = result.error.issues
			.slice(0, 20)
			.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
		if (result.error.issues.length > 20) lines.push(`... and ${result.error.issues.length - 20} more`);
		throw new ScheduleInputError(lines);
	}
	const p = result.data;
	const all = Array.from({ length: p.rounds }, (_, i) => i + 1);
	return {
		rounds: p.rounds,
		tables: p.tables,
		participants: p.participants.map((q) => ({
			id: q.id,
			...(q.kind === undefined ? {} : { kind: q.kind }),
			rounds: q.rounds ? [...q.rounds].sort((x, y) => x - y) : all
		})),
		scores: p.scores.map((s) => ({ a: s.a, b: s.b, score: s.score }))
	};
}

/** Parses the JSON text of the CLI contract. */
export function parseProblemJson(text: string): ScheduleProblem {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		throw new ScheduleInputError([`not valid JSON: ${(e as Error).message}`]);
	}
	return parseProblem(data);
}
