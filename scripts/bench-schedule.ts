/**
 * Benchmark of the conversation schedule: npm run bench:schedule
 * Generates seeded instances (partial attendance, sparse engine-like scores, mostly
 * business–voluntary pairs) and prints for each the total of the schedule, of a greedy
 * round-by-round plan, and an upper bound, with the ratios. Target: schedule >= 98% of the bound.
 *
 * The bound drops the split into rounds: each participant meets at most as many partners as rounds
 * present, each pair at most once and only if both share a present round, R*T meetings at most.
 * It is solved as the LP of that b-matching (min-cost flow on the bipartite double cover): exact
 * for bipartite score graphs and whenever the LP optimum is integral ("exact"), otherwise the
 * fractional optimum, still >= the best schedule ("LP").
 * Where the schedule is below 99% of that bound, a second bound that keeps the rounds is tried
 * (roundBound: Lagrangian relaxation of the time-indexed LP, subgradient steps) and printed when it
 * is lower: on scattered attendance most of the gap is the plain bound's, not the schedule's.
 * "time" is wall-clock, "cpu" the process's CPU time (they differ on a busy machine; the search
 * stops at 4.5 s wall-clock whatever its move budget).
 */
import {
	checkSchedule,
	compile,
	generateProblem,
	replan,
	roundBound,
	solve,
	solveGreedy,
	upperBound,
	type GenerateOptions
} from '../src/lib/events/schedule';

const cases: (GenerateOptions & { label: string })[] = [
	{ label: 'small', participants: 30, rounds: 4, tables: 8, seed: 11 },
	{ label: 'medium', participants: 80, rounds: 6, tables: 25, seed: 12 },
	{ label: 'contract 200/9/60', participants: 200, rounds: 9, tables: 60, seed: 13 },
	{ label: 'contract, other seed', participants: 200, rounds: 9, tables: 60, seed: 14 },
	{ label: 'late arrivals', participants: 200, rounds: 9, tables: 60, seed: 15, fullAttendance: 0.2 },
	{ label: 'any kinds', participants: 200, rounds: 9, tables: 60, seed: 16, crossKind: 0.3 },
	{ label: 'only business-voluntary', participants: 200, rounds: 9, tables: 60, seed: 17, crossKind: 1 },
	{ label: 'plenty of tables', participants: 200, rounds: 9, tables: 100, seed: 18, fullAttendance: 0.3 },
	{ label: 'few tables', participants: 200, rounds: 9, tables: 30, seed: 19 },
	{ label: 'large', participants: 400, rounds: 12, tables: 120, seed: 20 },
	// Scattered attendance: pairs share few rounds, and the bound (which ignores rounds) is loose
	// there, so these are reported but not held to the 98% target.
	{
		label: 'scattered 60% (info)',
		participants: 200,
		rounds: 9,
		tables: 60,
		seed: 21,
		attendance: 'scattered'
	},
	{
		label: 'scattered 40% (info)',
		participants: 200,
		rounds: 9,
		tables: 40,
		seed: 22,
		attendance: 'scattered',
		presence: 0.4
	}
];

// BENCH_TIME_LIMIT_MS=60000 lets the search use its whole move budget on a busy machine.
const options = process.env.BENCH_TIME_LIMIT_MS
	? { timeLimitMs: Number(process.env.BENCH_TIME_LIMIT_MS) }
	: {};
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
const pad = (s: string | number, k: number) => String(s).padStart(k);
console.log(
	`${'instance'.padEnd(26)} ${pad('n/R/T', 11)} ${pad('pairs', 6)} ${pad('schedule', 9)} ${pad('greedy', 9)} ${pad('bound', 9)} ${pad('sched/bd', 8)} ${pad('greedy/bd', 9)} ${pad('time', 7)} ${pad('cpu', 6)}`
);
let worst = Infinity;
let failures = 0;
for (const o of cases) {
	const problem = generateProblem(o);
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const schedule = solve(problem, options);
	const cpu = process.cpuUsage(cpu0).user / 1000;
	const ms = performance.now() - t0;
	const greedy = solveGreedy(problem);
	const bound = upperBound(compile(problem));
	const errors = [...checkSchedule(problem, schedule), ...checkSchedule(problem, greedy)];
	if (errors.length) {
		failures++;
		console.error(`${o.label}: INVALID: ${errors.slice(0, 5).join('; ')}`);
	}
	const ratio = bound.value > 0 ? schedule.total / bound.value : 1;
	// Where the plain bound leaves a gap, a bound that keeps the rounds shows how much of it is the
	// bound's (Lagrangian relaxation of the time-indexed LP; slower, so only there).
	const tight =
		ratio < 0.99
			? Math.min(bound.value, roundBound(compile(problem), { target: schedule.total, iterations: 80 }))
			: bound.value;
	if (o.attendance !== 'scattered') worst = Math.min(worst, ratio);
	console.log(
		`${o.label.padEnd(26)} ${pad(`${o.participants}/${o.rounds}/${o.tables}`, 11)} ${pad(problem.scores.length, 6)} ${pad(schedule.total.toFixed(2), 9)} ${pad(greedy.total.toFixed(2), 9)} ${pad(bound.value.toFixed(2), 9)} ${pad(pct(ratio), 8)} ${pad(pct(greedy.total / bound.value), 9)} ${pad(`${(ms / 1000).toFixed(2)}s`, 7)} ${pad(`${(cpu / 1000).toFixed(2)}s`, 6)}  bound ${bound.exact ? 'exact' : 'LP'}${bound.bipartite ? ', bipartite' : ''}${tight < bound.value - 1e-9 ? `; round-aware bound ${tight.toFixed(2)}: ${pct(schedule.total / tight)}` : ''}`
	);
}

// A no-show at the contract size: re-plan from round 4 without three participants.
const problem = generateProblem({ participants: 200, rounds: 9, tables: 60, seed: 13 });
const schedule = solve(problem, options);
const gone = ['p1', 'p2', 'p3'];
for (const mode of ['stable', 'full'] as const) {
	const t0 = performance.now();
	const again = replan(schedule, 4, gone, { mode });
	const ms = performance.now() - t0;
	const errors = checkSchedule(problem, again);
	if (errors.length) failures++;
	console.log(
		`replan (${mode}) from round 4 without ${gone.join(', ')}: total ${schedule.total.toFixed(2)} -> ${again.total.toFixed(2)} in ${ms.toFixed(0)} ms${errors.length ? ' INVALID' : ''}`
	);
}
console.log(
	`schedule: worst ratio to the upper bound ${pct(worst)} (target >= 98%; scattered attendance not counted)${failures ? `, ${failures} INVALID` : ''}`
);
if (failures) process.exitCode = 1;
