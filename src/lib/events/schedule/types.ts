/** One participant of the event: who they are and in which rounds (1-based) they are present. */
export type Participant = { id: string; kind?: string; rounds: number[] };

/** The score of a pair (from the engine's proposals); only pairs with a score may meet. */
export type PairScore = { a: string; b: string; score: number };

/** The `npm run schedule` input: R rounds at T tables. */
export type ScheduleProblem = {
	rounds: number;
	tables: number;
	participants: Participant[];
	scores: PairScore[];
};

/** One conversation: `a` and `b` as in the score entry of the pair, tables numbered 1..T. */
export type Meeting = { a: string; b: string; table: number; score: number };

/** The plan: `rounds[0]` is round 1; `total` is the sum of the scores of the pairs that meet. */
export type Schedule = {
	problem: ScheduleProblem;
	rounds: Meeting[][];
	total: number;
};

/** The `npm run schedule` output. */
export type ScheduleOutput = {
	rounds: { a: string; b: string; table: number }[][];
	total: number;
};

export type SolveOptions = {
	/** Seed of the pseudo-random search (same seed, same plan). */
	seed?: number;
	/** Local-search moves; default scales with the instance. */
	iterations?: number;
	/** Wall-clock cap in milliseconds on the local search (a safety net on a busy machine; default 4500). */
	timeLimitMs?: number;
};
