// The conversation schedule of an edition (issue 15): the scheduler's problem built from the
// registrations (who is there from which round) and the engine's stored proposals (who should
// meet, and why), solved by $lib/events/schedule and stored through replace_event_schedule in
// one transaction; a no-show re-plans the rounds from a given round on. Takes the caller's
// client: RLS shows admins and staff the whole edition, members their own conversations.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Json } from '$lib/database.types';
import { hhmm } from '$lib/events';
import { presentRounds, type OrganisationRef, type ScheduleSettings } from '$lib/events/conversations';
import { replan, solve, type Meeting, type Schedule, type ScheduleProblem } from '$lib/events/schedule';
import { expectRefusal } from '$lib/server/db-errors';

type Client = SupabaseClient<Database>;
type Result<T = undefined> =
	{ ok: true; value: T } | { ok: false; reason: 'forbidden' | 'not_found' | 'invalid' | 'duplicate' };

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

type Setup = ScheduleSettings & { id: string; startsAt: string; eventDate: string; municipalityId: string };

/** The edition's schedule settings and times; null when the caller may not see it. */
export async function scheduleSetup(db: Client, editionId: string): Promise<Setup | null> {
	const { data, error } = await db
		.from('event_editions')
		.select('id, municipality_id, event_date, starts_at, schedule_rounds, schedule_tables, schedule_minutes')
		.eq('id', editionId)
		.maybeSingle();
	if (error) throw new Error(`Loading the schedule settings failed: ${error.message}`);
	if (!data) return null;
	return {
		id: data.id,
		municipalityId: data.municipality_id,
		eventDate: data.event_date,
		startsAt: hhmm(data.starts_at)!,
		rounds: data.schedule_rounds,
		tables: data.schedule_tables,
		minutes: data.schedule_minutes
	};
}

/** Rounds, tables and minutes per round (admins of the municipality only). */
export async function saveScheduleSettings(
	db: Client,
	editionId: string,
	s: ScheduleSettings
): Promise<Result> {
	const { data, error } = await db
		.from('event_editions')
		.update({ schedule_rounds: s.rounds, schedule_tables: s.tables, schedule_minutes: s.minutes })
		.eq('id', editionId)
		.select('id');
	if (error)
		return {
			ok: false,
			reason: expectRefusal(error, ['forbidden', 'invalid'] as const, 'saving schedule settings')
		};
	return data.length ? { ok: true, value: undefined } : { ok: false, reason: 'not_found' };
}

type Participant = {
	registrationId: string;
	organisation: OrganisationRef;
	people: number;
	arrivalTime: string | null;
	absent: boolean;
	rounds: number[];
};

export type ScheduleInput = {
	setup: Setup;
	problem: ScheduleProblem;
	participants: Map<string, Participant>;
	/** Per pair of registrations: the best proposal's reasons (language-neutral). */
	reasons: Map<string, Json>;
};

/**
 * The scheduler's problem: participants are the edition's registered businesses and voluntary
 * organisations (by registration id), present from the first round that starts at or after
 * their arrival; absent ones are in no round. Scores are the best stored proposal per pair of
 * organisations between open listings.
 */
/** The edition's registered businesses and clubs, by registration id, with the rounds they attend. */
export async function loadParticipants(db: Client, setup: Setup) {
	const { data: regs, error } = await db
		.from('event_registrations')
		.select('id, organisation_id, people, arrival_time, absent, organisations ( id, name, slug, kind )')
		.eq('edition_id', setup.id);
	if (error) throw new Error(`Loading registrations failed: ${error.message}`);
	const participants = new Map<string, Participant>();
	const byOrganisation = new Map<string, string>();
	for (const r of regs) {
		const o = r.organisations;
		if (!o || o.kind === 'municipality') continue;
		const arrival = hhmm(r.arrival_time);
		participants.set(r.id, {
			registrationId: r.id,
			organisation: { id: o.id, name: o.name, slug: o.slug, kind: o.kind },
			people: r.people,
			arrivalTime: arrival,
			absent: r.absent,
			rounds: r.absent ? [] : presentRounds(setup.startsAt, arrival, setup)
		});
		byOrganisation.set(o.id, r.id);
	}
	return { participants, byOrganisation };
}

