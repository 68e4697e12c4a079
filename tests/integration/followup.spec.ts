// Follow-up (nazorg) through the real stack, with the job on a chosen clock: the contact question
// to party B two weeks after agreement (not before, once), its one reminder a week later, the
// carried-out question to both parties at the deadline; one-click answers by signed link (valid,
// expired, reused, forged); the history; and the municipality's follow-up list with its totals
// and order.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDeal, respondToDeal, startDeal } from '../../src/lib/server/deals';
import {
	followupCsv,
	followupList,
	keurmerkPage,
	setKeurmerk,
	readAnswerLink,
	runFollowup,
	submitAnswerLink,
	type FollowupDeps
} from '../../src/lib/server/followup';
import { signLink } from '../../src/lib/server/links/token';
import { anonClient, inbox, stack } from './clients';
import { dealWorld } from './deals-world';

const DAY = 86_400_000;
let w: Awaited<ReturnType<typeof dealWorld>>;
let deps: FollowupDeps;

const must = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T => {
	if (!r.ok) throw new Error(`refused: ${r.reason}`);
	return r.value;
};

/** An agreed deal between the business (gives) and the club (receives); its agreed_at as stored. */
async function agreedDeal(
	title: string,
	extra: { category?: 'hands' | 'expertise'; estimated_hours?: number } = {}
) {
	const { bizOwner, clubOwner } = w.people;
	const offer = await w.listing(bizOwner, w.orgs.business, { kind: 'offer', title, ...extra });
	const request = await w.listing(clubOwner, w.orgs.club, {
		kind: 'request',
		title: `${title} gevraagd`,
		...extra
	});
	const started = must(await startDeal(clubOwner.client, { offerId: offer, requestId: request }));
	must(await respondToDeal(bizOwner.client, started.id, { accept: true }));
	const deal = (await getDeal(bizOwner.client, started.id))!;
	expect(deal.state).toBe('agreed');
	return { id: deal.id, offer, request, agreedAt: new Date(deal.agreedAt!), deadline: deal.form.deadline! };
}

async function outboxFor(dealId: string, kind: string) {
	const { data, error } = await w.admin
		.from('email_outbox')
		.select('to_address, subject, text, idempotency_key')
		.eq('kind', kind)
		.like('idempotency_key', `${kind}/${dealId}/%`);
	if (error) throw error;
	return data;
}

async function questions(dealId: string) {
	const { data, error } = await w.admin
		.from('deal_followups')
		.select('id, organisation_id, question, asked_at, reminded_at, answer')
		.eq('deal_id', dealId)
		.order('question');
	if (error) throw error;
	return data;
}

/** The answer links in a follow-up email, by answer. */
function links(text: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const line of text.split('\n')) {
		const m = /^(.*): (https:\/\/beursvloer\.example\/opvolging\/(\S+))$/.exec(line);
		if (m) out[m[1]] = m[3];
	}
	return out;
}

const run = (at: Date) => runFollowup(deps, { now: at, municipalityId: w.municipalityId });

