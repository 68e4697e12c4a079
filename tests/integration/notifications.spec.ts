// Proposal digests against the real stack, in a municipality of their own so that no other test's
// proposals take part: proposals written by the engine's RPC, digests enqueued by the notifier,
// delivered by the outbox through the Resend SDK to the stack's mail sink.
import type { SupabaseClient } from '@supabase/supabase-js';
import { Resend } from 'resend';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/database.types';
import { deliverDue, type OutboxDeps } from '../../src/lib/server/email/outbox';
import { resendMailer } from '../../src/lib/server/email/transport';
import { notifyNewProposals, type DigestOptions } from '../../src/lib/server/notifications/digest';
import { adminClient, inbox, signedInUser, stack, uniqueEmail } from './clients';

type User = Awaited<ReturnType<typeof signedInUser>>;
const NIJVERDAL = { place: 'Nijverdal', latitude: 52.36, longitude: 6.4681 };
const ORIGIN = 'https://beursvloer.example';
const loose = (c: SupabaseClient<Database>) => c as unknown as SupabaseClient;

let municipalityId: string;
let municipalitySlug: string;
let outbox: OutboxDeps;

const options = (extra: Partial<DigestOptions> = {}): DigestOptions => ({
	municipalityId,
	origin: ORIGIN,
	settleMs: 0,
	...extra
});

/** One runner round: enqueue digests, then deliver what this round stored. */
async function runDigest(extra: Partial<DigestOptions> = {}) {
	const report = await notifyNewProposals(adminClient(), options(extra));
	if (report.outboxIds.length) {
		const delivery = await deliverDue(outbox, { ids: report.outboxIds, limit: 50 });
		expect(delivery.sent).toBe(report.outboxIds.length);
	}
	return report;
}

/** A user of the test municipality: sign-up cannot choose one, so the service role places them, as an operator would. */
async function user(prefix: string, locale: 'nl' | 'en' = 'nl') {
	const created = await signedInUser(prefix, { locale });
	const { error } = await adminClient()
		.from('profiles')
		.update({ municipality_id: municipalityId })
		.eq('id', created.userId);
	if (error) throw error;
	return created;
}

async function organisation(owner: User, name: string, kind: 'business' | 'voluntary') {
	const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
	const { data, error } = await owner.client
		.from('organisations')
		.insert({ municipality_id: municipalityId, kind, name, slug, created_by: owner.userId })
		.select('id')
		.single();
	if (error) throw error;
	return data.id;
}

async function listing(owner: User, organisationId: string, kind: 'offer' | 'request', title: string) {
	const { data, error } = await loose(owner.client)
		.from('listings')
		.insert({
			kind,
			title,
			description: `${title}: een beschrijving voor de test.`,
			category: 'hands',
			...NIJVERDAL,
			organisation_id: organisationId,
			municipality_id: municipalityId,
			created_by: owner.userId,
			state: 'open'
		})
		.select('id')
		.single();
	if (error) throw error;
	return (data as { id: string }).id;
}

const REASONS = [
	{ code: 'same_category' },
	{ code: 'same_place' },
	{ code: 'distance_km', params: { km: 3 } }
];

/** Writes proposals the way the matching job does: through replace_match_proposals, for the given requests. */
async function propose(requestIds: string[], pairs: { request: string; offer: string; score: number }[]) {
	const { error } = await adminClient().rpc('replace_match_proposals', {
		p_municipality: municipalityId,
		p_proposals: pairs.map((p) => ({ ...p, reasons: REASONS })),
		p_request_ids: requestIds
	});
	if (error) throw error;
}

const contents = (m: { subject: string; html: string; text: string }) => `${m.subject}\n${m.text}\n${m.html}`;