export async function buildProblem(db: Client, editionId: string): Promise<ScheduleInput | null> {
	const setup = await scheduleSetup(db, editionId);
	if (!setup) return null;
	const { participants, byOrganisation } = await loadParticipants(db, setup);
	const best = new Map<string, { a: string; b: string; score: number; reasons: Json }>();
	const orgIds = [...byOrganisation.keys()];
	if (orgIds.length > 1) {
		const { data: proposals, error: pError } = await db
			.from('match_proposals')
			.select('request_id, offer_id, request_organisation_id, offer_organisation_id, score, reasons')
			.in('request_organisation_id', orgIds)
			.in('offer_organisation_id', orgIds);
		if (pError) throw new Error(`Loading proposals failed: ${pError.message}`);
		const listingIds = [...new Set(proposals.flatMap((p) => [p.request_id, p.offer_id]))];
		const open = new Set<string>();
		for (let i = 0; i < listingIds.length; i += 200) {
			const { data: listings, error: lError } = await db
				.from('listings')
				.select('id')
				.in('id', listingIds.slice(i, i + 200))
				.eq('state', 'open');
			if (lError) throw new Error(`Loading listings failed: ${lError.message}`);
			for (const l of listings) open.add(l.id);
		}
		for (const p of proposals) {
			if (!open.has(p.request_id) || !open.has(p.offer_id)) continue;
			const a = byOrganisation.get(p.request_organisation_id)!;
			const b = byOrganisation.get(p.offer_organisation_id)!;
			if (a === b) continue;
			const key = pairKey(a, b);
			const seen = best.get(key);
			if (!seen || p.score > seen.score)
				best.set(key, { a: a < b ? a : b, b: a < b ? b : a, score: p.score, reasons: p.reasons });
		}
	}
	const problem: ScheduleProblem = {
		rounds: setup.rounds,
		tables: setup.tables,
		participants: [...participants.values()].map((p) => ({
			id: p.registrationId,
			kind: p.organisation.kind,
			rounds: p.rounds
		})),
		scores: [...best.values()].map(({ a, b, score }) => ({ a, b, score }))
	};
	return {
		setup,
		problem,
		participants,
		reasons: new Map([...best].map(([k, v]) => [k, v.reasons]))
	};
}

type ConversationInput = {
	round: number;
	table_no: number;
	registration_a: string;
	registration_b: string;
	score: number;
	reasons: Json;
};

/** The rows replace_event_schedule stores: the meetings of the rounds from `fromRound` on. */
function conversationsFrom(
	rounds: Meeting[][],
	fromRound: number,
	reasonsOf: (pair: string) => Json | undefined
): ConversationInput[] {
	return rounds.flatMap((meetings, r) =>
		r + 1 < fromRound
			? []
			: meetings.map((m) => ({
					round: r + 1,
					table_no: m.table,
					registration_a: m.a,
					registration_b: m.b,
					score: m.score,
					reasons: reasonsOf(pairKey(m.a, m.b)) ?? []
				}))
	);
}

async function store(
	db: Client,
	editionId: string,
	fromRound: number,
	conversations: ConversationInput[],
	absent: string[]
): Promise<Result<number>> {
	const { data, error } = await db.rpc('replace_event_schedule', {
		p_edition: editionId,
		p_from_round: fromRound,
		p_conversations: conversations as Json,
		p_absent: absent
	});
	if (error)
		return {
			ok: false,
			reason: expectRefusal(
				error,
				['forbidden', 'invalid', 'not_found', 'duplicate'] as const,
				'storing the schedule'
			)
		};
	return { ok: true, value: data };
}

export type PlanReport = { conversations: number; participants: number; total: number; ms: number };

