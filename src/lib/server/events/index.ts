// The event before the day: editions with their corners, registrations, the calendar file and
// the invitation mail. Takes the caller's client, so RLS applies: admins write their
// municipality's editions, members register their organisation while registration is open.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { expectRefusal } from '$lib/server/db-errors';
import { hhmm, type EventCorner, type EventEdition, type EventRegistration } from '$lib/events';

type Client = SupabaseClient<Database>;

export { editionIcs } from './ics';
export { sendEventInvitations, type InvitationReport } from './invitations';

export type EditionInput = {
	title: string;
	eventDate: string;
	startsAt: string;
	endsAt: string;
	venue: string;
	registrationOpensOn: string | null;
	registrationClosesOn: string | null;
	corners: { name: string; hostName: string }[];
};

export type RegistrationInput = { people: number; brings: string; seeks: string; arrivalTime: string | null };

export type EventResult<T = undefined> =
	{ ok: true; value: T } | { ok: false; reason: 'forbidden' | 'duplicate' | 'not_found' | 'invalid' };

const EDITION_COLUMNS =
	'id, title, event_date, starts_at, ends_at, venue, registration_opens_on, registration_closes_on, published, registration_closed, event_corners ( id, name, host_name, position )';

type EditionRow = {
	id: string;
	title: string;
	event_date: string;
	starts_at: string;
	ends_at: string;
	venue: string;
	registration_opens_on: string | null;
	registration_closes_on: string | null;
	published: boolean;
	registration_closed: boolean;
	event_corners: { id: string; name: string; host_name: string; position: number }[];
};

function toEdition(row: EditionRow): EventEdition {
	const corners: EventCorner[] = row.event_corners
		.map((c) => ({ id: c.id, name: c.name, hostName: c.host_name, position: c.position }))
		.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
	return {
		id: row.id,
		title: row.title,
		eventDate: row.event_date,
		startsAt: hhmm(row.starts_at)!,
		endsAt: hhmm(row.ends_at)!,
		venue: row.venue,
		registrationOpensOn: row.registration_opens_on,
		registrationClosesOn: row.registration_closes_on,
		published: row.published,
		registrationClosed: row.registration_closed,
		corners
	};
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** The municipality's editions the caller may see, newest date first. */
export async function listEditions(db: Client, municipalityId: string): Promise<EventEdition[]> {
	const { data, error } = await db
		.from('event_editions')
		.select(EDITION_COLUMNS)
		.eq('municipality_id', municipalityId)
		.order('event_date', { ascending: false });
	if (error) throw new Error(`Loading event editions failed: ${error.message}`);
	return (data as EditionRow[]).map(toEdition);
}

export async function getEdition(db: Client, id: string): Promise<EventEdition | null> {
	if (!isUuid(id)) return null;
	const { data, error } = await db.from('event_editions').select(EDITION_COLUMNS).eq('id', id).maybeSingle();
	if (error) throw new Error(`Loading event edition failed: ${error.message}`);
	return data ? toEdition(data as EditionRow) : null;
}

/** The published edition that has not yet taken place, soonest first (the public event page). */
export async function upcomingEdition(
	db: Client,
	municipalityId: string,
	today: string
): Promise<EventEdition | null> {
	const { data, error } = await db
		.from('event_editions')
		.select(EDITION_COLUMNS)
		.eq('municipality_id', municipalityId)
		.eq('published', true)
		.gte('event_date', today)
		.order('event_date')
		.limit(1)
		.maybeSingle();
	if (error) throw new Error(`Loading the upcoming edition failed: ${error.message}`);
	return data ? toEdition(data as EditionRow) : null;
}

const editionColumns = (input: EditionInput) => ({
	title: input.title,
	event_date: input.eventDate,
	starts_at: input.startsAt,
	ends_at: input.endsAt,
	venue: input.venue,
	registration_opens_on: input.registrationOpensOn,
	registration_closes_on: input.registrationClosesOn
});

function refusal(error: { code?: string; message: string }, what: string) {
	return expectRefusal(error, ['forbidden', 'invalid', 'not_found', 'duplicate'] as const, what);
}

async function replaceCorners(db: Client, editionId: string, corners: EditionInput['corners']) {
	const { error: delError } = await db.from('event_corners').delete().eq('edition_id', editionId);
	if (delError) return refusal(delError, 'removing corners');
	if (!corners.length) return null;
	const { error } = await db.from('event_corners').insert(
		corners.map((c, i) => ({
			edition_id: editionId,
			// The database sets it from the edition; the type wants a value.
			municipality_id: '00000000-0000-0000-0000-000000000000',
			name: c.name,
			host_name: c.hostName,
			position: i
		}))
	);
	return error ? refusal(error, 'adding corners') : null;
}

/** A new (unpublished) edition with its corners; the caller is an admin of the municipality. */
export async function createEdition(
	db: Client,
	municipalityId: string,
	input: EditionInput
): Promise<EventResult<string>> {
	const { data, error } = await db
		.from('event_editions')
		.insert({ municipality_id: municipalityId, ...editionColumns(input) })
		.select('id')
		.single();
	if (error) return { ok: false, reason: refusal(error, 'creating an edition') };
	const failed = await replaceCorners(db, data.id, input.corners);
	if (failed) return { ok: false, reason: failed };
	return { ok: true, value: data.id };
}

export async function updateEdition(db: Client, id: string, input: EditionInput): Promise<EventResult> {
	const { data, error } = await db
		.from('event_editions')
		.update(editionColumns(input))
		.eq('id', id)
		.select('id');
	if (error) return { ok: false, reason: refusal(error, 'updating an edition') };
	if (!data.length) return { ok: false, reason: 'not_found' };
	const failed = await replaceCorners(db, id, input.corners);
	return failed ? { ok: false, reason: failed } : { ok: true, value: undefined };
}

/** Publish or unpublish, close or reopen registration. */
export async function setEditionFlags(
	db: Client,
	id: string,
	flags: { published?: boolean; registrationClosed?: boolean }
): Promise<EventResult> {
	const { data, error } = await db
		.from('event_editions')
		.update({
			...(flags.published === undefined ? {} : { published: flags.published }),
			...(flags.registrationClosed === undefined ? {} : { registration_closed: flags.registrationClosed })
		})
		.eq('id', id)
		.select('id');
	if (error) return { ok: false, reason: refusal(error, 'changing an edition') };
	return data.length ? { ok: true, value: undefined } : { ok: false, reason: 'not_found' };
}

type RegistrationRow = {
	id: string;
	edition_id: string;
	organisation_id: string;
	people: number;
	brings: string;
	seeks: string;
	arrival_time: string | null;
	organisations: { name: string } | null;
};
const REGISTRATION_COLUMNS =
	'id, edition_id, organisation_id, people, brings, seeks, arrival_time, organisations ( name )';

const toRegistration = (r: RegistrationRow): EventRegistration => ({
	id: r.id,
	editionId: r.edition_id,
	organisationId: r.organisation_id,
	organisationName: r.organisations?.name ?? '',
	people: r.people,
	brings: r.brings,
	seeks: r.seeks,
	arrivalTime: hhmm(r.arrival_time)
});

/** The registrations the caller may see (admins and staff: all of the edition), by organisation name. */
export async function registrationsOf(db: Client, editionId: string): Promise<EventRegistration[]> {
	const { data, error } = await db
		.from('event_registrations')
		.select(REGISTRATION_COLUMNS)
		.eq('edition_id', editionId);
	if (error) throw new Error(`Loading registrations failed: ${error.message}`);
	return (data as unknown as RegistrationRow[])
		.map(toRegistration)
		.sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'nl'));
}