describe('proposal digests', () => {
	let imkers: User; // voluntary, Dutch
	let timmer: User; // business, English-speaking owner
	let kuipers: User; // business with a contact address
	let imkersOrg: string;
	let timmerOrg: string;
	let kuipersOrg: string;
	const kuipersContact = { email: uniqueEmail('kuipers-contact'), phone: '0548 123456' };
	const l: Record<string, string> = {};

	beforeAll(async () => {
		municipalitySlug = `notify-${Date.now().toString(36)}`;
		const { data, error } = await adminClient()
			.from('municipalities')
			.insert({ slug: municipalitySlug, name: 'Testgemeente Notificaties' })
			.select('id')
			.single();
		if (error) throw error;
		municipalityId = data.id;
		outbox = {
			db: adminClient(),
			mailer: resendMailer(
				new Resend('re_test', { baseUrl: stack().url }),
				'Beursvloer <noreply@beursvloer.local>'
			)
		};
		[imkers, timmer, kuipers] = await Promise.all([user('imkers'), user('timmer', 'en'), user('kuipers')]);
		[imkersOrg, timmerOrg, kuipersOrg] = await Promise.all([
			organisation(imkers, 'Imkersvereniging De Raat', 'voluntary'),
			organisation(timmer, 'Timmerbedrijf Haarle', 'business'),
			organisation(kuipers, 'Kuipers Bouw', 'business')
		]);
		const contact = await kuipers.client
			.from('organisation_contacts')
			.insert({ organisation_id: kuipersOrg, municipality_id: municipalityId, ...kuipersContact });
		if (contact.error) throw contact.error;

		l.beehives = await listing(imkers, imkersOrg, 'request', 'Bijenkasten timmeren voor de schooltuin');
		l.fence = await listing(imkers, imkersOrg, 'request', 'Hekwerk rond de bijenstal herstellen');
		l.carpenters = await listing(timmer, timmerOrg, 'offer', 'Timmerlieden voor een dag');
		l.wood = await listing(timmer, timmerOrg, 'offer', 'Restpartij steigerhout');
		l.paint = await listing(timmer, timmerOrg, 'offer', 'Verfresten voor verenigingen');
		l.builders = await listing(kuipers, kuipersOrg, 'offer', 'Bouwvakkers helpen een middag');

		await propose(
			[l.beehives, l.fence],
			[
				{ request: l.beehives, offer: l.carpenters, score: 0.82 },
				{ request: l.beehives, offer: l.builders, score: 0.6 },
				// Under the engine's threshold: never announced...
				{ request: l.beehives, offer: l.wood, score: 0.3 },
				// ...unless a matchmaker pinned it.
				{ request: l.fence, offer: l.wood, score: 0.3 },
				{ request: l.fence, offer: l.paint, score: 0.5 }
			]
		);
		const pin = await adminClient().from('matchmaker_decisions').insert({
			request_id: l.fence,
			offer_id: l.wood,
			municipality_id: municipalityId,
			decision: 'pin'
		});
		if (pin.error) throw pin.error;
		// The imkers find the paint offer not interesting before any digest went out.
		const dismissal = await imkers.client.from('proposal_dismissals').insert({
			request_id: l.fence,
			offer_id: l.paint,
			organisation_id: imkersOrg,
			municipality_id: municipalityId,
			dismissed_by: imkers.userId
		});
		if (dismissal.error) throw dismissal.error;
	});

	it('sends each organisation one email listing its new proposals, in Dutch by default', async () => {
		const report = await runDigest();
		expect(report).toMatchObject({ organisations: 3, emails: 3, stale: 0, tooSoon: 0 });

		const mails = await inbox(imkers.email);
		expect(mails).toHaveLength(1);
		const [mail] = mails;
		expect(mail.subject).toBe('Nieuwe matchvoorstellen voor Imkersvereniging De Raat');
		expect(mail.text).toContain('Bij jullie vraag “Bijenkasten timmeren voor de schooltuin”');
		expect(mail.text).toContain('“Timmerlieden voor een dag” van Timmerbedrijf Haarle (Sterke match)');
		expect(mail.text).toContain('“Bouwvakkers helpen een middag” van Kuipers Bouw (Goede match)');
		expect(mail.text).toContain('zelfde categorie; in dezelfde plaats; 3 km verderop');
		expect(mail.text).toContain(
			'“Restpartij steigerhout” van Timmerbedrijf Haarle (Mogelijke match · Aangeraden door de matchmaker)'
		);
		expect(mail.html).toContain(`href="${ORIGIN}/mijn/voorstellen"`);
		// Under the threshold and not pinned: only the pinned pair with the steigerhout is listed.
		expect(mail.text.match(/Restpartij steigerhout/g)).toHaveLength(1);
		// Dismissed: not announced.
		expect(contents(mail)).not.toContain('Verfresten');
	});

	it('never shows the other party’s contact details', async () => {
		const [mail] = await inbox(imkers.email);
		for (const secret of [kuipersContact.email, kuipersContact.phone, kuipers.email, timmer.email]) {
			expect(contents(mail)).not.toContain(secret);
		}
	});

	it('writes to an English-speaking owner in English', async () => {
		const mails = await inbox(timmer.email);
		expect(mails).toHaveLength(1);
		const [mail] = mails;
		expect(mail.subject).toBe('New match proposals for Timmerbedrijf Haarle');
		expect(mail.text).toContain('For your offer “Timmerlieden voor een dag”');
		expect(mail.text).toContain(
			'“Bijenkasten timmeren voor de schooltuin” from Imkersvereniging De Raat (Strong match)'
		);
		expect(mail.text).toContain('same category; in the same town; 3 km away');
		expect(mail.text).toContain('(Possible match · Recommended by the matchmaker)');
		expect(contents(mail)).not.toContain('Verfresten');
		expect(contents(mail)).not.toContain(imkers.email);
	});

	it('writes to the organisation’s contact address when it has one', async () => {
		expect(await inbox(kuipersContact.email)).toHaveLength(1);
		expect(await inbox(kuipers.email)).toHaveLength(0);
	});

	it('announces a proposal once: a second run sends nothing', async () => {
		const report = await runDigest();
		expect(report.emails).toBe(0);
		expect(await inbox(imkers.email)).toHaveLength(1);
		expect(await inbox(timmer.email)).toHaveLength(1);
		expect(await inbox(kuipersContact.email)).toHaveLength(1);
	});

	it('keeps the digest functions to the service role', async () => {
		const pending = await imkers.client.rpc('pending_proposal_notifications', {
			p_municipality: municipalityId,
			p_min_score: 0
		});
		expect(pending.error?.code).toBe('42501');
		const enqueue = await imkers.client.rpc('enqueue_proposal_digest', {
			p_municipality: municipalityId,
			p_organisation: imkersOrg,
			p_proposal_ids: [],
			p_emails: [{ to: imkers.email, subject: 'x', html: 'x', text: 'x', idempotency_key: 'x' }]
		});
		expect(enqueue.error?.code).toBe('42501');
	});

	it('holds new proposals until the interval has passed, then sends only those, once', async () => {
		l.tools = await listing(kuipers, kuipersOrg, 'offer', 'Gereedschap uitlenen');
		await propose(
			[l.fence],
			[
				{ request: l.fence, offer: l.wood, score: 0.3 },
				{ request: l.fence, offer: l.tools, score: 0.75 }
			]
		);

		// Within a day of the last digest: nothing yet.
		const held = await runDigest();
		expect(held.emails).toBe(0);

		// Two runners (two server processes) at once, once the interval is over: one email each.
		const [a, b] = await Promise.all([runDigest({ minIntervalMs: 0 }), runDigest({ minIntervalMs: 0 })]);
		expect(a.emails + b.emails).toBe(2);
		const imkersMails = await inbox(imkers.email);
		expect(imkersMails).toHaveLength(2);
		expect(imkersMails[0].text).toContain('“Gereedschap uitlenen” van Kuipers Bouw (Sterke match)');
		expect(imkersMails[0].text).not.toContain('Timmerlieden');
		expect(await inbox(kuipersContact.email)).toHaveLength(2);
		expect(await inbox(timmer.email)).toHaveLength(1);
	});
});
