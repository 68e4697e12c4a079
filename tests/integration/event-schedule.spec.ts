// The conversation schedule through the real stack, in a municipality of its own (so the
// matching job of other test files never replaces its proposals): the problem built from the
// registrations respects arrival times and no-shows and scores pairs by their best proposal
// between open listings; the stored plan passes checkSchedule; a no-show re-plan keeps the
// earlier rounds and takes the absent party out of the later ones; a member reads only their
// own conversations; another municipality's admin neither reads nor writes.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSchedule } from '../../src/lib/events/schedule';
import {
	buildProblem,
	makeSchedule,
	markNoShow,
	saveScheduleSettings
} from '../../src/lib/server/events/schedule';
import { conversationsOf, routesOf, scheduleView } from '../../src/lib/server/events/schedule-view';
import { adminClient, signedInUser } from './clients';
import { demoUser, loose, NIJVERDAL, type User } from './fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function must<T>(
	promise: PromiseLike<{ data: T; error: { message: string } | null }>,
	what: string
): Promise<T> {
	const { data, error } = await promise;
	if (error) throw new Error(`${what}: ${error.message}`);
	return data;
}

let admin: User;
let member: User;
let matchmaker: User;
let hellendoornAdmin: Awaited<ReturnType<typeof demoUser>>;
let municipality: string;
let edition: string;
// Registration ids by organisation name; organisation ids likewise.
const reg: Record<string, string> = {};
const org: Record<string, string> = {};

// Six businesses and six clubs; the businesses offer, the clubs ask. The late one arrives at
// 19:42 (rounds of 4 minutes from 19:30: it misses rounds 1-3); the one already marked absent
// before planning is in no round.
const BUSINESSES = ['Bouw', 'Schilder', 'Bakker', 'ICT', 'Transport', 'Hotel'];
const CLUBS = ['Voetbal', 'Muziek', 'Scouting', 'Toneel', 'Buurthuis', 'Zorg'];

beforeAll(async () => {
	const db = loose(adminClient());
	const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
	[admin, member, matchmaker] = await Promise.all([
		signedInUser('schedule-admin'),
		signedInUser('schedule-member'),
		signedInUser('schedule-matchmaker')
	]);
	hellendoornAdmin = await demoUser('admin@hellendoorn.demo');
	const m = (await must(
		db
			.from('municipalities')
			.insert({ slug: `twenterand-${stamp}`, name: 'Testgemeente Twenterand' })
			.select('id')
			.single(),
		'municipality'
	)) as { id: string };
	municipality = m.id;
	await must(
		db
			.from('profiles')
			.update({ municipality_id: municipality })
			.in('id', [admin.userId, member.userId, matchmaker.userId]),
		'profiles'
	);
	await must(
		db.from('municipality_roles').insert([
			{ municipality_id: municipality, user_id: admin.userId, role: 'admin' },
			{ municipality_id: municipality, user_id: matchmaker.userId, role: 'matchmaker' }
		]),
		'roles'
	);

	const orgs = (await must(
		db
			.from('organisations')
			.insert(
				[
					...BUSINESSES.map((n) => [n, 'business']),
					...CLUBS.map((n) => [n, 'voluntary']),
					['Gemeente', 'municipality']
				].map(([name, kind]) => ({
					municipality_id: municipality,
					kind,
					name: `${name} ${stamp}`,
					slug: `${name!.toLowerCase()}-${stamp}`,
					...NIJVERDAL
				}))
			)
			.select('id, name'),
		'organisations'
	)) as { id: string; name: string }[];
	for (const o of orgs) org[o.name.split(' ')[0]!] = o.id;
	await must(
		db.from('memberships').insert({
			organisation_id: org.Voetbal,
			user_id: member.userId,
			municipality_id: municipality,
			role: 'owner'
		}),
		'membership'
	);

	const listings = (await must(
		db
			.from('listings')
			.insert(
				[...BUSINESSES, ...CLUBS].map((name) => ({
					municipality_id: municipality,
					organisation_id: org[name],
					kind: BUSINESSES.includes(name) ? 'offer' : 'request',
					state: 'open',
					category: 'hands',
					title: `${name} zoekt of biedt hulp`,
					...NIJVERDAL
				}))
			)
			.select('id, organisation_id'),
		'listings'
	)) as { id: string; organisation_id: string }[];
	const listingOf = (name: string) => listings.find((l) => l.organisation_id === org[name])!.id;
	// Every club with every business, scores varied; a closed listing's proposal does not count.
	const proposals = CLUBS.flatMap((c, i) =>
		BUSINESSES.map((b, j) => ({
			municipality_id: municipality,
			request_id: listingOf(c),
			offer_id: listingOf(b),
			request_organisation_id: org[c],
			offer_organisation_id: org[b],
			score: 0.4 + ((i * 7 + j * 3) % 10) / 20,
			reasons: [{ code: 'same_category', params: { category: 'hands' } }]
		}))
	);
	await must(db.from('match_proposals').insert(proposals), 'proposals');

	const e = (await must(
		db
			.from('event_editions')
			.insert({
				municipality_id: municipality,
				title: 'Beursvloer Twenterand',
				event_date: inDays(20),
				starts_at: '19:30',
				ends_at: '21:00',
				venue: 'Het Dorpshuis',
				published: true
			})
			.select('id')
			.single(),
		'edition'
	)) as { id: string };
	edition = e.id;
	const regs = (await must(
		db
			.from('event_registrations')
			.insert(
				[...BUSINESSES, ...CLUBS, 'Gemeente'].map((name) => ({
					edition_id: edition,
					organisation_id: org[name],
					municipality_id: municipality,
					people: 2,
					arrival_time: name === 'Hotel' ? '19:42' : null,
					absent: name === 'Zorg'
				}))
			)
			.select('id, organisation_id'),
		'registrations'
	)) as { id: string; organisation_id: string }[];
	for (const [name, id] of Object.entries(org)) reg[name] = regs.find((r) => r.organisation_id === id)!.id;
});