describe('follow-up', () => {
	beforeAll(async () => {
		w = await dealWorld('followup');
		deps = { outbox: w.mail.outbox, origin: 'https://beursvloer.example', secret: stack().linkSecret };
	});

	it('asks party B about contact after two weeks, once, and reminds once a week later', async () => {
		const deal = await agreedDeal('Schilders voor de kantine');
		const t0 = deal.agreedAt.getTime();

		// Thirteen days on: nothing yet.
		await run(new Date(t0 + 13 * DAY));
		expect(await questions(deal.id)).toEqual([]);
		expect(await outboxFor(deal.id, 'followup_question')).toEqual([]);

		// Two weeks on: the club (party B) is asked, at its contact address; the business is not.
		const asked = new Date(t0 + 14 * DAY + 60_000);
		const report = await run(asked);
		expect(report.asked).toBeGreaterThanOrEqual(1);
		let qs = await questions(deal.id);
		expect(qs).toHaveLength(1);
		expect(qs[0]).toMatchObject({
			organisation_id: w.orgs.club,
			question: 'contact',
			answer: null,
			reminded_at: null
		});
		expect(new Date(qs[0].asked_at).getTime()).toBe(asked.getTime());
		let mails = await outboxFor(deal.id, 'followup_question');
		expect(mails.map((m) => m.to_address)).toEqual([w.contacts.club.email]);
		expect(mails[0].subject).toContain('Is er contact geweest?');
		expect(Object.keys(links(mails[0].text))).toEqual(['Ja, er is contact geweest', 'Nee, nog geen contact']);
		const delivered = await inbox(w.contacts.club.email);
		expect(
			delivered.filter((m) => m.subject.includes('Is er contact geweest? Schilders voor de kantine'))
		).toHaveLength(1);

		// Running again, then and later: asked once.
		await run(asked);
		await run(new Date(t0 + 16 * DAY));
		expect(await questions(deal.id)).toHaveLength(1);
		expect(await outboxFor(deal.id, 'followup_question')).toHaveLength(1);

		// Six days after asking: no reminder yet; seven: one; and never a second.
		await run(new Date(asked.getTime() + 6 * DAY));
		expect(await outboxFor(deal.id, 'followup_reminder')).toEqual([]);
		const remindAt = new Date(asked.getTime() + 7 * DAY);
		await run(remindAt);
		await run(new Date(asked.getTime() + 8 * DAY));
		await run(new Date(asked.getTime() + 30 * DAY));
		mails = await outboxFor(deal.id, 'followup_reminder');
		expect(mails.map((m) => m.to_address)).toEqual([w.contacts.club.email]);
		expect(mails[0].subject).toMatch(/^Herinnering: Is er contact geweest\?/);
		qs = await questions(deal.id);
		expect(new Date(qs[0].reminded_at!).getTime()).toBe(remindAt.getTime());
	});

	it('records one-click answers once: valid, reused, expired and forged links', async () => {
		const deal = await agreedDeal('Een bus voor het uitje');
		const t0 = deal.agreedAt.getTime();
		await run(new Date(t0 + 15 * DAY));
		const [mail] = await outboxFor(deal.id, 'followup_question');
		const l = links(mail.text);
		const yes = l['Ja, er is contact geweest'];
		const notYet = l['Nee, nog geen contact'];

		// A forged link (another secret, or a changed token) and one cut short: refused, nothing changes.
		const [q] = await questions(deal.id);
		const forged = signLink(
			'another-secret-0123456789abcdef0123456789',
			'followup_answer',
			`${q.id}:contact`,
			new Date(Date.now() + DAY)
		);
		expect((await readAnswerLink(deps, forged)).status).toBe('invalid');
		expect((await submitAnswerLink(deps, forged)).status).toBe('invalid');
		expect((await submitAnswerLink(deps, yes.slice(0, -3))).status).toBe('invalid');
		expect((await submitAnswerLink(deps, 'niets')).status).toBe('invalid');
		// Signed for another purpose: refused too.
		const otherPurpose = signLink(deps.secret, 'unsubscribe', `${q.id}:contact`, new Date(Date.now() + DAY));
		expect((await submitAnswerLink(deps, otherPurpose)).status).toBe('invalid');
		// Expired: the same link a year later, and one signed to expire an hour ago.
		expect((await submitAnswerLink(deps, yes, new Date(Date.now() + 365 * DAY))).status).toBe('expired');
		const stale = signLink(
			deps.secret,
			'followup_answer',
			`${q.id}:contact`,
			new Date(Date.now() - 3_600_000)
		);
		expect((await readAnswerLink(deps, stale)).status).toBe('expired');
		expect((await submitAnswerLink(deps, stale)).status).toBe('expired');
		expect((await questions(deal.id))[0].answer).toBeNull();
		expect((await getDeal(w.people.staff.client, deal.id))!.state).toBe('agreed');

		// Opening the link (GET) shows it without recording anything.
		const shown = await readAnswerLink(deps, yes);
		expect(shown).toMatchObject({
			status: 'ok',
			question: 'contact',
			answer: 'contact',
			whatGiven: 'Een bus voor het uitje',
			organisationName: 'Deal Vereniging'
		});
		expect((await questions(deal.id))[0].answer).toBeNull();

		// Confirming (POST) records it: in progress, with the club in the history.
		expect(await submitAnswerLink(deps, yes)).toMatchObject({ status: 'answered', state: 'in_progress' });
		const after = (await getDeal(w.people.staff.client, deal.id))!;
		expect(after.state).toBe('in_progress');
		const event = after.history.at(-1)!;
		expect(event).toMatchObject({
			action: 'followup_answered',
			fromState: 'agreed',
			toState: 'in_progress',
			actorOrganisationId: w.orgs.club,
			actorId: null
		});

		// Reused, or the other answer of the same email: already answered, nothing changes.
		expect(await readAnswerLink(deps, yes)).toMatchObject({ status: 'already_answered' });
		expect(await submitAnswerLink(deps, yes)).toMatchObject({ status: 'already_answered' });
		expect(await submitAnswerLink(deps, notYet)).toMatchObject({ status: 'already_answered' });
		expect((await questions(deal.id))[0].answer).toBe('contact');
		const again = (await getDeal(w.people.staff.client, deal.id))!;
		expect(again.history).toHaveLength(after.history.length);
		expect(again.state).toBe('in_progress');
	});

	it("lists the municipality's running deals by urgency, with totals, answers and whom to call", async () => {
		const { staff, bizOwner, thirdOwner } = w.people;
		const now = new Date();
		const list = await followupList(
			staff.client,
			w.municipalityId,
			{ state: null, category: null, overdue: false },
			now
		);
		// The deals of the tests above: one in progress, one reminded (agreed).
		expect(list.totals.carried_out).toBe(0);
		expect(list.totals.in_progress).toBe(1);
		expect(list.totals.agreed).toBe(1);
		expect(list.rows).toHaveLength(2);
		const [first, second] = list.rows;
		// The reminded question without an answer comes first; its club is the one to call.
		expect(first).toMatchObject({
			whatGiven: 'Schilders voor de kantine',
			state: 'agreed',
			urgency: 1,
			lastAnswer: null,
			call: { organisationName: 'Deal Vereniging', phone: w.contacts.club.phone }
		});
		expect(first.openQuestion).toMatchObject({ question: 'contact', organisationName: 'Deal Vereniging' });
		expect(second).toMatchObject({
			whatGiven: 'Een bus voor het uitje',
			state: 'in_progress',
			openQuestion: null,
			lastAnswer: { question: 'contact', answer: 'contact', organisationName: 'Deal Vereniging' }
		});
		expect(first.urgency).toBeLessThan(second.urgency);

		// The same rows as CSV, in the same order, with whom to call.
		const csv = followupCsv(list.rows, 'nl', { state: (s) => s, category: (c) => c });
		const lines = csv.split('\r\n');
		expect(lines[0]).toMatch(/^\uFEFFMatch;ID;Status;Categorie;Partij A;Partij B;/);
		expect(lines).toHaveLength(list.rows.length + 2);
		expect(lines[1]).toContain(first.dealId);
		expect(lines[1]).toContain(`;${w.contacts.club.phone};`);
		expect(lines[2]).toContain(second.dealId);

		// A year on, both deals are past their deadline: overdue, and the filter finds them.
		const later = new Date(now.getTime() + 400 * DAY);
		const overdue = await followupList(
			staff.client,
			w.municipalityId,
			{ state: null, category: null, overdue: true },
			later
		);
		expect(overdue.rows.map((r) => r.overdue)).toEqual([true, true]);
		// Older deals first among equally urgent ones.
		expect(overdue.rows[0].ageDays).toBeGreaterThanOrEqual(overdue.rows[1].ageDays);
		// Filters: state and category.
		const running = await followupList(
			staff.client,
			w.municipalityId,
			{ state: 'in_progress', category: null, overdue: false },
			now
		);
		expect(running.rows.map((r) => r.whatGiven)).toEqual(['Een bus voor het uitje']);
		const expertise = await followupList(
			staff.client,
			w.municipalityId,
			{ state: null, category: 'expertise', overdue: false },
			now
		);
		expect(expertise.rows).toEqual([]);
		// Not today: nothing is overdue yet.
		const today = await followupList(
			staff.client,
			w.municipalityId,
			{ state: null, category: null, overdue: true },
			now
		);
		expect(today.rows).toEqual([]);

		// Others see only their own deals (RLS): the third organisation none, the business its two.
		expect(
			(
				await followupList(thirdOwner.client, w.municipalityId, {
					state: null,
					category: null,
					overdue: false
				})
			).rows
		).toEqual([]);
		const own = await followupList(bizOwner.client, w.municipalityId, {
			state: null,
			category: null,
			overdue: false
		});
		expect(own.rows).toHaveLength(2);
	});
});

