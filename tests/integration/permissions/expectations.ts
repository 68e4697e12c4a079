// The permission matrix: for every table and function PostgREST exposes, who may read, insert,
// update (column by column) and delete the rows of organisation X in municipality A, and who
// may call each function. matrix.spec.ts turns each entry into one attempt per actor and fails
// on any table, column or function that appears here without expectations (or the reverse).
//
// "Allowed" means the attempt took effect: the row was returned, inserted or deleted, the
// column holds the value sent afterwards, the function answered 2xx. Anything else (an error,
// no row, the database keeping another value) counts as refused; no attempt may answer 5xx.
import { ACTORS, type Actor, type Person, type World } from './world';

type Who = readonly Actor[];
type Key = Record<string, string | number>;
type Row = Record<string, unknown>;

const NOBODY: Who = [];
const EVERYONE: Who = ACTORS;
const SIGNED_IN: Who = ACTORS.filter((a) => a !== 'anon');
const MEMBERS: Who = ['member', 'owner'];
const OWNER: Who = ['owner'];
const STAFF: Who = ['matchmaker', 'admin'];
/** The two parties of the world's deals: X (member, owner) gives, Y (otherOrganisation) receives. */
const PARTIES: Who = ['member', 'owner', 'otherOrganisation'];

export interface ColumnRule {
	who: Who;
	/** What the attempt writes into the column. */
	value: (w: World, p: Person) => unknown;
	/** Another row to try it on (a column that only makes sense on another kind of row). */
	on?: (w: World) => Key;
}

export interface TableRule {
	/** The row read, updated and (unless deleteKey) deleted. */
	key: (w: World) => Key;
	read: Who;
	insert: { who: Who; row: (w: World, p: Person) => Row };
	update: Record<string, ColumnRule>;
	delete: Who;
	deleteKey?: (w: World) => Key;
	/** Further rows whose visibility differs from the main one. */
	alsoRead?: { label: string; key: (w: World) => Key; who: Who }[];
}

