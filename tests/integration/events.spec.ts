// The event before the day, through the real stack: an admin creates and publishes an edition
// with corners; an organisation registers once (a second registration is refused, the first can
// be changed and withdrawn); registration is refused while unpublished or closed; another
// municipality's admin neither reads a draft nor writes; the calendar file; the invitations.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	createEdition,
	editionIcs,
	getEdition,
	register,
	registrationOf,
	registrationsOf,
	sendEventInvitations,
	setEditionFlags,
	updateEdition,
	updateRegistration,
	withdrawRegistration,
	type EditionInput
} from '../../src/lib/server/events';
import { registrationTotals } from '../../src/lib/events';
import { adminClient, anonClient, signedInUser } from './clients';
import { createOrganisation, demoUser, HELLENDOORN, type User } from './fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.value;
};

const input = (title: string): EditionInput => ({
	title,
	eventDate: inDays(30),
	startsAt: '19:30',
	endsAt: '21:00',
	venue: 'Dorpshuis De Kern, Nijverdal',
	registrationOpensOn: inDays(-1),
	registrationClosesOn: inDays(20),
	corners: [
		{ name: 'Helpende handen', hostName: 'Henk' },
		{ name: 'Kennis en kunde', hostName: 'Karin' }
	]
});

let admin: Awaited<ReturnType<typeof demoUser>>;
let clubOwner: User;
let otherAdmin: User;
let club: string;

beforeAll(async () => {
	const db = adminClient();
	[admin, clubOwner, otherAdmin] = await Promise.all([
		demoUser('admin@hellendoorn.demo'),
		signedInUser('event-club'),
		signedInUser('event-other-admin')
	]);
	club = await createOrganisation(clubOwner, 'Evenement Vereniging', 'voluntary');
	const { data: b, error } = await db
		.from('municipalities')
		.insert({ slug: `rijssen-${Date.now().toString(36)}`, name: 'Testgemeente Rijssen' })
		.select('id')
		.single();
	if (error) throw error;
	await db.from('profiles').update({ municipality_id: b.id }).eq('id', otherAdmin.userId);
	const roles = await db
		.from('municipality_roles')
		.insert({ municipality_id: b.id, user_id: otherAdmin.userId, role: 'admin' });
	if (roles.error) throw roles.error;
});

