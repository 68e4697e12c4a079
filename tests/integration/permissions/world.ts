// Two municipalities side by side, for the permission matrix and the findings of issue 10:
// Hellendoorn (the seeded demo, "A") and a second one ("B") with its own admin, matchmaker,
// organisations, listings, proposals, decisions, invitations, contacts and outbox rows. The rows
// are written with the service role (the database's own checks for clients do not apply to it);
// the people are real users signed in through the auth stand-in.
import type { SupabaseClient } from '@supabase/supabase-js';
import { adminClient, anonClient, signedInUser, uniqueEmail } from '../clients';
import { demoUser, HELLENDOORN, loose, NIJVERDAL } from '../fixtures';

/** Everyone the matrix tries each operation as. The rows under test belong to organisation X in A. */
export const ACTORS = [
	'anon',
	'noOrganisation',
	'member',
	'owner',
	'otherOrganisation',
	'otherAdmin',
	'matchmaker',
	'admin'
] as const;
export type Actor = (typeof ACTORS)[number];

export interface Person {
	actor: Actor;
	client: SupabaseClient;
	/** null for anon */
	userId: string | null;
	email: string | null;
	municipalityId: string;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function must<T>(
	promise: PromiseLike<{ data: T; error: { message: string; code?: string } | null }>,
	what: string
): Promise<T> {
	const { data, error } = await promise;
	if (error) throw new Error(`${what}: ${error.code} ${error.message}`);
	return data;
}

export async function buildWorld() {
	const db = loose(adminClient());
	const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
	const A = HELLENDOORN;

	const b = await must(
		db
			.from('municipalities')
			.insert({ slug: `wierden-${stamp}`, name: 'Testgemeente Wierden' })
			.select('id')
			.single(),
		'municipality B'
	);
	const B = (b as { id: string }).id;

	const [
		noOrganisation,
		member,
		owner,
		otherOrganisation,
		otherAdmin,
		ownerB,
		matchmakerB,
		admin,
		matchmaker
	] = await Promise.all([
		signedInUser('no-org'),
		signedInUser('member'),
		signedInUser('owner'),
		signedInUser('other-org'),
		signedInUser('other-admin'),
		signedInUser('owner-b'),
		signedInUser('matchmaker-b'),
		demoUser('admin@hellendoorn.demo'),
		demoUser('matchmaker@hellendoorn.demo')
	]);
	// New users join the deployment's municipality (A); B's people are placed there by the
	// service role, as an operator would.
	await must(
		db
			.from('profiles')
			.update({ municipality_id: B })
			.in('id', [otherAdmin.userId, ownerB.userId, matchmakerB.userId]),
		'profiles in B'
	);
	await must(
		db.from('municipality_roles').insert([
			{ municipality_id: B, user_id: otherAdmin.userId, role: 'admin' },
			{ municipality_id: B, user_id: matchmakerB.userId, role: 'matchmaker' }
		]),
		'roles in B'
	);

	const organisation = async (municipality: string, kind: string, name: string, createdBy: string) =>
		(
			(await must(
				db
					.from('organisations')
					.insert({
						municipality_id: municipality,
						kind,
						name,
						slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${stamp}`,
						created_by: createdBy,
						place: 'Nijverdal',
						latitude: 52.36,
						longitude: 6.4681
					})
					.select('id')
					.single(),
				`organisation ${name}`
			)) as { id: string }
		).id;
	const [x, x2, y, bBusiness, bClub] = await Promise.all([
		organisation(A, 'business', 'Matrix Bouw', owner.userId),
		organisation(A, 'business', 'Matrix Zonder Contact', owner.userId),
		organisation(A, 'voluntary', 'Matrix Vereniging', otherOrganisation.userId),
		organisation(B, 'business', 'Wierden Techniek', ownerB.userId),
		organisation(B, 'voluntary', 'Wierden Sportclub', ownerB.userId)
	]);
	await must(
		db.from('memberships').insert([
			{ organisation_id: x, user_id: member.userId, municipality_id: A, role: 'member' },
			{ organisation_id: x2, user_id: member.userId, municipality_id: A, role: 'member' }
		]),
		'members'
	);
	await must(
		db.from('organisation_contacts').insert([
			{ organisation_id: x, municipality_id: A, email: 'info@matrixbouw.nl', phone: '0548 111111' },
			{ organisation_id: y, municipality_id: A, email: 'bestuur@matrixvereniging.nl', phone: '0548 222222' },
			{
				organisation_id: bBusiness,
				municipality_id: B,
				email: 'info@wierdentechniek.nl',
				phone: '0546 333333'
			}
		]),
		'contacts'
	);

	const listing = async (
		municipality: string,
		organisationId: string,
		createdBy: string,
		kind: 'offer' | 'request',
		state: 'open' | 'draft',
		title: string
	) =>
		(
			(await must(
				db
					.from('listings')
					.insert({
						...NIJVERDAL,
						municipality_id: municipality,
						organisation_id: organisationId,
						created_by: createdBy,
						kind,
						state,
						category: 'hands',
						title,
						description: 'Voor de toegangsmatrix.',
						...(kind === 'offer' ? { available_until: inDays(60) } : { needed_by: inDays(60) })
					})
					.select('id')
					.single(),
				`listing ${title}`
			)) as { id: string }
		).id;
	const [xOffer, xOffer2, xDraft, yRequest, yRequest2, bOffer, bRequest] = await Promise.all([
		listing(A, x, owner.userId, 'offer', 'open', 'Matrix: handen voor een dag'),
		listing(A, x, member.userId, 'offer', 'open', 'Matrix: een busje te leen'),
		listing(A, x, member.userId, 'offer', 'draft', 'Matrix: nog een concept'),
		listing(A, y, otherOrganisation.userId, 'request', 'open', 'Matrix: hulp bij de verbouwing'),
		listing(A, y, otherOrganisation.userId, 'request', 'open', 'Matrix: een busje voor de verhuizing'),
		listing(B, bBusiness, ownerB.userId, 'offer', 'open', 'Wierden: gereedschap te leen'),
		listing(B, bClub, ownerB.userId, 'request', 'open', 'Wierden: schilders gezocht')
	]);

	const proposals = (await must(
		db
			.from('match_proposals')
			.insert([
				{
					municipality_id: A,
					request_id: yRequest,
					offer_id: xOffer,
					request_organisation_id: y,
					offer_organisation_id: x,
					score: 0.8
				},
				{
					municipality_id: B,
					request_id: bRequest,
					offer_id: bOffer,
					request_organisation_id: bClub,
					offer_organisation_id: bBusiness,
					score: 0.7
				}
			])
			.select('id, municipality_id'),
		'proposals'
	)) as { id: string; municipality_id: string }[];
	const proposalA = proposals.find((p) => p.municipality_id === A)!.id;
	const proposalB = proposals.find((p) => p.municipality_id === B)!.id;

	await must(
		db.from('matchmaker_decisions').insert([
			{
				request_id: yRequest,
				offer_id: xOffer,
				municipality_id: A,
				decision: 'pin',
				decided_by: matchmaker.userId
			},
			{
				request_id: bRequest,
				offer_id: bOffer,
				municipality_id: B,
				decision: 'pin',
				decided_by: matchmakerB.userId
			}
		]),
		'decisions'
	);
	await must(
		db.from('proposal_dismissals').insert({
			request_id: yRequest,
			offer_id: xOffer2,
			organisation_id: x,
			municipality_id: A,
			dismissed_by: member.userId
		}),
		'dismissal'
	);
	// What matching learned in A (the job's row): something to read, and to reset.
	await must(
		db.from('matching_adjustments').upsert({
			municipality_id: A,
			weights: { categories: {}, themes: { painting: { factor: 0.9, events: 2 } }, events: 2 },
			events: 2
		}),
		'matching adjustments'
	);
	const cycle = (await must(
		db
			.from('exchange_cycles')
			.insert({
				municipality_id: A,
				members: [xOffer, yRequest, xOffer2],
				organisation_ids: [x, y, x],
				score: 0.5
			})
			.select('id')
			.single(),
		'cycle'
	)) as { id: string };

	const invitations = (await must(
		db
			.from('invitations')
			.insert([
				{
					organisation_id: x,
					municipality_id: A,
					email: noOrganisation.email,
					role: 'member',
					invited_by: owner.userId
				},
				{
					organisation_id: bBusiness,
					municipality_id: B,
					email: uniqueEmail('invitee-b'),
					role: 'member',
					invited_by: ownerB.userId
				}
			])
			.select('id, municipality_id'),
		'invitations'
	)) as { id: string; municipality_id: string }[];
	const report = (await must(
		db
			.from('listing_reports')
			.insert({
				listing_id: xOffer2,
				municipality_id: A,
				reporter_id: otherOrganisation.userId,
				reason: 'Lijkt dubbel'
			})
			.select('id')
			.single(),
		'report'
	)) as { id: string };
	const outbox = (await must(
		db
			.from('email_outbox')
			.insert([
				{
					municipality_id: A,
					organisation_id: x,
					kind: 'invitation',
					to_address: noOrganisation.email,
					subject: 'Uitnodiging',
					html: '<p>Welkom</p>',
					text: 'Welkom',
					idempotency_key: `matrix-a-${stamp}`,
					// Sent already: the outbox tests' runners must find nothing of ours to deliver.
					status: 'sent',
					sent_at: new Date().toISOString()
				},
				{
					municipality_id: B,
					kind: 'invitation',
					to_address: 'iemand@wierden.test',
					subject: 'Uitnodiging',
					html: '<p>Welkom</p>',
					text: 'Welkom',
					idempotency_key: `matrix-b-${stamp}`,
					status: 'sent',
					sent_at: new Date().toISOString()
				}
			])
			.select('id, municipality_id'),
		'outbox'
	)) as { id: string; municipality_id: string }[];
	await must(
		db
			.from('email_preferences')
			.insert({ user_id: member.userId, kind: 'deal_started', frequency: 'never' })
			.select('user_id'),
		'email preference'
	);
	// Deals between X (gives) and Y (receives): one Y started and X has not answered, one agreed.
	const rate = (await must(
		db.from('municipality_rates').select('id').eq('municipality_id', A).limit(1).single(),
		'rates of A'
	)) as { id: string };
	const now = new Date().toISOString();
	const dealRows = (await must(
		db
			.from('deals')
			// Missing columns are not null but their defaults: several rows, one set of columns.
			.insert(
				[
					{
						municipality_id: A,
						giver_organisation_id: x,
						receiver_organisation_id: y,
						offer_id: xOffer,
						request_id: yRequest,
						started_by: otherOrganisation.userId,
						started_by_organisation_id: y,
						receiver_accepted_at: now,
						category: 'hands',
						what_given: 'Matrix: handen voor een dag'
					},
					{
						municipality_id: A,
						giver_organisation_id: x,
						receiver_organisation_id: y,
						offer_id: xOffer2,
						request_id: yRequest2,
						started_by: owner.userId,
						started_by_organisation_id: x,
						state: 'agreed',
						giver_accepted_at: now,
						receiver_accepted_at: now,
						agreed_at: now,
						rate_id: rate.id,
						deadline: inDays(365),
						category: 'materials',
						what_given: 'Matrix: een busje te leen'
					}
				],
				{ defaultToNull: false }
			)
			.select('id, state'),
		'deals'
	)) as { id: string; state: string }[];
	const dealA = dealRows.find((d) => d.state === 'interested')!.id;
	const dealAgreed = dealRows.find((d) => d.state === 'agreed')!.id;
	const dealEvent = (await must(
		db
			.from('deal_events')
			.insert({
				deal_id: dealA,
				municipality_id: A,
				actor_id: otherOrganisation.userId,
				actor_organisation_id: y,
				action: 'started',
				to_state: 'interested',
				message: 'Past dit?'
			})
			.select('id')
			.single(),
		'deal event'
	)) as { id: number };
	await must(
		db.from('deal_contacts').insert(
			[dealA, dealAgreed].flatMap((deal) => [
				{
					deal_id: deal,
					organisation_id: x,
					municipality_id: A,
					name: 'Piet Matrix',
					email: 'piet@matrixbouw.nl',
					phone: '0548 111111'
				},
				{
					deal_id: deal,
					organisation_id: y,
					municipality_id: A,
					name: 'Ria Vereniging',
					email: 'ria@matrixvereniging.nl',
					phone: '0548 222222'
				}
			])
		),
		'deal contacts'
	);
	// Follow-up: the contact question to Y (party B) about the agreed deal.
	const followup = (await must(
		db
			.from('deal_followups')
			.insert({
				deal_id: dealAgreed,
				municipality_id: A,
				organisation_id: y,
				question: 'contact',
				asked_at: now
			})
			.select('id')
			.single(),
		'follow-up question'
	)) as { id: string };

	// The event: a published edition open for registration (with a corner and X registered) and
	// a draft nobody but staff sees.
	const editionRows = (await must(
		db
			.from('event_editions')
			.insert([
				{
					municipality_id: A,
					title: 'Matrix Beursvloer',
					event_date: inDays(30),
					starts_at: '19:30',
					ends_at: '21:00',
					venue: 'Dorpshuis Matrix',
					registration_opens_on: inDays(-1),
					registration_closes_on: inDays(20),
					published: true
				},
				{
					municipality_id: A,
					title: 'Matrix Concept',
					event_date: inDays(300),
					starts_at: '19:30',
					ends_at: '21:00',
					venue: 'Dorpshuis Matrix',
					registration_opens_on: null,
					registration_closes_on: null,
					published: false
				}
			])
			.select('id, published'),
		'event editions'
	)) as { id: string; published: boolean }[];
	const edition = editionRows.find((e) => e.published)!.id;
	const draftEdition = editionRows.find((e) => !e.published)!.id;
	const corner = (await must(
		db
			.from('event_corners')
			.insert({ edition_id: edition, municipality_id: A, name: 'Helpende handen', host_name: 'Henk' })
			.select('id')
			.single(),
		'event corner'
	)) as { id: string };
	const registration = (await must(
		db
			.from('event_registrations')
			.insert({ edition_id: edition, organisation_id: x, municipality_id: A, people: 2, brings: 'Steigers' })
			.select('id')
			.single(),
		'event registration'
	)) as { id: string };

	// A match form recorded at the event (X gives Y), waiting for the notaris.
	const match = (await must(
		db
			.from('event_matches')
			.insert({
				id: crypto.randomUUID(),
				edition_id: edition,
				municipality_id: A,
				corner_id: corner.id,
				giver_organisation_id: x,
				receiver_organisation_id: y,
				category: 'hands',
				what_given: 'Twee schilders een middag',
				hours_hands: 8
			})
			.select('id')
			.single(),
		'event match form'
	)) as { id: string };

	// The edition's scoreboard link.
	const scoreboardToken = crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '');
	await must(
		db.from('event_scoreboards').insert({ edition_id: edition, municipality_id: A, token: scoreboardToken }),
		'scoreboard link'
	);

	// Y registered too, and one conversation of X and Y in the schedule.
	const registrationY = (await must(
		db
			.from('event_registrations')
			.insert({ edition_id: edition, organisation_id: y, municipality_id: A, people: 1 })
			.select('id')
			.single(),
		'event registration Y'
	)) as { id: string };
	const conversation = (await must(
		db
			.from('event_conversations')
			.insert({
				edition_id: edition,
				municipality_id: A,
				round: 1,
				table_no: 1,
				registration_a: registration.id,
				registration_b: registrationY.id,
				organisation_a: x,
				organisation_b: y,
				score: 0.7,
				reasons: [{ code: 'same_category', params: { category: 'materials' } }]
			})
			.select('id')
			.single(),
		'event conversation'
	)) as { id: string };

	const event = (await must(
		db.from('listing_events').select('id').eq('listing_id', xOffer).order('id').limit(1).single(),
		'listing event'
	)) as { id: number };

	const person = (
		actor: Actor,
		u: { client: SupabaseClient; userId: string; email?: string },
		m: string
	): Person => ({
		actor,
		client: loose(u.client as never),
		userId: u.userId,
		email: u.email ?? null,
		municipalityId: m
	});
	const people: Record<Actor, Person> = {
		anon: { actor: 'anon', client: loose(anonClient()), userId: null, email: null, municipalityId: A },
		noOrganisation: person('noOrganisation', noOrganisation, A),
		member: person('member', member, A),
		owner: person('owner', owner, A),
		otherOrganisation: person('otherOrganisation', otherOrganisation, A),
		otherAdmin: person('otherAdmin', otherAdmin, B),
		matchmaker: person('matchmaker', { ...matchmaker, email: 'matchmaker@hellendoorn.demo' }, A),
		admin: person('admin', { ...admin, email: 'admin@hellendoorn.demo' }, A)
	};

	return {
		stamp,
		A,
		B,
		bSlug: `wierden-${stamp}`,
		people,
		matchmakerB: person('matchmaker', matchmakerB, B),
		ownerB: person('owner', ownerB, B),
		orgs: { x, x2, y, bBusiness, bClub },
		listings: { xOffer, xOffer2, xDraft, yRequest, yRequest2, bOffer, bRequest },
		deals: { a: dealA, agreed: dealAgreed },
		dealEvent: dealEvent.id,
		followup: followup.id,
		events: {
			edition,
			draftEdition,
			corner: corner.id,
			registration: registration.id,
			match: match.id,
			scoreboardToken,
			registrationY: registrationY.id,
			conversation: conversation.id
		},
		rates: { a: rate.id },
		proposals: { a: proposalA, b: proposalB },
		cycle: cycle.id,
		invitations: {
			a: invitations.find((i) => i.municipality_id === A)!.id,
			b: invitations.find((i) => i.municipality_id === B)!.id
		},
		report: report.id,
		outbox: {
			a: outbox.find((o) => o.municipality_id === A)!.id,
			b: outbox.find((o) => o.municipality_id === B)!.id
		},
		event: event.id
	};
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