export async function registrationOf(
	db: Client,
	editionId: string,
	organisationId: string
): Promise<EventRegistration | null> {
	const { data, error } = await db
		.from('event_registrations')
		.select(REGISTRATION_COLUMNS)
		.eq('edition_id', editionId)
		.eq('organisation_id', organisationId)
		.maybeSingle();
	if (error) throw new Error(`Loading a registration failed: ${error.message}`);
	return data ? toRegistration(data as unknown as RegistrationRow) : null;
}

const registrationColumns = (input: RegistrationInput) => ({
	people: input.people,
	brings: input.brings,
	seeks: input.seeks,
	arrival_time: input.arrivalTime
});

/**
 * Registers the organisation, once per edition: a second registration is refused as
 * 'duplicate' (change the first with updateRegistration). Refused as 'forbidden' when
 * registration is not open or the caller is not a member.
 */
export async function register(
	db: Client,
	editionId: string,
	organisationId: string,
	input: RegistrationInput
): Promise<EventResult<string>> {
	if (!isUuid(editionId) || !isUuid(organisationId)) return { ok: false, reason: 'not_found' };
	const { data, error } = await db
		.from('event_registrations')
		.insert({
			edition_id: editionId,
			organisation_id: organisationId,
			// Set by the database from the edition; the type wants a value.
			municipality_id: '00000000-0000-0000-0000-000000000000',
			...registrationColumns(input)
		})
		.select('id')
		.single();
	if (error) return { ok: false, reason: refusal(error, 'registering') };
	return { ok: true, value: data.id };
}

/** Changes a registration while registration is open ('forbidden' otherwise). */
export async function updateRegistration(
	db: Client,
	id: string,
	input: RegistrationInput
): Promise<EventResult> {
	const { data, error } = await db
		.from('event_registrations')
		.update(registrationColumns(input))
		.eq('id', id)
		.select('id');
	if (error) return { ok: false, reason: refusal(error, 'changing a registration') };
	return data.length ? { ok: true, value: undefined } : { ok: false, reason: 'forbidden' };
}

/** Withdraws a registration while registration is open ('forbidden' otherwise). */
export async function withdrawRegistration(db: Client, id: string): Promise<EventResult> {
	const { data, error } = await db.from('event_registrations').delete().eq('id', id).select('id');
	if (error) return { ok: false, reason: refusal(error, 'withdrawing a registration') };
	return data.length ? { ok: true, value: undefined } : { ok: false, reason: 'forbidden' };
}
export { editionInput } from './form';
