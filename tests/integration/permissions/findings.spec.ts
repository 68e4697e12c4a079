// The write paths of issue 10, each reproduced as the attack it was and refused by the database,
// whatever the client sends. Run against two municipalities (world.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, signedInUser, uniqueEmail } from '../clients';
import { loose, NIJVERDAL } from '../fixtures';
import { buildWorld, type World } from './world';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const db = () => loose(adminClient());

describe('issue 10: write paths between organisations and municipalities', () => {
	let w: World;

	beforeAll(async () => {
		w = await buildWorld();
	}, 120_000);

	describe("1. a matchmaker decides only on their own municipality's pairs", () => {
		it("refuses another municipality's matchmaker a pin or veto on this municipality's pair", async () => {
			for (const decision of ['pin', 'veto'] as const) {
				const res = await w.matchmakerB.client.from('matchmaker_decisions').insert({
					request_id: w.listings.yRequest,
					offer_id: w.listings.xOffer2,
					municipality_id: w.B,
					decision,
					decided_by: w.matchmakerB.userId
				});
				expect(res.error?.code).toBe('42501');
			}
			const stored = await db()
				.from('matchmaker_decisions')
				.select('municipality_id')
				.eq('request_id', w.listings.yRequest)
				.eq('offer_id', w.listings.xOffer2);
			expect(stored.data).toEqual([]);
			// The proposal between them is still there.
			const proposal = await db().from('match_proposals').select('id').eq('id', w.proposals.a);
			expect(proposal.data).toHaveLength(1);
		});

		it("files a decision under the pair's municipality, whatever the client names", async () => {
			const res = await w.people.matchmaker.client
				.from('matchmaker_decisions')
				.insert({
					request_id: w.listings.yRequest,
					offer_id: w.listings.xOffer2,
					municipality_id: w.B,
					decision: 'pin',
					decided_by: w.people.owner.userId
				})
				.select('municipality_id, decided_by')
				.rollback()
				.single();
			expect(res.error).toBeNull();
			expect(res.data).toEqual({ municipality_id: w.A, decided_by: w.people.matchmaker.userId });
		});

		it('refuses a pair whose request and offer lie in two municipalities', async () => {
			const res = await w.people.matchmaker.client
				.from('matchmaker_decisions')
				.insert({
					request_id: w.listings.yRequest,
					offer_id: w.listings.bOffer,
					municipality_id: w.A,
					decision: 'veto'
				})
				.rollback();
			expect(res.status).toBe(400);
			expect(res.error?.hint).toBe('invalid_pair');
		});
	});

	describe('2. owners change neither what their organisation is nor where it belongs', () => {
		it('refuses kind "municipality" and a move to another municipality', async () => {
			const kind = await w.people.owner.client
				.from('organisations')
				.update({ kind: 'municipality' })
				.eq('id', w.orgs.x)
				.select('kind');
			expect(kind.error?.code).toBe('42501');
			const move = await w.people.owner.client
				.from('organisations')
				.update({ municipality_id: w.B })
				.eq('id', w.orgs.x)
				.select('municipality_id');
			expect(move.error?.code).toBe('42501');
			const row = await db()
				.from('organisations')
				.select('kind, municipality_id')
				.eq('id', w.orgs.x)
				.single();
			expect(row.data).toEqual({ kind: 'business', municipality_id: w.A });
		});
	});

	describe('3. membership of a municipality comes from the deployment or an invitation', () => {
		it('refuses a user moving their own profile to another municipality', async () => {
			const res = await w.people.noOrganisation.client
				.from('profiles')
				.update({ municipality_id: w.B })
				.eq('id', w.people.noOrganisation.userId!)
				.select('municipality_id');
			expect(res.error?.code).toBe('42501');
			const row = await db()
				.from('profiles')
				.select('municipality_id')
				.eq('id', w.people.noOrganisation.userId!)
				.single();
			expect(row.data?.municipality_id).toBe(w.A);
		});

		it('ignores a municipality picked in the sign-up metadata', async () => {
			const user = await signedInUser('picks-b', { municipality: w.bSlug, display_name: 'Kiest Wierden' });
			const profile = await user.client.from('profiles').select('municipality_id, display_name').single();
			expect(profile.data).toEqual({ municipality_id: w.A, display_name: 'Kiest Wierden' });
			// ...so founding an organisation in B is refused too: it lands in A.
			const org = await loose(user.client)
				.from('organisations')
				.insert({
					kind: 'business',
					name: 'Verhuisd Bedrijf',
					slug: `verhuisd-${w.stamp}`,
					municipality_id: w.B
				})
				.select('municipality_id')
				.rollback()
				.single();
			expect(org.data?.municipality_id).toBe(w.A);
		});

		it('places an invited address in the municipality of its invitation', async () => {
			const email = uniqueEmail('invited-b');
			const invite = await db().from('invitations').insert({
				organisation_id: w.orgs.bBusiness,
				municipality_id: w.B,
				email,
				role: 'member',
				invited_by: w.ownerB.userId
			});
			expect(invite.error).toBeNull();
			const created = await adminClient().auth.admin.createUser({
				email,
				password: 'test-wachtwoord-123',
				email_confirm: true
			});
			expect(created.error).toBeNull();
			const profile = await db()
				.from('profiles')
				.select('municipality_id')
				.eq('id', created.data.user!.id)
				.single();
			expect(profile.data?.municipality_id).toBe(w.B);
		});
	});

	describe('4. owners change only the columns that are theirs to change', () => {
		it("refuses rewriting a membership's user or municipality", async () => {
			const user = await w.people.owner.client
				.from('memberships')
				.update({ user_id: w.people.noOrganisation.userId })
				.eq('organisation_id', w.orgs.x)
				.eq('user_id', w.people.member.userId!)
				.select();
			expect(user.error?.code).toBe('42501');
			const muni = await w.people.owner.client
				.from('memberships')
				.update({ municipality_id: w.B })
				.eq('organisation_id', w.orgs.x)
				.eq('user_id', w.people.member.userId!)
				.select();
			expect(muni.error?.code).toBe('42501');
			const noOrg = await db()
				.from('memberships')
				.select('role')
				.eq('user_id', w.people.noOrganisation.userId!);
			expect(noOrg.data).toEqual([]);
		});

		it('refuses moving contact details to another municipality, so its admin never reads them', async () => {
			const res = await w.people.owner.client
				.from('organisation_contacts')
				.update({ municipality_id: w.B })
				.eq('organisation_id', w.orgs.x)
				.select();
			expect(res.error?.code).toBe('42501');
			const seen = await w.people.otherAdmin.client
				.from('organisation_contacts')
				.select('email')
				.eq('organisation_id', w.orgs.x);
			expect(seen.data).toEqual([]);
		});

		it('still saves contacts with the upsert the app uses, for the owner only', async () => {
			const res = await w.people.owner.client
				.from('organisation_contacts')
				.upsert({
					organisation_id: w.orgs.x,
					municipality_id: w.A,
					email: 'nieuw@matrixbouw.nl',
					phone: null
				})
				.select('email, municipality_id')
				.rollback();
			expect(res.error).toBeNull();
			expect(res.data).toEqual([{ email: 'nieuw@matrixbouw.nl', municipality_id: w.A }]);
		});
	});

	describe('5. server-owned columns are set by the database', () => {
		it('dates a new listing now, whatever created_at and published_at say', async () => {
			const before = Date.now();
			const res = await w.people.member.client
				.from('listings')
				.insert({
					...NIJVERDAL,
					organisation_id: w.orgs.x,
					municipality_id: w.B,
					kind: 'offer',
					state: 'open',
					category: 'hands',
					title: 'Bovenaan tot 2099',
					created_at: '2099-01-01T00:00:00Z',
					published_at: '2099-01-01T00:00:00Z',
					closed_at: '2099-01-01T00:00:00Z'
				})
				.select('created_at, published_at, closed_at, municipality_id, created_by')
				.rollback()
				.single();
			expect(res.error).toBeNull();
			const row = res.data as Record<string, string | null>;
			for (const column of ['created_at', 'published_at'] as const) {
				expect(Math.abs(Date.parse(row[column]!) - before)).toBeLessThan(60_000);
			}
			expect(row.closed_at).toBeNull();
			expect(row.municipality_id).toBe(w.A);
			expect(row.created_by).toBe(w.people.member.userId);
		});

		it('dates invitations, dismissals and organisations now too', async () => {
			const before = Date.now();
			const invitation = await w.people.owner.client
				.from('invitations')
				.insert({
					organisation_id: w.orgs.x,
					municipality_id: w.B,
					email: uniqueEmail('dated'),
					created_at: '2099-01-01T00:00:00Z'
				})
				.select('created_at, municipality_id, invited_by')
				.rollback()
				.single();
			expect(invitation.error).toBeNull();
			expect(Math.abs(Date.parse(invitation.data!.created_at) - before)).toBeLessThan(60_000);
			expect(invitation.data).toMatchObject({ municipality_id: w.A, invited_by: w.people.owner.userId });
			const organisation = await w.people.noOrganisation.client
				.from('organisations')
				.insert({
					kind: 'business',
					name: 'Oud Bedrijf',
					slug: `oud-${w.stamp}`,
					municipality_id: w.A,
					created_at: '1999-01-01T00:00:00Z'
				})
				.select('created_at')
				.rollback()
				.single();
			expect(organisation.error).toBeNull();
			expect(Math.abs(Date.parse(organisation.data!.created_at) - before)).toBeLessThan(60_000);
		});
	});

	describe('6. input has bounds, and mass inserts have quotas', () => {
		it('refuses an invitation address of 5,000 characters', async () => {
			const res = await w.people.owner.client
				.from('invitations')
				.insert({ organisation_id: w.orgs.x, municipality_id: w.A, email: `${'a'.repeat(5000)}@matrix.test` })
				.rollback();
			expect(res.status).toBe(400);
			expect(res.error?.code).toBe('23514');
		});

		it('refuses an invitation that expires in 9999 and listing dates centuries ahead', async () => {
			const invitation = await w.people.owner.client
				.from('invitations')
				.insert({
					organisation_id: w.orgs.x,
					municipality_id: w.A,
					email: uniqueEmail('forever'),
					expires_at: '9999-12-31T00:00:00Z'
				})
				.rollback();
			expect(invitation.status).toBe(400);
			expect(invitation.error?.hint).toBe('invalid_expiry');
			for (const date of ['294276-01-01', inDays(5 * 365)]) {
				const listing = await w.people.member.client
					.from('listings')
					.update({ available_until: date })
					.eq('id', w.listings.xOffer)
					.select('available_until')
					.rollback();
				expect(listing.status).toBe(400);
				expect(listing.error?.code).toBe('23514');
			}
		});

		it('refuses a JSON object sent as a title', async () => {
			const res = await w.people.member.client
				.from('listings')
				.update({ title: { nl: 'Een titel', en: 'A title' } })
				.eq('id', w.listings.xOffer)
				.select('title')
				.rollback();
			expect(res.status).toBe(400);
			expect(res.error?.code).toBe('23514');
		});

		it('refuses 5,000 drafts in one request, and 200 organisations', async () => {
			const drafts = Array.from({ length: 5000 }, (_, i) => ({
				...NIJVERDAL,
				organisation_id: w.orgs.x,
				kind: 'offer',
				state: 'draft',
				category: 'hands',
				title: `Concept ${i}`
			}));
			const many = await w.people.member.client.from('listings').insert(drafts).rollback();
			expect(many.status).toBe(400);
			expect(many.error?.hint).toBe('quota_exceeded');
			const orgs = Array.from({ length: 200 }, (_, i) => ({
				kind: 'business',
				name: `Massa ${i}`,
				slug: `massa-${i}-${w.stamp}`,
				municipality_id: w.A
			}));
			const founded = await w.people.noOrganisation.client.from('organisations').insert(orgs).rollback();
			expect(founded.status).toBe(400);
			expect(founded.error?.hint).toBe('quota_exceeded');
		});

		it('answers an unknown invitation with 400 and a clear code, not 500', async () => {
			const res = await w.people.noOrganisation.client.rpc('accept_invitation', {
				p_invitation: '00000000-0000-4000-8000-00000000dead'
			});
			expect(res.status).toBe(400);
			expect(res.error).toMatchObject({ code: 'P0001', hint: 'not_found' });
		});
	});
});