/** Plans the whole edition afresh and stores it (admins of the municipality only). */
export async function makeSchedule(db: Client, editionId: string): Promise<Result<PlanReport>> {
	const started = performance.now();
	const input = await buildProblem(db, editionId);
	if (!input) return { ok: false, reason: 'not_found' };
	const schedule = solve(input.problem);
	const rows = conversationsFrom(schedule.rounds, 1, (pair) => input.reasons.get(pair));
	const absent = [...input.participants.values()].filter((p) => p.absent).map((p) => p.registrationId);
	const stored = await store(db, editionId, 1, rows, absent);
	if (!stored.ok) return stored;
	return {
		ok: true,
		value: {
			conversations: rows.length,
			participants: input.problem.participants.filter((p) => p.rounds.length).length,
			total: schedule.total,
			ms: Math.round(performance.now() - started)
		}
	};
}

export type StoredRow = {
	round: number;
	table_no: number;
	registration_a: string;
	registration_b: string;
	score: number;
	reasons: Json;
};

async function storedRows(db: Client, editionId: string): Promise<StoredRow[]> {
	const { data, error } = await db
		.from('event_conversations')
		.select('round, table_no, registration_a, registration_b, score, reasons')
		.eq('edition_id', editionId)
		.order('round')
		.order('table_no');
	if (error) throw new Error(`Loading the schedule failed: ${error.message}`);
	return data;
}

/**
 * "Niet verschenen": marks the registrations absent and re-plans the rounds from `fromRound`
 * on (1-based; earlier rounds stay as they were, the no-show's past conversations included).
 * Everyone else keeps their later conversations and tables; the freed seats get new pairs.
 */
export async function markNoShow(
	db: Client,
	editionId: string,
	registrationIds: string[],
	fromRound: number
): Promise<Result<PlanReport>> {
	const started = performance.now();
	const input = await buildProblem(db, editionId);
	if (!input) return { ok: false, reason: 'not_found' };
	if (registrationIds.some((id) => !input.participants.has(id))) return { ok: false, reason: 'not_found' };
	const rows = await storedRows(db, editionId);
	const from = Math.min(Math.max(1, fromRound), input.setup.rounds + 1);
	// Everyone in the problem with their attendance as if present, so that the stored rounds fit
	// it; the stored pairs keep their stored score even when the proposal has since changed.
	const absent = new Set([
		...[...input.participants.values()].filter((p) => p.absent).map((p) => p.registrationId),
		...registrationIds
	]);
	const problem: ScheduleProblem = {
		...input.problem,
		participants: [...input.participants.values()].map((p) => ({
			id: p.registrationId,
			kind: p.organisation.kind,
			rounds: presentRounds(input.setup.startsAt, p.arrivalTime, input.setup)
		}))
	};
	const storedReasons = new Map<string, Json>();
	const scores = new Map(problem.scores.map((s) => [pairKey(s.a, s.b), s]));
	for (const r of rows) {
		const key = pairKey(r.registration_a, r.registration_b);
		storedReasons.set(key, r.reasons);
		scores.set(key, { a: r.registration_a, b: r.registration_b, score: r.score });
	}
	problem.scores = [...scores.values()];
	const before: Schedule = {
		problem,
		rounds: Array.from({ length: problem.rounds }, (_, k) =>
			rows
				.filter((r) => r.round === k + 1)
				.map((r) => ({ a: r.registration_a, b: r.registration_b, table: r.table_no, score: r.score }))
		),
		total: rows.reduce((sum, r) => sum + r.score, 0)
	};
	const after = replan(before, from, [...absent]);
	const out = conversationsFrom(
		after.rounds,
		from,
		(pair) => storedReasons.get(pair) ?? input.reasons.get(pair)
	);
	const saved = await store(db, editionId, from, out, [...absent]);
	if (!saved.ok) return saved;
	return {
		ok: true,
		value: {
			conversations: after.rounds.flat().length,
			participants: problem.participants.length - absent.size,
			total: after.total,
			ms: Math.round(performance.now() - started)
		}
	};
}