describe('editions', () => {
	it('an admin creates an edition with corners, unpublished: staff see it, visitors do not', async () => {
		const id = must(await createEdition(admin.client, HELLENDOORN, input('Beursvloer concept')));
		const mine = await getEdition(admin.client, id);
		expect(mine?.published).toBe(false);
		expect(mine?.corners.map((c) => [c.name, c.hostName])).toEqual([
			['Helpende handen', 'Henk'],
			['Kennis en kunde', 'Karin']
		]);
		expect(await getEdition(anonClient(), id)).toBeNull();
		expect(await getEdition(clubOwner.client, id)).toBeNull();
		// Another municipality's admin neither reads nor changes it.
		expect(await getEdition(otherAdmin.client, id)).toBeNull();
		expect(await setEditionFlags(otherAdmin.client, id, { published: true })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(await createEdition(otherAdmin.client, HELLENDOORN, input('Kaping'))).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		// A member of an organisation is no admin.
		expect(await createEdition(clubOwner.client, HELLENDOORN, input('Kaping'))).toEqual({
			ok: false,
			reason: 'forbidden'
		});

		must(await setEditionFlags(admin.client, id, { published: true }));
		const seen = await getEdition(anonClient(), id);
		expect(seen?.title).toBe('Beursvloer concept');
		expect(seen?.corners).toHaveLength(2);

		must(
			await updateEdition(admin.client, id, {
				...input('Beursvloer 2027'),
				corners: [{ name: 'Middelen en materialen', hostName: '' }]
			})
		);
		const changed = await getEdition(anonClient(), id);
		expect(changed?.title).toBe('Beursvloer 2027');
		expect(changed?.corners.map((c) => c.name)).toEqual(['Middelen en materialen']);
	});
});

describe('registrations', () => {
	it('an organisation registers once, changes and withdraws; the admin sees it with totals', async () => {
		const id = must(await createEdition(admin.client, HELLENDOORN, input('Beursvloer registraties')));
		const entry = {
			people: 3,
			brings: 'Vrijwilligers voor een open dag',
			seeks: 'Een bestelbus',
			arrivalTime: '19:45'
		};
		// Unpublished: refused.
		expect(await register(clubOwner.client, id, club, entry)).toEqual({ ok: false, reason: 'forbidden' });
		must(await setEditionFlags(admin.client, id, { published: true }));

		const reg = must(await register(clubOwner.client, id, club, entry));
		// Once per organisation per edition.
		expect(await register(clubOwner.client, id, club, { ...entry, people: 5 })).toEqual({
			ok: false,
			reason: 'duplicate'
		});
		must(await updateRegistration(clubOwner.client, reg, { ...entry, people: 5 }));
		// Out of range: the database refuses 21 people.
		expect((await updateRegistration(clubOwner.client, reg, { ...entry, people: 21 })).ok).toBe(false);
		// Someone else cannot register the club.
		expect(await register(otherAdmin.client, id, club, entry)).toEqual({ ok: false, reason: 'forbidden' });

		const list = await registrationsOf(admin.client, id);
		expect(list.map((r) => [r.organisationName, r.people, r.arrivalTime])).toEqual([
			['Evenement Vereniging', 5, '19:45']
		]);
		expect(registrationTotals(list)).toEqual({ organisations: 1, people: 5 });
		expect(await registrationsOf(otherAdmin.client, id)).toEqual([]);
		expect(await registrationsOf(anonClient(), id)).toEqual([]);

		// Closed by the admin: no changes, no withdrawal, no new registration.
		must(await setEditionFlags(admin.client, id, { registrationClosed: true }));
		expect(await updateRegistration(clubOwner.client, reg, { ...entry, people: 2 })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await withdrawRegistration(clubOwner.client, reg)).toEqual({ ok: false, reason: 'forbidden' });
		expect((await registrationOf(clubOwner.client, id, club))?.people).toBe(5);

		must(await setEditionFlags(admin.client, id, { registrationClosed: false }));
		must(await withdrawRegistration(clubOwner.client, reg));
		expect(await registrationOf(clubOwner.client, id, club)).toBeNull();
	});

	it('is refused outside the registration window', async () => {
		const id = must(
			await createEdition(admin.client, HELLENDOORN, {
				...input('Beursvloer later'),
				registrationOpensOn: inDays(5)
			})
		);
		must(await setEditionFlags(admin.client, id, { published: true }));
		expect(
			await register(clubOwner.client, id, club, { people: 1, brings: '', seeks: '', arrivalTime: null })
		).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});
});

describe('calendar file and invitations', () => {
	it('makes an RFC 5545 calendar file with the edition', () => {
		const ics = editionIcs(
			{
				id: '6f1c8a52-1111-4222-8333-444455556666',
				title:
					'Maatschappelijke Beursvloer Hellendoorn 2026, met een heel lange titel die gevouwen moet worden',
				eventDate: '2026-12-17',
				startsAt: '19:30',
				endsAt: '21:00',
				venue: 'Dorpshuis De Kern; Nijverdal'
			},
			{ origin: 'https://beursvloer.example' }
		);
		const lines = ics.split('\r\n');
		expect(lines[0]).toBe('BEGIN:VCALENDAR');
		expect(lines).toContain('BEGIN:VEVENT');
		expect(lines).toContain('END:VCALENDAR');
		// 19:30 in Amsterdam in December is 18:30 UTC.
		expect(lines).toContain('DTSTART:20261217T183000Z');
		expect(lines).toContain('DTEND:20261217T200000Z');
		// No line longer than 75 octets; continuation lines start with a space.
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const unfolded = ics.replace(/\r\n[ \t]/g, '');
		expect(unfolded).toContain(
			// Commas and semicolons are escaped (RFC 5545 3.3.11).
			'SUMMARY:Maatschappelijke Beursvloer Hellendoorn 2026\\, met een heel lange titel die gevouwen moet worden'
		);
		expect(unfolded).toMatch(/LOCATION:Dorpshuis De Kern\\; Nijverdal/);
		// Folded: a continuation line starts with a space or a tab.
		expect(ics).toMatch(/\r\n[ \t]/);
	});

	it('invites every organisation once per edition through the outbox', async () => {
		const db = adminClient();
		const id = must(await createEdition(admin.client, HELLENDOORN, input('Beursvloer uitnodiging')));
		const edition = (await getEdition(admin.client, id))!;
		const first = await sendEventInvitations(db, HELLENDOORN, edition, 'https://beursvloer.example');
		expect(first.emails).toBeGreaterThan(0);
		const rows = async () => {
			const { data, error } = await db
				.from('email_outbox')
				.select('to_address, subject, text, idempotency_key')
				.eq('kind', 'event_invitation')
				.like('idempotency_key', `event_invitation/${id}/%`);
			if (error) throw error;
			return data;
		};
		const stored = await rows();
		expect(stored).toHaveLength(first.emails);
		const mine = stored.find((r) => r.idempotency_key.startsWith(`event_invitation/${id}/${club}/`));
		expect(mine?.subject).toContain('Beursvloer uitnodiging');
		expect(mine?.text).toContain(`https://beursvloer.example/beursvloer/${id}.ics`);
		// Sending again stores nothing new.
		await sendEventInvitations(db, HELLENDOORN, edition, 'https://beursvloer.example');
		expect(await rows()).toHaveLength(first.emails);
	});
});