// A municipality of its own: the job run a year ahead asks every running deal there.
describe('follow-up at the deadline', () => {
	beforeAll(async () => {
		w = await dealWorld('followup-deadline');
		deps = { outbox: w.mail.outbox, origin: 'https://beursvloer.example', secret: stack().linkSecret };
	});

	it('asks both parties at the deadline; "not yet" keeps the deal, "carried out" closes it', async () => {
		const deal = await agreedDeal('Kennis van boekhouden', { category: 'expertise', estimated_hours: 10 });
		const t0 = deal.agreedAt.getTime();
		await run(new Date(t0 + 14 * DAY + 1000));
		const [contactMail] = await outboxFor(deal.id, 'followup_question');
		// "Nog geen contact": recorded, the deal stays agreed.
		expect(await submitAnswerLink(deps, links(contactMail.text)['Nee, nog geen contact'])).toMatchObject({
			status: 'answered',
			state: 'agreed'
		});
		const noContact = (await getDeal(w.people.staff.client, deal.id))!;
		expect(noContact.state).toBe('agreed');
		expect(noContact.history.at(-1)).toMatchObject({
			action: 'followup_answered',
			fromState: 'agreed',
			toState: 'agreed',
			actorOrganisationId: w.orgs.club
		});
		// An answered question gets no reminder.
		await run(new Date(t0 + 30 * DAY));
		expect(await outboxFor(deal.id, 'followup_reminder')).toEqual([]);

		// The day before the deadline: no carried-out question; on the deadline: both parties, once.
		const deadline = new Date(`${deal.deadline}T12:00:00+01:00`);
		await run(new Date(deadline.getTime() - DAY));
		expect((await questions(deal.id)).filter((q) => q.question === 'carried_out')).toEqual([]);
		await run(deadline);
		await run(new Date(deadline.getTime() + 3_600_000));
		const done = (await questions(deal.id)).filter((q) => q.question === 'carried_out');
		expect(done.map((q) => q.organisation_id).sort()).toEqual([w.orgs.business, w.orgs.club].sort());
		const mails = (await outboxFor(deal.id, 'followup_question')).filter((m) =>
			m.subject.includes('uitgevoerd')
		);
		expect(mails.map((m) => m.to_address).sort()).toEqual(
			[w.contacts.business.email, w.contacts.club.email].sort()
		);

		// The business answers "uitgevoerd": carried out; the club's link then says it is closed.
		const bizMail = mails.find((m) => m.to_address === w.contacts.business.email)!;
		const clubMail = mails.find((m) => m.to_address === w.contacts.club.email)!;
		expect(await submitAnswerLink(deps, links(bizMail.text)['Ja, het is uitgevoerd'])).toMatchObject({
			status: 'answered',
			state: 'carried_out'
		});
		const closed = (await getDeal(w.people.staff.client, deal.id))!;
		expect(closed.state).toBe('carried_out');
		expect(closed.closedAt).not.toBeNull();
		expect(closed.history.at(-1)).toMatchObject({
			toState: 'carried_out',
			actorOrganisationId: w.orgs.business
		});
		expect(await submitAnswerLink(deps, links(clubMail.text)['Nee, het is niet haalbaar'])).toMatchObject({
			status: 'closed',
			state: 'carried_out'
		});
		// No reminders for a closed deal.
		await run(new Date(deadline.getTime() + 8 * DAY));
		expect(await outboxFor(deal.id, 'followup_reminder')).toEqual([]);
	});

	it('shows the carried-out deal on the keurmerk page once the business opts in', async () => {
		const { bizOwner, bizMember, staff } = w.people;
		const anon = anonClient();
		const slugOf = async (id: string) =>
			(await w.admin.from('organisations').select('slug').eq('id', id).single()).data!.slug;
		const [businessSlug, clubSlug] = [await slugOf(w.orgs.business), await slugOf(w.orgs.club)];
		// Not opted in: nothing, for anyone.
		expect(await keurmerkPage(anon, w.municipalityId, businessSlug)).toBeNull();
		// A member (not an owner) and the municipality's admin may not switch it on.
		expect(await setKeurmerk(bizMember.client, w.orgs.business, true)).toBe(false);
		expect(await setKeurmerk(staff.client, w.orgs.business, true)).toBe(false);
		expect(await keurmerkPage(anon, w.municipalityId, businessSlug)).toBeNull();
		// The owner does.
		expect(await setKeurmerk(bizOwner.client, w.orgs.business, true)).toBe(true);
		const page = (await keurmerkPage(anon, w.municipalityId, businessSlug))!;
		expect(page.organisation.name).toBe('Deal Bouw');
		expect(page.deals).toHaveLength(1);
		// Ten hours of expertise at the rate of the agreement day (80 an hour).
		expect(page.deals[0]).toMatchObject({
			whatGiven: 'Kennis van boekhouden',
			role: 'giver',
			partner: 'Deal Vereniging',
			value: 800
		});
		expect(page.deals[0].closedAt).not.toBeNull();
		expect(page.total).toBe(page.deals[0].value);
		// A voluntary organisation has no keurmerk page, and cannot opt in.
		expect(await setKeurmerk(w.people.clubOwner.client, w.orgs.club, true)).toBe(false);
		expect(await keurmerkPage(anon, w.municipalityId, clubSlug)).toBeNull();
		// Off again: gone.
		expect(await setKeurmerk(bizOwner.client, w.orgs.business, false)).toBe(true);
		expect(await keurmerkPage(anon, w.municipalityId, businessSlug)).toBeNull();
	});

	it('"niet haalbaar" closes the deal and opens its listings again', async () => {
		const deal = await agreedDeal('Een aanhanger voor de oud-papieractie');
		const state = async (id: string) =>
			(await w.admin.from('listings').select('state').eq('id', id).single()).data!.state;
		expect(await state(deal.offer)).toBe('matched');
		await run(new Date(`${deal.deadline}T09:00:00+01:00`));
		const mails = (await outboxFor(deal.id, 'followup_question')).filter((m) =>
			m.subject.includes('uitgevoerd')
		);
		const club = mails.find((m) => m.to_address === w.contacts.club.email)!;
		expect(await submitAnswerLink(deps, links(club.text)['Nee, het is niet haalbaar'])).toMatchObject({
			status: 'answered',
			state: 'not_feasible'
		});
		const after = (await getDeal(w.people.clubOwner.client, deal.id))!;
		expect(after.state).toBe('not_feasible');
		expect(after.history.at(-1)).toMatchObject({
			action: 'followup_answered',
			fromState: 'agreed',
			toState: 'not_feasible',
			actorOrganisationId: w.orgs.club
		});
		expect(await state(deal.offer)).toBe('open');
		expect(await state(deal.request)).toBe('open');
	});

	it('asks and reminds once when two server processes run the job at the same moment', async () => {
		const deal = await agreedDeal('Twee processen tegelijk');
		const at = new Date(deal.agreedAt.getTime() + 15 * DAY);
		const reports = await Promise.all([run(at), run(at), run(at)]);
		expect(await questions(deal.id)).toHaveLength(1);
		expect(await outboxFor(deal.id, 'followup_question')).toHaveLength(1);
		const later = new Date(at.getTime() + 7 * DAY);
		await Promise.all([run(later), run(later), run(later)]);
		expect(await outboxFor(deal.id, 'followup_reminder')).toHaveLength(1);
		// The three runs together asked it once (other deals of this municipality may be asked too).
		expect(reports.reduce((n, r) => n + r.asked, 0)).toBeGreaterThanOrEqual(1);
	});
});
