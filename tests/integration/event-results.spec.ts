// After the beursvloer, through the real stack: an edition held ten days ago with matches the
// notaris ratified (record_event_match + decide_event_match, as on the day) has results that add
// up (by corner, by village of the receiving party, by kind pair, to the totals), visible to
// everyone once published and its day has come, to the municipality's staff always, and to
// nobody else; without contact details; as CSV (neutralised) and PDF. Ratification closes only
// the matched listings. The follow-up counts per edition what became of its matches.
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_BOM } from '../../src/lib/server/csv';
import { editionFollowup, editionResults, resultsCsv } from '../../src/lib/server/events/results';
import { resultsPdf } from '../../src/lib/server/events/results-pdf';
import { followupList } from '../../src/lib/server/followup';
import { adminClient, anonClient, signedInUser } from './clients';
import { createOrganisation, demoUser, HELLENDOORN, postListing, type User } from './fixtures';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const stamp = Date.now().toString(36);
const FORMULA_NAME = `=HYPERLINK("http://x";"klik") ${stamp}`;

let staff: Awaited<ReturnType<typeof demoUser>>;
let owner: User;
let stranger: User;
let otherAdmin: User;
const orgs: Record<'bakery' | 'garage' | 'club' | 'choir' | 'formula', string> = {} as never;
let past: string;
let draftPast: string;
let future: string;
const corners: Record<string, string> = {};
let offer: string;
let request: string;
let otherOffer: string;
let otherRequest: string;
const deals: string[] = [];

async function edition(title: string, date: string, published: boolean, cornerNames: string[] = []) {
	const db = adminClient();
	const { data, error } = await db
		.from('event_editions')
		.insert({
			municipality_id: HELLENDOORN,
			title,
			event_date: date,
			starts_at: '19:30',
			ends_at: '21:00',
			venue: 'Dorpshuis De Kern, Nijverdal',
			published
		})
		.select('id')
		.single();
	if (error) throw error;
	for (const [position, name] of cornerNames.entries()) {
		const c = await db
			.from('event_corners')
			.insert({ edition_id: data.id, municipality_id: HELLENDOORN, name, position })
			.select('id')
			.single();
		if (c.error) throw c.error;
		corners[name] = c.data.id;
	}
	return data.id;
}

async function ratify(args: {
	edition: string;
	giver: string;
	receiver: string;
	corner?: string;
	offer?: string;
	request?: string;
	hands?: number;
	materials?: number;
}) {
	const id = crypto.randomUUID();
	const recorded = await staff.client.rpc('record_event_match', {
		p_id: id,
		p_edition: args.edition,
		p_giver: args.giver,
		p_receiver: args.receiver,
		p_category: args.materials ? 'materials' : 'hands',
		p_what_given: 'Hulp van de beursvloer',
		p_corner: args.corner,
		p_offer: args.offer,
		p_request: args.request,
		p_hours_hands: args.hands ?? 0,
		p_materials_value: args.materials ?? 0
	});
	if (recorded.error) throw recorded.error;
	const decided = await staff.client.rpc('decide_event_match', { p_id: id, p_ratify: true });
	if (decided.error) throw decided.error;
	const dealId = (decided.data as { deal_id: string }).deal_id;
	deals.push(dealId);
	return dealId;
}

