// The event's shapes, paths and rules that pages and the server share (client-safe). The
// conversation scheduler lives apart in ./schedule.

export const EVENT_LIMITS = {
	people: 20,
	text: 2000,
	title: 120,
	venue: 200,
	corner: 80,
	host: 120,
	corners: 6
} as const;

/** The corners a new edition starts with (the categories used at real beursvloeren). */
export const DEFAULT_CORNERS = ['Helpende handen', 'Kennis en kunde', 'Middelen en materialen'] as const;

export type EventCorner = { id: string; name: string; hostName: string; position: number };

export type EventEdition = {
	id: string;
	title: string;
	/** yyyy-mm-dd */
	eventDate: string;
	/** hh:mm */
	startsAt: string;
	endsAt: string;
	venue: string;
	registrationOpensOn: string | null;
	registrationClosesOn: string | null;
	published: boolean;
	registrationClosed: boolean;
	corners: EventCorner[];
};

export type EventRegistration = {
	id: string;
	editionId: string;
	organisationId: string;
	organisationName: string;
	people: number;
	brings: string;
	seeks: string;
	/** hh:mm, or null: from the start */
	arrivalTime: string | null;
};

export type RegistrationState = 'unpublished' | 'closed' | 'not_yet' | 'past' | 'open';

/** Whether organisations may register on `today` (yyyy-mm-dd, Amsterdam); the database decides the same. */
export function registrationState(
	e: Pick<
		EventEdition,
		'published' | 'registrationClosed' | 'eventDate' | 'registrationOpensOn' | 'registrationClosesOn'
	>,
	today: string
): RegistrationState {
	if (!e.published) return 'unpublished';
	if (e.eventDate < today) return 'past';
	if (e.registrationClosed) return 'closed';
	if (e.registrationOpensOn && e.registrationOpensOn > today) return 'not_yet';
	if (e.registrationClosesOn && e.registrationClosesOn < today) return 'closed';
	return 'open';
}

/** Today in Amsterdam as yyyy-mm-dd (the database's private.today()). */
export function todayInAmsterdam(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** Now in Amsterdam as a date and hh:mm: the clock the event's times are written in. */
export function nowInAmsterdam(now = new Date()): { date: string; time: string } {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(now);
	const p = (type: string) => parts.find((x) => x.type === type)!.value;
	return { date: `${p('year')}-${p('month')}-${p('day')}`, time: `${p('hour')}:${p('minute')}` };
}

/** hh:mm of a PostgreSQL time ("19:30:00"). */
export const hhmm = (time: string | null) => (time ? time.slice(0, 5) : null);

export const eventPaths = {
	public: '/beursvloer',
	register: '/beursvloer/aanmelden',
	ics: (id: string) => `/beursvloer/${id}.ics`,
	admin: '/beheer/evenementen',
	adminEdition: (id: string) => `/beheer/evenementen/${id}`,
	adminNew: '/beheer/evenementen/nieuw'
} as const;

export function registrationTotals(list: Pick<EventRegistration, 'people'>[]) {
	return { organisations: list.length, people: list.reduce((n, r) => n + r.people, 0) };
}