describe('the problem', () => {
	it('has the registered businesses and clubs, present from their arrival, scored by proposals', async () => {
		expect(await saveScheduleSettings(admin.client, edition, { rounds: 6, tables: 4, minutes: 4 })).toEqual({
			ok: true,
			value: undefined
		});
		const input = (await buildProblem(admin.client, edition))!;
		const { problem } = input;
		expect([problem.rounds, problem.tables]).toEqual([6, 4]);
		// The municipality's own organisation is no participant.
		expect(problem.participants.map((p) => p.id).sort()).toEqual(
			[...BUSINESSES, ...CLUBS].map((n) => reg[n]).sort()
		);
		const rounds = (name: string) => problem.participants.find((p) => p.id === reg[name])!.rounds;
		expect(rounds('Bouw')).toEqual([1, 2, 3, 4, 5, 6]);
		// 19:42 is the start of round 4 (19:30 + 3 * 4 minutes).
		expect(rounds('Hotel')).toEqual([4, 5, 6]);
		expect(rounds('Zorg')).toEqual([]);
		expect(problem.scores).toHaveLength(36);
		expect(problem.scores.every((s) => s.score >= 0.4 && s.score <= 0.85)).toBe(true);
	});
});

describe('making and re-planning', () => {
	it('stores a plan that passes checkSchedule; a no-show re-plan keeps earlier rounds', async () => {
		const made = await makeSchedule(admin.client, edition);
		if (!made.ok) throw new Error(made.reason);
		expect(made.value.conversations).toBeGreaterThan(15);
		expect(made.value.ms).toBeLessThan(3000);

		const input = (await buildProblem(admin.client, edition))!;
		const stored = await conversationsOf(admin.client, edition, 'nl');
		const rounds = Array.from({ length: 6 }, (_, k) =>
			stored
				.filter((c) => c.round === k + 1)
				.map((c) => ({ a: c.registrationA, b: c.registrationB, table: c.table }))
		);
		expect(checkSchedule(input.problem, { rounds, total: made.value.total })).toEqual([]);
		const pairs = stored.map((c) => [c.registrationA, c.registrationB].sort().join('|'));
		expect(new Set(pairs).size).toBe(pairs.length);
		expect(stored.some((c) => [c.registrationA, c.registrationB].includes(reg.Zorg!))).toBe(false);
		expect(
			stored.filter((c) => [c.registrationA, c.registrationB].includes(reg.Hotel!)).every((c) => c.round >= 4)
		).toBe(true);
		expect(stored[0]!.reasons.length).toBeGreaterThan(0);

		// Bouw does not show up; re-planned from round 3.
		const before = stored.map((c) => `${c.round}:${c.table}:${c.registrationA}:${c.registrationB}`);
		const replanned = await markNoShow(admin.client, edition, [reg.Bouw!], 3);
		if (!replanned.ok) throw new Error(replanned.reason);
		const after = await conversationsOf(admin.client, edition, 'nl');
		const key = (c: (typeof after)[number]) => `${c.round}:${c.table}:${c.registrationA}:${c.registrationB}`;
		expect(after.filter((c) => c.round < 3).map(key)).toEqual(
			before.filter((b) => Number(b.split(':')[0]) < 3)
		);
		const withBouw = after.filter((c) => [c.registrationA, c.registrationB].includes(reg.Bouw!));
		expect(withBouw.every((c) => c.round < 3)).toBe(true);
		const afterPairs = after.map((c) => [c.registrationA, c.registrationB].sort().join('|'));
		expect(new Set(afterPairs).size).toBe(afterPairs.length);
		const afterRounds = Array.from({ length: 6 }, (_, k) =>
			after
				.filter((c) => c.round === k + 1)
				.map((c) => ({ a: c.registrationA, b: c.registrationB, table: c.table }))
		);
		expect(checkSchedule(input.problem, { rounds: afterRounds, total: replanned.value.total })).toEqual([]);

		// The route of a business shows its absence; problem building now leaves Bouw out.
		const routes = await routesOf(admin.client, edition, 'nl', { organisationIds: [org.Bouw!] });
		expect(routes[0]!.absent).toBe(true);
		expect(
			(await buildProblem(admin.client, edition))!.problem.participants.find((p) => p.id === reg.Bouw)!.rounds
		).toEqual([]);
	});
});