beforeAll(async () => {
	const db = adminClient();
	[staff, owner, stranger, otherAdmin] = await Promise.all([
		demoUser('admin@hellendoorn.demo'),
		signedInUser('results-owner'),
		signedInUser('results-stranger'),
		signedInUser('results-other-admin')
	]);
	const made: [keyof typeof orgs, string, 'business' | 'voluntary', string][] = [
		['bakery', `Resultatenbakker ${stamp}`, 'business', 'Nijverdal'],
		['garage', `Resultatengarage ${stamp}`, 'business', 'Daarle'],
		['club', `Resultatenclub ${stamp}`, 'voluntary', 'Haarle'],
		['choir', `Resultatenkoor ${stamp}`, 'voluntary', 'Nijverdal'],
		['formula', FORMULA_NAME, 'voluntary', 'Daarlerveen']
	];
	for (const [key, name, kind, place] of made) {
		// The slug is made from a plain name; the formula-like name is set afterwards.
		orgs[key] = await createOrganisation(owner, `Resultaten ${key}`, kind);
		const placed = await db.from('organisations').update({ name, place }).eq('id', orgs[key]);
		if (placed.error) throw placed.error;
		const contact = await db.from('organisation_contacts').upsert({
			organisation_id: orgs[key],
			municipality_id: HELLENDOORN,
			email: `${key}-${stamp}@resultaten.test`,
			phone: '06 9876 5432'
		});
		if (contact.error) throw contact.error;
	}
	const other = await db
		.from('municipalities')
		.insert({ slug: `results-${stamp}`, name: 'Testgemeente Resultaten' })
		.select('id')
		.single();
	if (other.error) throw other.error;
	await db.from('profiles').update({ municipality_id: other.data.id }).eq('id', otherAdmin.userId);
	const role = await db
		.from('municipality_roles')
		.insert({ municipality_id: other.data.id, user_id: otherAdmin.userId, role: 'admin' });
	if (role.error) throw role.error;

	past = await edition(`Resultatenbeursvloer ${stamp}`, day(-10), true, ['Helpende handen', 'Middelen']);
	draftPast = await edition(`Conceptbeursvloer ${stamp}`, day(-5), false);
	future = await edition(`Toekomstbeursvloer ${stamp}`, day(20), true);

	offer = await postListing(owner, orgs.bakery, {
		kind: 'offer',
		title: 'Brood voor de vrijwilligersavond',
		description: 'Brood en gebak voor een avond.',
		category: 'materials'
	});
	otherOffer = await postListing(owner, orgs.bakery, {
		kind: 'offer',
		title: 'Een bakworkshop voor kinderen',
		description: 'Kinderen bakken hun eigen broodjes.',
		category: 'expertise'
	});
	request = await postListing(owner, orgs.club, {
		kind: 'request',
		title: 'Brood voor de vrijwilligersavond gezocht',
		description: 'Wie bakt er mee?',
		category: 'materials'
	});
	otherRequest = await postListing(owner, orgs.club, {
		kind: 'request',
		title: 'Schilders voor de kantine gezocht',
		description: 'De kantine moet geschilderd.',
		category: 'hands'
	});

	await ratify({
		edition: past,
		giver: orgs.bakery,
		receiver: orgs.club,
		corner: corners['Middelen'],
		offer,
		request,
		materials: 250
	});
	await ratify({
		edition: past,
		giver: orgs.garage,
		receiver: orgs.club,
		corner: corners['Helpende handen'],
		hands: 6
	});
	await ratify({
		edition: past,
		giver: orgs.garage,
		receiver: orgs.choir,
		corner: corners['Helpende handen'],
		hands: 3
	});
	await ratify({ edition: past, giver: orgs.bakery, receiver: orgs.formula, materials: 80 });
	await ratify({
		edition: past,
		giver: orgs.club,
		receiver: orgs.choir,
		corner: corners['Middelen'],
		materials: 40
	});
	const registered = await db.from('event_registrations').insert([
		{ edition_id: past, organisation_id: orgs.bakery, municipality_id: HELLENDOORN, people: 2 },
		{ edition_id: past, organisation_id: orgs.garage, municipality_id: HELLENDOORN, people: 1 },
		{ edition_id: past, organisation_id: orgs.club, municipality_id: HELLENDOORN, people: 4 }
	]);
	if (registered.error) throw registered.error;
});

const sum = (rows: { matches: number; value: number }[]) => ({
	matches: rows.reduce((n, r) => n + r.matches, 0),
	value: Math.round(rows.reduce((n, r) => n + r.value, 0) * 100) / 100
});

