// Reading the conversation schedule: the plan by round and table, each participant's route
// (per round the time, table, partner and why) and the participants for the no-show form. Takes
// the caller's client: admins and staff see the whole edition, members their own conversations.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import { hhmm } from '$lib/events';
import {
	roundTimes,
	type OrganisationRef,
	type ParticipantRoute,
	type PlannedConversation
} from '$lib/events/conversations';
import { renderExplanation } from '$lib/server/matching/present';
import { loadParticipants, scheduleSetup, type StoredRow } from './schedule';

type Client = SupabaseClient<Database>;

type ConversationRow = StoredRow & {
	a: { id: string; name: string; slug: string; kind: string } | null;
	b: { id: string; name: string; slug: string; kind: string } | null;
};
const CONVERSATION_COLUMNS =
	'round, table_no, registration_a, registration_b, score, reasons, a:organisations!event_conversations_organisation_a_fkey ( id, name, slug, kind ), b:organisations!event_conversations_organisation_b_fkey ( id, name, slug, kind )';

const ref = (o: ConversationRow['a']): OrganisationRef => o ?? { id: '', name: '?', slug: '', kind: '' };

/** The stored conversations the caller may see, by round and table, reasons in their language. */
export async function conversationsOf(
	db: Client,
	editionId: string,
	locale: Locale
): Promise<PlannedConversation[]> {
	const { data, error } = await db
		.from('event_conversations')
		.select(CONVERSATION_COLUMNS)
		.eq('edition_id', editionId)
		.order('round')
		.order('table_no');
	if (error) throw new Error(`Loading conversations failed: ${error.message}`);
	return (data as unknown as ConversationRow[]).map((r) => ({
		round: r.round,
		table: r.table_no,
		a: ref(r.a),
		b: ref(r.b),
		registrationA: r.registration_a,
		registrationB: r.registration_b,
		score: r.score,
		reasons: renderExplanation(r.reasons, [], locale).reasons
	}));
}

/** The plan and every participant's route, read once: what the matchmakers' schedule page shows. */
export type ScheduleView = {
	settings: { rounds: number; tables: number; minutes: number; startsAt: string; eventDate: string };
	times: string[];
	conversations: PlannedConversation[];
	routes: ParticipantRoute[];
};

/**
 * The edition's plan with the routes of the given registrations (all of the edition when `only`
 * is absent): per round the time and, when they have a conversation, the table, the other party
 * and why. Null when the edition is not the caller's to see.
 */
export async function scheduleView(
	db: Client,
	editionId: string,
	locale: Locale,
	only?: { organisationIds: string[] }
): Promise<ScheduleView | null> {
	const setup = await scheduleSetup(db, editionId);
	if (!setup) return null;
	const [{ participants }, conversations] = await Promise.all([
		loadParticipants(db, setup),
		conversationsOf(db, editionId, locale)
	]);
	const times = roundTimes(setup.startsAt, setup);
	const routes: ParticipantRoute[] = [];
	for (const p of participants.values()) {
		if (only && !only.organisationIds.includes(p.organisation.id)) continue;
		const mine = conversations.filter(
			(c) => c.registrationA === p.registrationId || c.registrationB === p.registrationId
		);
		routes.push({
			registrationId: p.registrationId,
			organisation: p.organisation,
			people: p.people,
			arrivalTime: p.arrivalTime,
			absent: p.absent,
			stops: times.map((time, k) => {
				const c = mine.find((m) => m.round === k + 1);
				if (!c) return { round: k + 1, time, table: null, with: null, reasons: [] };
				return {
					round: k + 1,
					time,
					table: c.table,
					with: c.registrationA === p.registrationId ? c.b : c.a,
					reasons: c.reasons
				};
			})
		});
	}
	routes.sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'nl'));
	const { rounds, tables, minutes, startsAt, eventDate } = setup;
	return { settings: { rounds, tables, minutes, startsAt, eventDate }, times, conversations, routes };
}

/** The routes of scheduleView alone (the printed route sheets, a participant's own route). */
export async function routesOf(
	db: Client,
	editionId: string,
	locale: Locale,
	only?: { organisationIds: string[] }
): Promise<ParticipantRoute[]> {
	return (await scheduleView(db, editionId, locale, only))?.routes ?? [];
}

export type ScheduleParticipant = {
	registrationId: string;
	organisationName: string;
	arrivalTime: string | null;
	absent: boolean;
};

/** The edition's participants (registered businesses and clubs), by name, for the no-show form. */
export async function participantsOf(db: Client, editionId: string): Promise<ScheduleParticipant[]> {
	const { data, error } = await db
		.from('event_registrations')
		.select('id, arrival_time, absent, organisations ( name, kind )')
		.eq('edition_id', editionId);
	if (error) throw new Error(`Loading participants failed: ${error.message}`);
	return data
		.filter((r) => r.organisations && r.organisations.kind !== 'municipality')
		.map((r) => ({
			registrationId: r.id,
			organisationName: r.organisations!.name,
			arrivalTime: hhmm(r.arrival_time),
			absent: r.absent
		}))
		.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}