describe('who reads and writes', () => {
	it('a member reads only their own conversations and cannot write', async () => {
		const all = await conversationsOf(admin.client, edition, 'nl');
		const mine = await conversationsOf(member.client, edition, 'nl');
		expect(mine.length).toBeGreaterThan(0);
		expect(mine.every((c) => c.a.id === org.Voetbal || c.b.id === org.Voetbal)).toBe(true);
		expect(mine.length).toBe(all.filter((c) => c.a.id === org.Voetbal || c.b.id === org.Voetbal).length);
		const route = await routesOf(member.client, edition, 'nl', { organisationIds: [org.Voetbal!] });
		expect(route[0]!.stops.filter((s) => s.with).length).toBe(mine.length);

		expect(await makeSchedule(member.client, edition)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await saveScheduleSettings(member.client, edition, { rounds: 3, tables: 2, minutes: 5 })).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const { error } = await loose(member.client)
			.from('event_conversations')
			.delete()
			.eq('edition_id', edition)
			.select('id');
		expect(error).not.toBeNull();
	});

	it('a matchmaker reads the whole plan and every route, and plans nothing', async () => {
		const [mine, admins] = await Promise.all([
			scheduleView(matchmaker.client, edition, 'nl'),
			scheduleView(admin.client, edition, 'nl')
		]);
		expect(mine).not.toBeNull();
		expect(mine!.conversations.length).toBeGreaterThan(0);
		expect(mine).toEqual(admins);
		// Every conversation is on the routes of both its parties.
		const talks = mine!.routes.reduce((n, r) => n + r.stops.filter((s) => s.with).length, 0);
		expect(talks).toBe(2 * mine!.conversations.length);

		expect(await makeSchedule(matchmaker.client, edition)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await markNoShow(matchmaker.client, edition, [reg.Schilder!], 2)).toMatchObject({ ok: false });
		expect(await conversationsOf(admin.client, edition, 'nl')).toEqual(admins!.conversations);
	});

	it("another municipality's admin neither reads nor writes the schedule", async () => {
		expect(await conversationsOf(hellendoornAdmin.client, edition, 'nl')).toEqual([]);
		const { error } = await hellendoornAdmin.client.rpc('replace_event_schedule', {
			p_edition: edition,
			p_from_round: 1,
			p_conversations: [],
			p_absent: []
		});
		expect(error?.code).toBe('42501');
		expect((await conversationsOf(admin.client, edition, 'nl')).length).toBeGreaterThan(0);
	});

	it('refuses a conversation with a registration of another edition or an absent one', async () => {
		const { error } = await admin.client.rpc('replace_event_schedule', {
			p_edition: edition,
			p_from_round: 6,
			p_conversations: [
				{
					round: 6,
					table_no: 1,
					registration_a: reg.Zorg,
					registration_b: reg.Muziek,
					score: 0.5,
					reasons: []
				}
			],
			p_absent: [reg.Zorg!, reg.Bouw!]
		});
		expect(error?.code).toBe('23514');
	});
});