describe('results of an edition', () => {
	it('add up: by corner, by village and by kind to the totals', async () => {
		const r = (await editionResults(anonClient(), past))!;
		expect(r).not.toBeNull();
		expect(r.edition.title).toBe(`Resultatenbeursvloer ${stamp}`);
		expect(r.totals.matches).toBe(5);
		expect(r.totals.value).toBeGreaterThan(370);
		const totals = { matches: r.totals.matches, value: r.totals.value };
		expect(sum(r.corners)).toEqual(totals);
		expect(sum(r.places)).toEqual(totals);
		expect(sum(r.kinds)).toEqual(totals);

		expect(r.corners.map((c) => [c.name, c.matches])).toEqual([
			['Helpende handen', 2],
			['Middelen', 2],
			[null, 1]
		]);
		// The receiving party's village: the club (Haarle) twice, the choir (Nijverdal) twice.
		expect(Object.fromEntries(r.places.map((p) => [p.place, p.matches]))).toEqual({
			Haarle: 2,
			Nijverdal: 2,
			Daarlerveen: 1
		});
		expect(Object.fromEntries(r.kinds.map((k) => [`${k.giverKind}>${k.receiverKind}`, k.matches]))).toEqual({
			'business>voluntary': 4,
			'voluntary>voluntary': 1
		});

		// Three registered (7 people); five organisations took part, by kind.
		expect(r.totals.registeredOrganisations).toBe(3);
		expect(r.totals.people).toBe(7);
		expect(r.totals.organisations).toBe(5);
		expect(r.totals.byKind).toEqual({ business: 2, voluntary: 3, municipality: 0 });
		expect(r.organisations.map((o) => o.name).sort()).toEqual(
			[
				`Resultatenbakker ${stamp}`,
				`Resultatengarage ${stamp}`,
				`Resultatenclub ${stamp}`,
				`Resultatenkoor ${stamp}`,
				FORMULA_NAME
			].sort()
		);

		// Compared with the municipality's earlier published editions (the seeded ones among them).
		const current = r.editions.at(-1)!;
		expect(current).toMatchObject({ id: past, current: true, matches: 5, organisations: 3, people: 7 });
		expect(current.value).toBe(r.totals.value);
		expect(r.editions.every((e) => e.eventDate <= r.edition.eventDate)).toBe(true);
		expect(r.editions.map((e) => e.id)).not.toContain(draftPast);
		expect(r.followup).toEqual({ agreed: 5, inProgress: 0, carriedOut: 0, notFeasible: 0, cancelled: 0 });
	});

	it('are refused to visitors for an unpublished or future edition; staff see their own', async () => {
		for (const client of [anonClient(), stranger.client]) {
			expect(await editionResults(client, draftPast)).toBeNull();
			expect(await editionResults(client, future)).toBeNull();
			expect(await editionResults(client, past)).not.toBeNull();
		}
		expect(await editionResults(anonClient(), crypto.randomUUID())).toBeNull();
		expect(await editionResults(anonClient(), 'geen-id')).toBeNull();

		expect((await editionResults(staff.client, draftPast))?.totals.matches).toBe(0);
		expect((await editionResults(staff.client, future))?.edition.title).toBe(`Toekomstbeursvloer ${stamp}`);
		// Staff also compare with their drafts.
		const fromFuture = await editionResults(staff.client, future);
		expect(fromFuture?.editions.map((e) => e.id)).toEqual(expect.arrayContaining([past, draftPast, future]));

		// Another municipality's admin is a visitor here.
		expect(await editionResults(otherAdmin.client, draftPast)).toBeNull();
		expect(await editionResults(otherAdmin.client, future)).toBeNull();
	});

	it('hold no contact details, in the data, the CSV or the PDF', async () => {
		const r = (await editionResults(anonClient(), past))!;
		const json = JSON.stringify(r);
		expect(json).not.toContain('@');
		expect(json).not.toContain('9876');
		const csv = resultsCsv(r, 'nl');
		expect(csv).not.toContain('@');
		expect(csv).not.toContain('9876');
		const text = pdfText(await resultsPdf(r, 'nl'));
		expect(text).not.toContain('@');
		expect(text).not.toContain('9876');
	});

	it('as CSV: BOM, semicolons, CRLF, and a name that looks like a formula stays text', async () => {
		const r = (await editionResults(anonClient(), past))!;
		const csv = resultsCsv(r, 'nl');
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('Onderdeel;Naam;Soort;Matches;Waarde (EUR)');
		expect(lines.at(-1)).toBe('');
		expect(lines.slice(0, -1).every((l) => !l.includes('\n'))).toBe(true);
		expect(csv).toContain(`In cijfers;Resultatenbeursvloer ${stamp};;5;`);
		expect(csv).toContain('Per hoek;Helpende handen;;2;');
		// The quote doubled, the cell quoted (it holds ;) and an apostrophe in front.
		expect(csv).toContain(`"'=HYPERLINK(""http://x"";""klik"") ${stamp}"`);
		expect(csv).not.toMatch(/(^|;)=HYPERLINK/m);
	});

	it('as PDF: a parseable document with the title, accents and the euro sign', async () => {
		const r = (await editionResults(anonClient(), past))!;
		const pdf = await resultsPdf(r, 'nl');
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(1024);
		const raw = pdf.toString('latin1');
		expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
		// The cross-reference table is where the trailer says it is.
		const startxref = Number(/startxref\s+(\d+)/.exec(raw)![1]);
		expect(raw.slice(startxref, startxref + 4)).toBe('xref');
		const text = pdfText(pdf);
		expect(text).toContain(`Resultatenbeursvloer ${stamp}`);
		expect(text).toContain('Maatschappelijke waarde');
		// WinAnsi: € is 0x80, the non-breaking space 0xA0.
		expect(text).toMatch(/€\s?\d/);
		const accents = await resultsPdf({ ...r, edition: { ...r.edition, venue: 'Café De Ërve' } }, 'nl');
		expect(pdfText(accents)).toContain('Café De Ërve');
	});
});

