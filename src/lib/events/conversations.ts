// The conversation schedule as pages see it (client-safe): the rounds' clock times, which round
// a re-plan starts from by default, and the shapes of the plan and of one participant's route.

export const SCHEDULE_LIMITS = { rounds: 30, tables: 200, minutes: 60 } as const;

export type ScheduleSettings = { rounds: number; tables: number; minutes: number };

/** Minutes since midnight of "hh:mm" (or "hh:mm:ss"). */
export const minutesOf = (time: string) => {
	const [h, m] = time.split(':').map(Number);
	return h! * 60 + m!;
};
const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Round k (1-based) starts at starts_at + (k-1) * minutes; "hh:mm" per round. */
export function roundTimes(startsAt: string, s: Pick<ScheduleSettings, 'rounds' | 'minutes'>): string[] {
	const start = minutesOf(startsAt);
	return Array.from({ length: s.rounds }, (_, k) => clock(start + k * s.minutes));
}

/** The rounds (1-based) someone arriving at `arrival` ("hh:mm", null: from the start) attends in full. */
export function presentRounds(
	startsAt: string,
	arrival: string | null,
	s: Pick<ScheduleSettings, 'rounds' | 'minutes'>
): number[] {
	const start = minutesOf(startsAt);
	const at = arrival ? minutesOf(arrival) : start;
	const rounds: number[] = [];
	for (let k = 1; k <= s.rounds; k++) if (start + (k - 1) * s.minutes >= at) rounds.push(k);
	return rounds;
}

/**
 * The round a no-show re-plan starts from by default: on the day, the next round that has not
 * started by the clock (rounds+1 after the last); before the day (or a test day) round 1.
 */
export function nextRound(
	edition: { eventDate: string; startsAt: string },
	s: Pick<ScheduleSettings, 'rounds' | 'minutes'>,
	now: { date: string; time: string }
): number {
	if (now.date < edition.eventDate) return 1;
	if (now.date > edition.eventDate) return s.rounds + 1;
	const elapsed = minutesOf(now.time) - minutesOf(edition.startsAt);
	if (elapsed < 0) return 1;
	return Math.min(s.rounds + 1, Math.floor(elapsed / s.minutes) + 2);
}

/** The round under way by the clock (1..rounds), or null before the first and after the last. */
export function currentRound(
	edition: { eventDate: string; startsAt: string },
	s: Pick<ScheduleSettings, 'rounds' | 'minutes'>,
	now: { date: string; time: string }
): number | null {
	if (now.date !== edition.eventDate) return null;
	const elapsed = minutesOf(now.time) - minutesOf(edition.startsAt);
	if (elapsed < 0 || elapsed >= s.rounds * s.minutes) return null;
	return Math.floor(elapsed / s.minutes) + 1;
}

export type OrganisationRef = { id: string; name: string; slug: string; kind: string };

/** One conversation of the plan: round and table, the two organisations, why they meet. */
export type PlannedConversation = {
	round: number;
	table: number;
	a: OrganisationRef;
	b: OrganisationRef;
	registrationA: string;
	registrationB: string;
	score: number;
	reasons: string[];
};

/** One round of a participant's route: the time, and the table and partner (null: a pause). */
export type RouteStop = {
	round: number;
	time: string;
	table: number | null;
	with: OrganisationRef | null;
	reasons: string[];
};

export type ParticipantRoute = {
	registrationId: string;
	organisation: OrganisationRef;
	people: number;
	arrivalTime: string | null;
	absent: boolean;
	stops: RouteStop[];
};

export const schedulePaths = {
	adminSchedule: (id: string) => `/beheer/evenementen/${id}/schema`,
	adminRoutes: (id: string) => `/beheer/evenementen/${id}/routes`,
	floor: (id: string) => `/matchmaken/beursvloer/${id}/schema`,
	route: (id: string) => `/beursvloer/${id}/route`,
	organisation: (slug: string) => `/organisaties/${slug}`
} as const;