export interface RpcRule {
	who: Who;
	args: (w: World, p: Person) => Row;
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const col = (who: Who, value: ColumnRule['value'], on?: ColumnRule['on']): ColumnRule => ({ who, value, on });
/** A column nobody may change through the API. */
const fixed = (value: ColumnRule['value'], on?: ColumnRule['on']): ColumnRule => col(NOBODY, value, on);
const someone = (w: World) => w.people.noOrganisation.userId;

export const tables: Record<string, TableRule> = {
	municipalities: {
		key: (w) => ({ id: w.A }),
		read: EVERYONE,
		insert: { who: NOBODY, row: (w) => ({ slug: `nep-${w.stamp}`, name: 'Nepgemeente' }) },
		update: {
			id: fixed(() => crypto.randomUUID()),
			slug: fixed(() => 'gekaapt'),
			name: fixed(() => 'Gemeente Gekaapt'),
			settings: fixed(() => ({ rates: { hands: 1 } })),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	municipality_roles: {
		key: (w) => ({ municipality_id: w.A, user_id: w.people.matchmaker.userId!, role: 'matchmaker' }),
		read: ['matchmaker', 'admin'],
		insert: { who: NOBODY, row: (w, p) => ({ municipality_id: w.A, user_id: p.userId, role: 'admin' }) },
		update: {
			municipality_id: fixed((w) => w.B),
			user_id: fixed(someone),
			role: fixed(() => 'admin'),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	profiles: {
		key: (w) => ({ id: w.people.member.userId! }),
		// Oneself, colleagues (names in the member list) and the municipality's admins.
		read: ['member', 'owner', 'admin'],
		insert: { who: NOBODY, row: (w, p) => ({ id: p.userId, municipality_id: w.A }) },
		update: {
			id: fixed(someone),
			municipality_id: fixed((w) => w.B),
			display_name: col(['member'], () => 'Nieuwe naam'),
			locale: col(['member'], () => 'en'),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	organisations: {
		key: (w) => ({ id: w.orgs.x }),
		read: EVERYONE,
		// Anyone signed in founds one, in their own municipality (the database decides which).
		insert: {
			who: SIGNED_IN,
			row: (w, p) => ({
				kind: 'voluntary',
				name: 'Nieuwe vereniging',
				slug: `nieuw-${p.actor.toLowerCase()}-${w.stamp}`,
				municipality_id: p.municipalityId
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			kind: fixed(() => 'municipality'),
			name: col(['owner', 'admin'], () => 'Matrix Bouw en Onderhoud'),
			slug: fixed(() => 'ander-adres'),
			kvk_number: col(['owner', 'admin'], () => '87654321'),
			description: col(['owner', 'admin'], () => 'Bouwbedrijf uit Nijverdal.'),
			// The public keurmerk page: the business's owners only (a guard refuses the admins).
			keurmerk_public: col(OWNER, () => true),
			place: col(['owner', 'admin'], () => 'Haarle'),
			latitude: col(['owner', 'admin'], () => 52.39),
			longitude: col(['owner', 'admin'], () => 6.42),
			website: col(['owner', 'admin'], () => 'https://matrixbouw.nl'),
			created_by: fixed(someone),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		// With its listings, proposals and history (cascade).
		delete: OWNER
	},

	organisation_contacts: {
		key: (w) => ({ organisation_id: w.orgs.x }),
		read: ['member', 'owner', 'admin'],
		// X2 has no contact row yet; its owner adds one.
		insert: {
			who: OWNER,
			row: (w, p) => ({
				organisation_id: w.orgs.x2,
				municipality_id: p.municipalityId,
				email: 'x2@matrix.nl'
			})
		},
		update: {
			organisation_id: fixed((w) => w.orgs.x2),
			municipality_id: fixed((w) => w.B),
			email: col(OWNER, () => 'nieuw@matrixbouw.nl'),
			phone: col(OWNER, () => '0548 999999'),
			updated_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	memberships: {
		key: (w) => ({ organisation_id: w.orgs.x, user_id: w.people.member.userId! }),
		read: ['member', 'owner', 'admin'],
		insert: {
			who: NOBODY,
			row: (w, p) => ({ organisation_id: w.orgs.x, user_id: p.userId, municipality_id: w.A, role: 'owner' })
		},
		update: {
			organisation_id: fixed((w) => w.orgs.y),
			user_id: fixed(someone),
			municipality_id: fixed((w) => w.B),
			role: col(OWNER, () => 'owner'),
			created_at: fixed(() => at(-1000))
		},
		// A member leaves; an owner removes them.
		delete: MEMBERS
	},

	invitations: {
		key: (w) => ({ id: w.invitations.a }),
		// The organisation's members, and the person invited.
		read: ['noOrganisation', 'member', 'owner'],
		insert: {
			who: MEMBERS,
			row: (w, p) => ({
				organisation_id: w.orgs.x,
				municipality_id: p.municipalityId,
				email: `nieuw-${p.actor.toLowerCase()}-${w.stamp}@matrix.test`,
				role: 'member'
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			organisation_id: fixed((w) => w.orgs.y),
			municipality_id: fixed((w) => w.B),
			email: fixed(() => 'ander@matrix.test'),
			role: fixed(() => 'owner'),
			invited_by: fixed(someone),
			created_at: fixed(() => at(-1000)),
			expires_at: fixed(() => at(300)),
			accepted_at: fixed(() => at(0)),
			accepted_by: fixed(someone)
		},
		delete: MEMBERS
	},

	listings: {
		key: (w) => ({ id: w.listings.xOffer }),
		read: EVERYONE,
		alsoRead: [
			{ label: 'a draft', key: (w) => ({ id: w.listings.xDraft }), who: ['member', 'owner', 'admin'] }
		],
		insert: {
			who: MEMBERS,
			row: (w, p) => ({
				organisation_id: w.orgs.x,
				municipality_id: p.municipalityId,
				kind: 'offer',
				state: 'draft',
				category: 'materials',
				title: 'Steigers te leen',
				place: 'Nijverdal',
				latitude: 52.36,
				longitude: 6.4681
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			organisation_id: fixed((w) => w.orgs.x2),
			created_by: fixed(someone),
			kind: fixed(() => 'request'),
			state: col(['member', 'owner', 'admin'], () => 'paused'),
			category: col(['member', 'owner', 'admin'], () => 'expertise'),
			title: col(['member', 'owner', 'admin'], () => 'Matrix: handen voor twee dagen'),
			description: col(['member', 'owner', 'admin'], () => 'Twee dagen helpen.'),
			amount: col(['member', 'owner', 'admin'], () => '2 mensen'),
			estimated_hours: col(['member', 'owner', 'admin'], () => 16),
			estimated_value: col(['member', 'owner', 'admin'], () => 800),
			place: col(['member', 'owner', 'admin'], () => 'Haarle'),
			latitude: col(['member', 'owner', 'admin'], () => 52.39),
			longitude: col(['member', 'owner', 'admin'], () => 6.42),
			available_from: col(['member', 'owner', 'admin'], () => inDays(1)),
			available_until: col(['member', 'owner', 'admin'], () => inDays(90)),
			wants_in_return: col(['member', 'owner', 'admin'], () => 'Een bedankje'),
			quantity: col(['member', 'owner', 'admin'], () => 12),
			// Request-only columns, tried on Y's request.
			needed_by: col(
				['otherOrganisation', 'admin'],
				() => inDays(30),
				(w) => ({ id: w.listings.yRequest })
			),
			can_offer_in_return: col(
				['otherOrganisation', 'admin'],
				() => 'Een optreden',
				(w) => ({ id: w.listings.yRequest })
			),
			// Generated by the database.
			ends_on: fixed(() => inDays(5)),
			open_until: fixed(() => inDays(5)),
			search_vector: fixed(() => 'gekaapt'),
			title_vector: fixed(() => 'gekaapt'),
			published_at: fixed(() => at(1000)),
			closed_at: fixed(() => at(0)),
			created_at: fixed(() => at(1000)),
			updated_at: fixed(() => at(1000))
		},
		// Only drafts are deleted; anything once published is closed instead.
		delete: MEMBERS,
		deleteKey: (w) => ({ id: w.listings.xDraft })
	},

	listing_events: {
		key: (w) => ({ id: w.event }),
		read: ['member', 'owner', 'admin'],
		insert: {
			who: NOBODY,
			row: (w) => ({
				listing_id: w.listings.xOffer,
				organisation_id: w.orgs.x,
				municipality_id: w.A,
				actor_role: 'authenticated',
				action: 'updated'
			})
		},
		update: {
			id: fixed(() => 1),
			listing_id: fixed((w) => w.listings.xOffer2),
			organisation_id: fixed((w) => w.orgs.y),
			municipality_id: fixed((w) => w.B),
			actor_id: fixed(someone),
			actor_role: fixed(() => 'system'),
			action: fixed(() => 'deleted'),
			old_state: fixed(() => 'draft'),
			new_state: fixed(() => 'closed'),
			changed_fields: fixed(() => ['title']),
			old_values: fixed(() => ({ title: 'x' })),
			new_values: fixed(() => ({ title: 'y' })),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	listing_reports: {
		key: (w) => ({ id: w.report }),
		// The reporter and the municipality's admins; not the listing's organisation.
		read: ['otherOrganisation', 'admin'],
		insert: {
			who: SIGNED_IN,
			row: (w, p) => ({
				listing_id: w.listings.xOffer,
				municipality_id: p.municipalityId,
				reason: 'Klopt dit wel?'
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			listing_id: fixed((w) => w.listings.xOffer),
			municipality_id: fixed((w) => w.B),
			reporter_id: fixed(someone),
			reason: fixed(() => 'Andere reden'),
			status: col(['admin'], () => 'dismissed'),
			resolution_note: col(['admin'], () => 'Niets aan de hand'),
			resolved_by: fixed(someone),
			resolved_at: fixed(() => at(0)),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	match_proposals: {
		key: (w) => ({ id: w.proposals.a }),
		// Both parties and the municipality's staff.
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		insert: {
			who: NOBODY,
			row: (w) => ({
				municipality_id: w.A,
				request_id: w.listings.yRequest,
				offer_id: w.listings.xOffer2,
				request_organisation_id: w.orgs.y,
				offer_organisation_id: w.orgs.x,
				score: 1
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			request_id: fixed((w) => w.listings.bRequest),
			offer_id: fixed((w) => w.listings.xOffer2),
			request_organisation_id: fixed((w) => w.orgs.x2),
			offer_organisation_id: fixed((w) => w.orgs.x2),
			score: fixed(() => 1),
			reasons: fixed(() => []),
			caveats: fixed(() => [{ code: 'quantity_short' }]),
			computed_at: fixed(() => at(1000)),
			proposed_at: fixed(() => at(1000)),
			request_notified_at: fixed(() => at(0)),
			offer_notified_at: fixed(() => at(0))
		},
		delete: NOBODY
	},

	proposal_dismissals: {
		key: (w) => ({
			request_id: w.listings.yRequest,
			offer_id: w.listings.xOffer2,
			organisation_id: w.orgs.x
		}),
		read: ['member', 'owner', 'matchmaker', 'admin'],
		// "Niet interessant", on behalf of one's own organisation, a party to the pair.
		insert: {
			who: MEMBERS,
			row: (w, p) => ({
				request_id: w.listings.yRequest,
				offer_id: w.listings.xOffer,
				organisation_id: w.orgs.x,
				municipality_id: p.municipalityId
			})
		},
		update: {
			request_id: fixed((w) => w.listings.bRequest),
			offer_id: fixed((w) => w.listings.xOffer),
			organisation_id: fixed((w) => w.orgs.y),
			municipality_id: fixed((w) => w.B),
			dismissed_by: fixed(someone),
			created_at: fixed(() => at(-1000))
		},
		// "Toch interessant": withdrawn by a member of the organisation that dismissed it.
		delete: MEMBERS
	},

	matchmaker_decisions: {
		key: (w) => ({ request_id: w.listings.yRequest, offer_id: w.listings.xOffer }),
		read: STAFF,
		// Each caller names their own municipality: only A's staff may decide on A's pair.
		insert: {
			who: STAFF,
			row: (w, p) => ({
				request_id: w.listings.yRequest,
				offer_id: w.listings.xOffer2,
				municipality_id: p.municipalityId,
				decision: 'veto'
			})
		},
		update: {
			request_id: fixed((w) => w.listings.bRequest),
			offer_id: fixed((w) => w.listings.xOffer2),
			municipality_id: fixed((w) => w.B),
			decision: col(STAFF, () => 'veto'),
			note: col(STAFF, () => 'Past niet'),
			// Always the staff member who changed it, whatever is sent.
			decided_by: fixed((w) => w.people.owner.userId),
			created_at: fixed(() => at(-1000))
		},
		delete: STAFF
	},

	// What matching learned per municipality: read by its staff, written by the job only; staff
	// reset it through reset_matching_adjustments.
	matching_adjustments: {
		key: (w) => ({ municipality_id: w.A }),
		read: STAFF,
		insert: {
			who: NOBODY,
			row: (w) => ({ municipality_id: w.B, weights: { categories: {}, themes: {}, events: 0 } })
		},
		update: {
			municipality_id: fixed((w) => w.B),
			weights: fixed(() => ({
				categories: {},
				themes: { painting: { factor: 1.25, events: 9 } },
				events: 9
			})),
			events: fixed(() => 9),
			learned_since: fixed(() => at(-1000)),
			computed_at: fixed(() => at(-1000)),
			reset_at: fixed(() => at(-1000)),
			reset_by: fixed(someone)
		},
		delete: NOBODY
	},

	exchange_cycles: {
		key: (w) => ({ id: w.cycle }),
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		insert: {
			who: NOBODY,
			row: (w) => ({
				municipality_id: w.A,
				members: [w.listings.xOffer2, w.listings.yRequest, w.listings.xOffer],
				organisation_ids: [w.orgs.x, w.orgs.y, w.orgs.x],
				score: 1
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			members: fixed((w) => [w.listings.xOffer2, w.listings.yRequest, w.listings.xDraft]),
			organisation_ids: fixed((w) => [w.orgs.y, w.orgs.y, w.orgs.y]),
			score: fixed(() => 1),
			reasons: fixed(() => []),
			computed_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	deals: {
		key: (w) => ({ id: w.deals.a }),
		// Both parties (X gives, Y receives) and the municipality's staff.
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		// Deals are started through start_deal.
		insert: {
			who: NOBODY,
			row: (w) => ({
				municipality_id: w.A,
				giver_organisation_id: w.orgs.x,
				receiver_organisation_id: w.orgs.y,
				offer_id: w.listings.xOffer2,
				started_by_organisation_id: w.orgs.x,
				category: 'hands'
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			giver_organisation_id: fixed((w) => w.orgs.x2),
			receiver_organisation_id: fixed((w) => w.orgs.x2),
			offer_id: fixed((w) => w.listings.xOffer2),
			request_id: fixed((w) => w.listings.yRequest2),
			proposal_id: fixed((w) => w.proposals.a),
			cycle_id: fixed((w) => w.cycle),
			cycle_group: fixed((w) => w.cycle),
			cycle_leg: fixed(() => 2),
			event_edition_id: fixed((w) => w.events.edition),
			event_corner_id: fixed((w) => w.events.corner),
			started_by: fixed(someone),
			started_by_organisation_id: fixed((w) => w.orgs.x),
			state: fixed(() => 'agreed'),
			giver_accepted_at: fixed(() => at(0)),
			receiver_accepted_at: fixed(() => at(1)),
			// The matchformulier: both parties, until agreed (the agreed deal: deals.spec.ts).
			quantity: col(PARTIES, () => 3),
			category: col(PARTIES, () => 'expertise'),
			what_given: col(PARTIES, () => 'Twee schilders'),
			in_return: col(PARTIES, () => 'Een optreden'),
			hours_hands: col(PARTIES, () => 12),
			hours_expertise: col(PARTIES, () => 4),
			hours_students: col(PARTIES, () => 6),
			materials_value: col(PARTIES, () => 150),
			other_costs: col(PARTIES, () => 25),
			deadline: col(PARTIES, () => inDays(200)),
			rate_id: fixed((w) => w.rates.a),
			agreed_at: fixed(() => at(0)),
			closed_at: fixed(() => at(0)),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	deal_events: {
		key: (w) => ({ id: w.dealEvent }),
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		insert: {
			who: NOBODY,
			row: (w) => ({ deal_id: w.deals.a, municipality_id: w.A, action: 'agreed', to_state: 'agreed' })
		},
		update: {
			id: fixed(() => 1),
			deal_id: fixed((w) => w.deals.agreed),
			municipality_id: fixed((w) => w.B),
			actor_id: fixed(someone),
			actor_organisation_id: fixed((w) => w.orgs.x2),
			action: fixed(() => 'agreed'),
			from_state: fixed(() => 'agreed'),
			to_state: fixed(() => 'carried_out'),
			message: fixed(() => 'Gekaapt'),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	deal_contacts: {
		// X's contact person on the deal Y started and X has not answered yet.
		key: (w) => ({ deal_id: w.deals.a, organisation_id: w.orgs.x }),
		read: MEMBERS,
		alsoRead: [
			// Before agreement nobody but the own organisation, not even staff.
			{
				label: "the other party's, before agreement",
				key: (w) => ({ deal_id: w.deals.a, organisation_id: w.orgs.y }),
				who: ['otherOrganisation']
			},
			// From agreement on: both parties and the municipality's staff.
			{
				label: 'after agreement',
				key: (w) => ({ deal_id: w.deals.agreed, organisation_id: w.orgs.x }),
				who: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin']
			}
		],
		insert: {
			who: NOBODY,
			row: (w) => ({ deal_id: w.deals.a, organisation_id: w.orgs.x2, municipality_id: w.A, name: 'Nep' })
		},
		update: {
			deal_id: fixed((w) => w.deals.agreed),
			organisation_id: fixed((w) => w.orgs.x2),
			municipality_id: fixed((w) => w.B),
			name: col(MEMBERS, () => 'Jan Matrix'),
			email: col(MEMBERS, () => 'jan@matrixbouw.nl'),
			phone: col(MEMBERS, () => '06 12345678'),
			updated_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	event_editions: {
		key: (w) => ({ id: w.events.edition }),
		// Published: everyone; the draft: the municipality's staff.
		read: EVERYONE,
		alsoRead: [{ label: 'unpublished', key: (w) => ({ id: w.events.draftEdition }), who: STAFF }],
		insert: {
			who: ['admin'],
			row: (w) => ({
				municipality_id: w.A,
				title: 'Nieuwe beursvloer',
				event_date: inDays(60),
				starts_at: '19:00',
				ends_at: '21:00',
				venue: 'Het Dorpshuis'
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			title: col(['admin'], () => 'Beursvloer Hellendoorn 2027'),
			event_date: col(['admin'], () => inDays(45)),
			starts_at: col(['admin'], () => '18:00:00'),
			ends_at: col(['admin'], () => '22:00:00'),
			venue: col(['admin'], () => 'Sporthal De Kolk'),
			registration_opens_on: col(['admin'], () => inDays(-5)),
			registration_closes_on: col(['admin'], () => inDays(25)),
			published: col(['admin'], () => false),
			registration_closed: col(['admin'], () => true),
			schedule_rounds: col(['admin'], () => 8),
			schedule_tables: col(['admin'], () => 12),
			schedule_minutes: col(['admin'], () => 5),
			created_by: fixed(someone),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		// A published edition is closed, not removed; the draft goes.
		delete: ['admin'],
		deleteKey: (w) => ({ id: w.events.draftEdition })
	},

	event_corners: {
		key: (w) => ({ id: w.events.corner }),
		read: EVERYONE,
		insert: {
			who: ['admin'],
			row: (w) => ({ edition_id: w.events.edition, municipality_id: w.A, name: 'Kennis en kunde' })
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			edition_id: fixed((w) => w.events.draftEdition),
			municipality_id: fixed((w) => w.B),
			name: col(['admin'], () => 'Middelen en materialen'),
			host_name: col(['admin'], () => 'Gerda'),
			position: col(['admin'], () => 3),
			created_at: fixed(() => at(-1000))
		},
		delete: ['admin']
	},

	event_registrations: {
		key: (w) => ({ id: w.events.registration }),
		// The organisation's owners and members, and the municipality's staff.
		read: ['member', 'owner', 'matchmaker', 'admin'],
		// X2 is not registered yet; its owners and members register it.
		insert: {
			who: MEMBERS,
			row: (w) => ({ edition_id: w.events.edition, organisation_id: w.orgs.x2, people: 3 })
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			edition_id: fixed((w) => w.events.draftEdition),
			organisation_id: fixed((w) => w.orgs.x2),
			municipality_id: fixed((w) => w.B),
			people: col(MEMBERS, () => 4),
			brings: col(MEMBERS, () => 'Een bestelbus'),
			seeks: col(MEMBERS, () => 'Vrijwilligers'),
			arrival_time: col(MEMBERS, () => '20:00:00'),
			// "Niet verschenen": replace_event_schedule only.
			absent: fixed(() => true),
			registered_by: fixed(someone),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		delete: MEMBERS
	},

	event_matches: {
		key: (w) => ({ id: w.events.match }),
		// The matchmakers and the notaris: the municipality's staff.
		read: STAFF,
		// Recorded and decided through record_event_match and decide_event_match.
		insert: {
			who: NOBODY,
			row: (w) => ({
				id: crypto.randomUUID(),
				edition_id: w.events.edition,
				municipality_id: w.A,
				giver_organisation_id: w.orgs.x,
				receiver_organisation_id: w.orgs.y,
				category: 'hands',
				what_given: 'Nep'
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			edition_id: fixed((w) => w.events.draftEdition),
			municipality_id: fixed((w) => w.B),
			corner_id: fixed(() => null),
			giver_organisation_id: fixed((w) => w.orgs.x2),
			receiver_organisation_id: fixed((w) => w.orgs.x2),
			offer_id: fixed((w) => w.listings.xOffer),
			request_id: fixed((w) => w.listings.yRequest),
			proposal_id: fixed((w) => w.proposals.a),
			category: fixed(() => 'expertise'),
			what_given: fixed(() => 'Gekaapt'),
			in_return: fixed(() => 'Gekaapt'),
			quantity: fixed(() => 3),
			hours_hands: fixed(() => 99),
			hours_expertise: fixed(() => 99),
			hours_students: fixed(() => 99),
			materials_value: fixed(() => 999),
			other_costs: fixed(() => 999),
			state: fixed(() => 'ratified'),
			remark: fixed(() => 'Gekaapt'),
			recorded_by: fixed(someone),
			recorded_at: fixed(() => at(-1000)),
			decided_by: fixed(someone),
			decided_at: fixed(() => at(0)),
			deal_id: fixed((w) => w.deals.a),
			created_at: fixed(() => at(-1000)),
			updated_at: fixed(() => at(1000))
		},
		delete: NOBODY
	},

	event_scoreboards: {
		key: (w) => ({ edition_id: w.events.edition }),
		// The link is the key to the public scoreboard: the municipality's staff only.
		read: STAFF,
		// Made and renewed through renew_event_scoreboard.
		insert: {
			who: NOBODY,
			row: (w) => ({ edition_id: w.events.draftEdition, municipality_id: w.A, token: 'f'.repeat(64) })
		},
		update: {
			edition_id: fixed((w) => w.events.draftEdition),
			municipality_id: fixed((w) => w.B),
			token: fixed(() => 'e'.repeat(64)),
			created_by: fixed(someone),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	event_conversations: {
		key: (w) => ({ id: w.events.conversation }),
		// The two organisations' owners and members (X and Y), and the municipality's staff.
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		// replace_event_schedule only.
		insert: {
			who: NOBODY,
			row: (w) => ({
				edition_id: w.events.edition,
				municipality_id: w.A,
				round: 2,
				table_no: 1,
				registration_a: w.events.registration,
				registration_b: w.events.registrationY,
				organisation_a: w.orgs.x,
				organisation_b: w.orgs.y,
				score: 0.5
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			edition_id: fixed((w) => w.events.draftEdition),
			municipality_id: fixed((w) => w.B),
			round: fixed(() => 3),
			table_no: fixed(() => 2),
			registration_a: fixed((w) => w.events.registrationY),
			registration_b: fixed((w) => w.events.registration),
			organisation_a: fixed((w) => w.orgs.y),
			organisation_b: fixed((w) => w.orgs.x),
			score: fixed(() => 0.9),
			reasons: fixed(() => [{ code: 'gekaapt' }]),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	deal_followups: {
		key: (w) => ({ id: w.followup }),
		// Whoever sees the deal: both parties and the municipality's staff.
		read: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		// The server's follow-up job and answer_followup (service role) only.
		insert: {
			who: NOBODY,
			row: (w) => ({
				deal_id: w.deals.agreed,
				municipality_id: w.A,
				organisation_id: w.orgs.x,
				question: 'contact',
				asked_at: at(0)
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			deal_id: fixed((w) => w.deals.a),
			municipality_id: fixed((w) => w.B),
			organisation_id: fixed((w) => w.orgs.x),
			question: fixed(() => 'carried_out'),
			asked_at: fixed(() => at(-1000)),
			reminded_at: fixed(() => at(0)),
			answer: fixed(() => 'contact'),
			answered_at: fixed(() => at(0)),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	municipality_rates: {
		key: (w) => ({ id: w.rates.a }),
		// Public, like the municipality's settings.
		read: EVERYONE,
		// A new version, by the municipality's admins only; never changed or removed.
		insert: {
			who: ['admin'],
			row: (w) => ({ municipality_id: w.A, hands_rate: 55, expertise_rate: 85, students_rate: 25 })
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			valid_from: fixed(() => inDays(1)),
			hands_rate: fixed(() => 1),
			expertise_rate: fixed(() => 1),
			students_rate: fixed(() => 1),
			created_by: fixed(someone),
			created_at: fixed(() => at(-1000))
		},
		delete: NOBODY
	},

	email_outbox: {
		key: (w) => ({ id: w.outbox.a }),
		// The server's jobs only (service role): other people's addresses and whole messages.
		read: NOBODY,
		insert: {
			who: NOBODY,
			row: (w) => ({
				kind: 'invitation',
				to_address: 'iemand@matrix.test',
				subject: 'Nep',
				html: '<p>Nep</p>',
				text: 'Nep',
				idempotency_key: `nep-${w.stamp}`
			})
		},
		update: {
			id: fixed(() => crypto.randomUUID()),
			municipality_id: fixed((w) => w.B),
			organisation_id: fixed((w) => w.orgs.y),
			kind: fixed(() => 'other'),
			to_address: fixed(() => 'aanvaller@matrix.test'),
			subject: fixed(() => 'Gekaapt'),
			html: fixed(() => '<p>Gekaapt</p>'),
			text: fixed(() => 'Gekaapt'),
			idempotency_key: fixed(() => 'gekaapt'),
			status: fixed(() => 'sent'),
			attempts: fixed(() => 9),
			next_attempt_at: fixed(() => at(1000)),
			claimed_at: fixed(() => at(0)),
			last_error: fixed(() => 'x'),
			resend_id: fixed(() => 'x'),
			created_at: fixed(() => at(-1000)),
			sent_at: fixed(() => at(0)),
			user_id: fixed(someone),
			failed_at: fixed(() => at(0)),
			bundled_into: fixed((w) => w.outbox.b)
		},
		delete: NOBODY
	},

	email_preferences: {
		key: (w) => ({ user_id: w.people.member.userId!, kind: 'deal_started' }),
		// Own rows only: staff neither read nor change anyone's choices.
		read: ['member'],
		insert: {
			who: SIGNED_IN,
			row: (_w, p) => ({ user_id: p.userId, kind: 'deal_agreed', frequency: 'never' })
		},
		update: {
			user_id: fixed(someone),
			kind: fixed(() => 'deal_agreed'),
			frequency: col(['member'], () => 'daily'),
			updated_at: fixed(() => at(1000))
		},
		delete: ['member']
	}
};

export const rpcs: Record<string, RpcRule> = {
	// The marketplace: everyone searches; RLS decides what each caller finds.
	search_listings: { who: EVERYONE, args: () => ({ p_query: 'matrix' }) },
	// "Bedoelde je ...?": everyone; it answers with words of open listings only.
	suggest_search: { who: EVERYONE, args: (w) => ({ p_query: 'matirx', p_municipality: w.A }) },
	// Before founding: public organisation profiles with a similar name or the same KvK number.
	similar_organisations: { who: EVERYONE, args: (w) => ({ p_municipality: w.A, p_name: 'Matrix' }) },
	// The matchmaker console's page: signed-in callers only; RLS shows staff their proposals and
	// everyone else none.
	staff_proposals: { who: SIGNED_IN, args: (w) => ({ p_municipality: w.A }) },
	// Only the invited address accepts; everyone else gets "not found" (400), anon 401.
	accept_invitation: { who: ['noOrganisation'], args: (w) => ({ p_invitation: w.invitations.a }) },
	// Computed columns (select=...,effective_state / pinned / promised_quantity), callable as functions too: any row
	// passed in is re-checked, so a hand-made one reveals nothing.
	effective_state: {
		who: EVERYONE,
		args: (w) => ({ l: { id: w.listings.xOffer, kind: 'offer', state: 'open' } })
	},
	promised_quantity: {
		who: EVERYONE,
		args: (w) => ({ l: { id: w.listings.xOffer, kind: 'offer', state: 'open' } })
	},
	pinned: {
		who: EVERYONE,
		args: (w) => ({ p: { request_id: w.listings.yRequest, offer_id: w.listings.xOffer } })
	},
	// Deals: the parties of X and Y; everyone else is told "not found" or "not a party" (400).
	// Joins the agreed deal already there for this pair.
	start_deal: {
		who: PARTIES,
		args: (w) => ({ p_offer: w.listings.xOffer2, p_request: w.listings.yRequest2, p_message: 'Past dit?' })
	},
	respond_to_deal: { who: PARTIES, args: (w) => ({ p_deal: w.deals.a, p_accept: false, p_message: 'Nee' }) },
	// After agreement the municipality's staff record follow-up answers too.
	transition_deal: {
		who: ['member', 'owner', 'otherOrganisation', 'matchmaker', 'admin'],
		args: (w) => ({ p_deal: w.deals.agreed, p_to: 'in_progress' })
	},
	start_cycle_deals: { who: PARTIES, args: (w) => ({ p_cycle: w.cycle }) },
	// The beursvloer: the municipality's staff record match forms (a new id each attempt) and
	// the notaris decides (returning the seeded form; everyone else: "not found", 400).
	record_event_match: {
		who: STAFF,
		args: (w) => ({
			p_id: crypto.randomUUID(),
			p_edition: w.events.edition,
			p_giver: w.orgs.x,
			p_receiver: w.orgs.y,
			p_category: 'materials',
			p_what_given: 'Tien dozen verf',
			p_materials_value: 120
		})
	},
	decide_event_match: {
		who: STAFF,
		args: (w) => ({ p_id: w.events.match, p_ratify: false, p_remark: 'Uren ontbreken' })
	},
	// The projector's scoreboard: anyone with the link (an unknown token answers null, 2xx too).
	event_scoreboard: { who: EVERYONE, args: (w) => ({ p_token: w.events.scoreboardToken }) },
	// A new link: the municipality's admins (on the draft, so the world's link stays).
	renew_event_scoreboard: { who: ['admin'], args: (w) => ({ p_edition: w.events.draftEdition }) },
	// The results of an edition: everyone once a published edition's day has come; the world's
	// edition is still to come, so only the municipality's staff (everyone else: "not found").
	event_results: { who: STAFF, args: (w) => ({ p_edition: w.events.edition }) },
	// The public keurmerk page of a business that opted in (null otherwise): everyone.
	keurmerk: { who: EVERYONE, args: (w) => ({ p_municipality: w.A, p_slug: 'matrix-bouw' }) },
	// The server's jobs (service role).
	create_due_followups: { who: NOBODY, args: () => ({ p_now: at(0) }) },
	claim_followup_reminders: { who: NOBODY, args: () => ({ p_now: at(0) }) },
	answer_followup: { who: NOBODY, args: (w) => ({ p_question: w.followup, p_answer: 'contact' }) },
	expire_listings: { who: NOBODY, args: () => ({}) },
	// "Leren terugzetten": the municipality's own staff only.
	reset_matching_adjustments: { who: STAFF, args: (w) => ({ p_municipality: w.A }) },
	replace_match_proposals: { who: NOBODY, args: (w) => ({ p_municipality: w.A, p_proposals: [] }) },
	// The conversation schedule: the municipality's admins only (on the draft edition, so the
	// world's conversation stays for the table's rules).
	replace_event_schedule: {
		who: ['admin'],
		args: (w) => ({ p_edition: w.events.draftEdition, p_from_round: 1, p_conversations: [], p_absent: [] })
	},
	claim_email_outbox: { who: NOBODY, args: () => ({ p_limit: 1 }) },
	// Each signed-in user saves their own choices (security invoker: the policies decide).
	save_email_preferences: { who: SIGNED_IN, args: () => ({ p_preferences: { deal_answered: 'daily' } }) },
	enqueue_daily_digest: {
		who: NOBODY,
		args: (w) => ({
			p_user: w.people.member.userId,
			p_ids: [w.outbox.a],
			p_email: { to: 'a@matrix.test', subject: 's', html: 'h', text: 't', idempotency_key: `d-${w.stamp}` }
		})
	},
	pending_proposal_notifications: { who: NOBODY, args: (w) => ({ p_municipality: w.A, p_min_score: 0 }) },
	enqueue_proposal_digest: {
		who: NOBODY,
		args: (w) => ({
			p_municipality: w.A,
			p_organisation: w.orgs.x,
			p_proposal_ids: [w.proposals.a],
			p_emails: [{ to: 'a@matrix.test', subject: 's', html: 'h', text: 't', idempotency_key: `k-${w.stamp}` }]
		})
	}
};