describe('after ratification', () => {
	it("only the matched listings are taken; the parties' other listings stay open", async () => {
		const { data, error } = await adminClient()
			.from('listings')
			.select('id, state')
			.in('id', [offer, request, otherOffer, otherRequest]);
		if (error) throw error;
		const state = Object.fromEntries(data.map((l) => [l.id, l.state]));
		expect(state[offer]).toBe('matched');
		expect(state[request]).toBe('matched');
		expect(state[otherOffer]).toBe('open');
		expect(state[otherRequest]).toBe('open');
	});

	it('the follow-up counts per edition what became of its matches, and filters on it', async () => {
		const db = adminClient();
		const moved = await db.from('deals').update({ state: 'in_progress' }).eq('id', deals[0]);
		if (moved.error) throw moved.error;
		const done = await db
			.from('deals')
			.update({ state: 'carried_out', closed_at: new Date().toISOString() })
			.in('id', [deals[1], deals[2]]);
		if (done.error) throw done.error;
		const failed = await db
			.from('deals')
			.update({ state: 'not_feasible', closed_at: new Date().toISOString() })
			.eq('id', deals[3]);
		if (failed.error) throw failed.error;

		const summary = await editionFollowup(staff.client, HELLENDOORN);
		const mine = summary.find((e) => e.id === past);
		expect(mine).toMatchObject({
			matches: 5,
			followup: { agreed: 1, inProgress: 1, carriedOut: 2, notFeasible: 1, cancelled: 0 }
		});
		// The seeded past edition is there too.
		expect(summary.some((e) => e.id === 'e0000000-0000-4000-8000-000000000001')).toBe(true);
		expect((await editionResults(anonClient(), past))?.followup).toEqual({
			agreed: 1,
			inProgress: 1,
			carriedOut: 2,
			notFeasible: 1,
			cancelled: 0
		});

		const list = await followupList(staff.client, HELLENDOORN, {
			state: null,
			category: null,
			overdue: false,
			edition: past
		});
		expect(list.rows.map((r) => r.dealId).sort()).toEqual([deals[0], deals[4]].sort());
		// Visitors and other parties see no deals to count.
		expect(await editionFollowup(anonClient(), HELLENDOORN)).toEqual([]);
	});
});

/** The text a PDF shows: its content streams inflated, the strings of TJ/Tj put together. */
function pdfText(pdf: Buffer): string {
	const raw = pdf.toString('latin1');
	const out: string[] = [];
	const stream = /\bstream\r?\n/g;
	let m: RegExpExecArray | null;
	while ((m = stream.exec(raw))) {
		const start = m.index + m[0].length;
		const end = raw.indexOf('endstream', start);
		if (end < 0) break;
		const bytes = pdf.subarray(start, end);
		let content: string;
		try {
			content = inflateSync(bytes).toString('latin1');
		} catch {
			content = bytes.toString('latin1');
		}
		// pdfkit writes each line as [<hex> kerning <hex> ...] TJ.
		for (const op of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
			out.push([...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((p) => hex(p[1])).join(''));
		}
		stream.lastIndex = end + 'endstream'.length;
	}
	return out.join('\n');
}

/** WinAnsi bytes as text (0x80 is €, the rest of the range we use is Latin-1). */
function hex(h: string): string {
	let s = '';
	for (let i = 0; i < h.length; i += 2) {
		const b = parseInt(h.slice(i, i + 2), 16);
		s += b === 0x80 ? '€' : String.fromCharCode(b);
	}
	return s;
}
