// The live scoreboard through the real stack: the RPC behind the secret link counts the ratified
// match forms of its own edition only, with their social value per corner and a ticker that
// names organisations but no people or contact details; an unknown or renewed token answers
// nothing; the link is read by staff only. The hub: three screens, one ratification, all three
// see it within 2 s, and the hub read the database at most once a second.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ScoreboardHub } from '../../src/lib/server/events/scoreboard/hub';
import { readScoreboard } from '../../src/lib/server/events/scoreboard/read';
import type { Scoreboard } from '../../src/lib/events/scoreboard';
import { adminClient, anonClient, signedInUser } from './clients';
import { createOrganisation, demoUser, HELLENDOORN } from './fixtures';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

type Staff = Awaited<ReturnType<typeof demoUser>>;
let admin: Staff;
let matchmaker: Staff;
let giver: string;
let receiver: string;
let edition: string;
let otherEdition: string;
let corners: { hands: string; materials: string };
let token: string;
const contacts = {
	giverEmail: '',
	giverPhone: '0548 99 11 22',
	receiverEmail: '',
	receiverPhone: '06 9988 7766'
};

async function newEdition(title: string) {
	const { data, error } = await adminClient()
		.from('event_editions')
		.insert({
			municipality_id: HELLENDOORN,
			title,
			event_date: inDays(1),
			starts_at: '19:30',
			ends_at: '21:00',
			venue: 'Dorpshuis De Kern',
			published: true
		})
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

async function newCorner(editionId: string, name: string, position: number) {
	const { data, error } = await adminClient()
		.from('event_corners')
		.insert({ edition_id: editionId, municipality_id: HELLENDOORN, name, position })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

type Form = { edition: string; corner?: string; what: string; materials?: number; hands?: number };

/** A match form recorded by the matchmaker; ratified (or returned) by the admin as notaris. */
async function form(f: Form, decision: 'ratify' | 'return' | 'wait' = 'ratify') {
	const id = randomUUID();
	const recorded = await matchmaker.client.rpc('record_event_match', {
		p_id: id,
		p_edition: f.edition,
		p_giver: giver,
		p_receiver: receiver,
		p_category: f.hands ? 'hands' : 'materials',
		p_what_given: f.what,
		p_corner: f.corner,
		p_materials_value: f.materials ?? 0,
		p_hours_hands: f.hands ?? 0
	});
	if (recorded.error) throw recorded.error;
	if (decision === 'wait') return id;
	const decided = await admin.client.rpc('decide_event_match', {
		p_id: id,
		p_ratify: decision === 'ratify',
		p_remark: decision === 'return' ? 'Waarde ontbreekt' : ''
	});
	if (decided.error) throw decided.error;
	expect(decided.data.state).toBe(decision === 'ratify' ? 'ratified' : 'returned');
	return id;
}

let handsRate = 0;

beforeAll(async () => {
	const [a, m, giverOwner, receiverOwner] = await Promise.all([
		demoUser('admin@hellendoorn.demo'),
		demoUser('matchmaker@hellendoorn.demo'),
		signedInUser('scoreboard-giver'),
		signedInUser('scoreboard-receiver')
	]);
	admin = a;
	matchmaker = m;
	giver = await createOrganisation(giverOwner, 'Scorebord Schildersbedrijf', 'business');
	receiver = await createOrganisation(receiverOwner, 'Scorebord Toneelvereniging', 'voluntary');
	contacts.giverEmail = giverOwner.email;
	contacts.receiverEmail = receiverOwner.email;
	const db = adminClient();
	const { error: contactError } = await db.from('organisation_contacts').upsert([
		{
			organisation_id: giver,
			municipality_id: HELLENDOORN,
			email: contacts.giverEmail,
			phone: contacts.giverPhone
		},
		{
			organisation_id: receiver,
			municipality_id: HELLENDOORN,
			email: contacts.receiverEmail,
			phone: contacts.receiverPhone
		}
	]);
	if (contactError) throw contactError;
	const { data: rate, error: rateError } = await db
		.from('municipality_rates')
		.select('hands_rate, valid_from')
		.eq('municipality_id', HELLENDOORN)
		.lte('valid_from', inDays(0))
		.order('valid_from', { ascending: false })
		.limit(1)
		.single();
	if (rateError) throw rateError;
	handsRate = Number(rate.hands_rate);

	edition = await newEdition('Scorebord Beursvloer');
	otherEdition = await newEdition('Scorebord Andere Beursvloer');
	corners = {
		hands: await newCorner(edition, 'Helpende handen', 0),
		materials: await newCorner(edition, 'Middelen en materialen', 1)
	};
	const renewed = await admin.client.rpc('renew_event_scoreboard', { p_edition: edition });
	if (renewed.error) throw renewed.error;
	token = renewed.data;
});

describe('event_scoreboard', () => {
	it('counts the ratified forms of its own edition, with their value per corner, and no contact details', async () => {
		const empty = await readScoreboard(anonClient(), token);
		expect(empty).toMatchObject({ title: 'Scorebord Beursvloer', matches: 0, value: 0, ticker: [] });
		expect(empty!.corners.map((c) => [c.name, c.matches, c.value])).toEqual([
			['Helpende handen', 0, 0],
			['Middelen en materialen', 0, 0]
		]);

		await form({ edition, corner: corners.hands, what: 'Twee schilders een zaterdag', hands: 8 });
		await form({ edition, corner: corners.materials, what: 'Tien liter verf', materials: 120.5 });
		await form({
			edition,
			what: 'x'.repeat(60) + ' een lange omschrijving die ingekort wordt',
			materials: 30
		});
		await form({ edition, corner: corners.materials, what: 'Nog niet bekrachtigd', materials: 999 }, 'wait');
		await form({ edition, corner: corners.hands, what: 'Teruggestuurd', materials: 999 }, 'return');
		await form({ edition: otherEdition, what: 'Andere editie', materials: 500 });

		// Anonymous, as the projector is.
		const board = (await readScoreboard(anonClient(), token))!;
		const hands = 8 * handsRate;
		expect(board.matches).toBe(3);
		expect(board.value).toBeCloseTo(hands + 120.5 + 30, 2);
		expect(board.corners.map((c) => [c.name, c.matches])).toEqual([
			['Helpende handen', 1],
			['Middelen en materialen', 1],
			[null, 1]
		]);
		expect(board.corners[0].value).toBeCloseTo(hands, 2);
		expect(board.corners[1].value).toBeCloseTo(120.5, 2);
		expect(board.version).toMatch(/^3:/);

		expect(board.ticker).toHaveLength(3);
		expect(board.ticker[0]).toMatchObject({
			giver: 'Scorebord Schildersbedrijf',
			receiver: 'Scorebord Toneelvereniging',
			corner: null
		});
		expect(board.ticker[0].what.length).toBeLessThanOrEqual(80);
		expect(board.ticker[0].what.endsWith('…')).toBe(true);
		expect(board.ticker.map((t) => t.what)).toContain('Tien liter verf');
		const text = JSON.stringify(board);
		for (const secret of Object.values(contacts)) expect(text).not.toContain(secret);
		expect(text).not.toMatch(/@|Nog niet bekrachtigd|Teruggestuurd|Andere editie/);
		for (const t of board.ticker)
			expect(Object.keys(t).sort()).toEqual(['at', 'corner', 'giver', 'receiver', 'what']);
	});

	it('answers nothing for an unknown or renewed token', async () => {
		const anon = anonClient();
		const unknown = await anon.rpc('event_scoreboard', { p_token: 'f'.repeat(64) });
		expect(unknown.error).toBeNull();
		expect(unknown.data).toBeNull();
		expect((await anon.rpc('event_scoreboard', { p_token: '' })).data).toBeNull();

		const { data: other, error } = await admin.client.rpc('renew_event_scoreboard', {
			p_edition: otherEdition
		});
		if (error) throw error;
		const renewed = await admin.client.rpc('renew_event_scoreboard', { p_edition: otherEdition });
		if (renewed.error) throw renewed.error;
		expect(renewed.data).not.toBe(other);
		expect(renewed.data).toMatch(/^[0-9a-f]{64}$/);
		expect(await readScoreboard(anon, other)).toBeNull();
		expect(await readScoreboard(anon, renewed.data)).toMatchObject({
			title: 'Scorebord Andere Beursvloer',
			matches: 1
		});
	});

	it('keeps the link from everyone but the municipality staff', async () => {
		const member = await signedInUser('scoreboard-member');
		for (const client of [anonClient(), member.client]) {
			const { data, error } = await client
				.from('event_scoreboards')
				.select('token')
				.eq('edition_id', edition);
			expect(error).toBeNull();
			expect(data).toEqual([]);
			const renew = await client.rpc('renew_event_scoreboard', { p_edition: edition });
			expect(renew.error).not.toBeNull();
		}
		const staff = await matchmaker.client.from('event_scoreboards').select('token').eq('edition_id', edition);
		expect(staff.data).toEqual([{ token }]);
		// A matchmaker reads the link but does not renew it.
		expect(
			(await matchmaker.client.rpc('renew_event_scoreboard', { p_edition: edition })).error
		).not.toBeNull();
	});
});

describe('the scoreboard hub', () => {
	it('brings one ratification to three screens within 2 s, reading at most once a second', async () => {
		const hub = new ScoreboardHub((t) => readScoreboard(anonClient(), t), 1000);
		const seen: Scoreboard[][] = [[], [], []];
		const started = Date.now();
		const stops = seen.map((list) => hub.subscribe(token, (b) => b && list.push(b)));
		try {
			await expect.poll(() => seen.every((l) => l.length > 0), { timeout: 5000 }).toBe(true);
			const before = seen[0].at(-1)!.matches;

			await form({ edition, corner: corners.hands, what: 'Een middag klussen', hands: 3 });
			const ratified = Date.now();
			await expect
				.poll(() => seen.every((l) => l.at(-1)!.matches === before + 1), { timeout: 2000, interval: 20 })
				.toBe(true);
			expect(Date.now() - ratified).toBeLessThan(2000);
			// Everyone got the same scoreboard, with the new match on top of the ticker.
			for (const l of seen) expect(l.at(-1)!.ticker[0].what).toBe('Een middag klussen');

			const seconds = (Date.now() - started) / 1000;
			expect(hub.reads).toBeLessThanOrEqual(Math.floor(seconds) + 1);
			expect(hub.listening).toEqual({ links: 1, listeners: 3 });
		} finally {
			for (const stop of stops) stop();
		}
		// No screens, no polling.
		expect(hub.listening).toEqual({ links: 0, listeners: 0 });
		const reads = hub.reads;
		await new Promise((r) => setTimeout(r, 1500));
		expect(hub.reads).toBe(reads);
	});
});
