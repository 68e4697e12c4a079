// A municipality of its own for the deal tests (their rates, proposals and listings touch no
// other test's), with a business, a voluntary organisation and a third organisation, each with
// an owner and contact details, and an outbox that delivers to the stack's mail sink.
import { Resend } from 'resend';
import type { Database } from '../../src/lib/database.types';
import type { DealMail } from '../../src/lib/server/deals';
import { resendMailer } from '../../src/lib/server/email/transport';
import { adminClient, signedInUser, stack, uniqueEmail } from './clients';
import { NIJVERDAL, type User } from './fixtures';

type ListingInsert = Database['public']['Tables']['listings']['Insert'];

export async function dealWorld(label: string) {
	const admin = adminClient();
	const slug = `deals-${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
	const { data: m, error } = await admin
		.from('municipalities')
		.insert({ slug, name: `Testgemeente ${label}` })
		.select('id')
		.single();
	if (error) throw error;
	const municipalityId = m.id;

	const user = async (prefix: string) => {
		const u = await signedInUser(prefix);
		const { error: e } = await admin
			.from('profiles')
			.update({ municipality_id: municipalityId })
			.eq('id', u.userId);
		if (e) throw e;
		return u;
	};
	const organisation = async (owner: User, name: string, kind: 'business' | 'voluntary') => {
		const { data, error: e } = await owner.client
			.from('organisations')
			.insert({
				municipality_id: municipalityId,
				kind,
				name,
				slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`,
				created_by: owner.userId
			})
			.select('id')
			.single();
		if (e) throw e;
		return data.id;
	};
	const [bizOwner, clubOwner, thirdOwner, bizMember, staff] = await Promise.all([
		user('deal-biz'),
		user('deal-club'),
		user('deal-third'),
		user('deal-biz-member'),
		user('deal-staff')
	]);
	const [business, club, third] = await Promise.all([
		organisation(bizOwner, 'Deal Bouw', 'business'),
		organisation(clubOwner, 'Deal Vereniging', 'voluntary'),
		organisation(thirdOwner, 'Deal Derde', 'voluntary')
	]);
	const contacts = {
		business: { email: uniqueEmail('biz-contact'), phone: '0548 111222' },
		club: { email: uniqueEmail('club-contact'), phone: '0548 333444' },
		third: { email: uniqueEmail('third-contact'), phone: '0548 555666' }
	};
	const rows = [
		{ organisation_id: business, municipality_id: municipalityId, ...contacts.business },
		{ organisation_id: club, municipality_id: municipalityId, ...contacts.club },
		{ organisation_id: third, municipality_id: municipalityId, ...contacts.third }
	];
	const c = await admin.from('organisation_contacts').insert(rows);
	if (c.error) throw c.error;
	const roles = await admin
		.from('municipality_roles')
		.insert([{ municipality_id: municipalityId, user_id: staff.userId, role: 'admin' }]);
	if (roles.error) throw roles.error;
	const mem = await admin.from('memberships').insert({
		organisation_id: business,
		user_id: bizMember.userId,
		municipality_id: municipalityId,
		role: 'member'
	});
	if (mem.error) throw mem.error;

	const listing = async (
		owner: User,
		organisationId: string,
		input: Partial<ListingInsert> & { kind: 'offer' | 'request'; title: string }
	) => {
		const { data, error: e } = await owner.client
			.from('listings')
			.insert({
				category: 'hands',
				description: `${input.title}: voor de test.`,
				...NIJVERDAL,
				...input,
				organisation_id: organisationId,
				municipality_id: municipalityId,
				created_by: owner.userId,
				state: 'open'
			})
			.select('id')
			.single();
		if (e) throw e;
		return data.id;
	};

	const mail: DealMail = {
		outbox: {
			db: admin,
			mailer: resendMailer(
				new Resend('re_test', { baseUrl: stack().url }),
				'Beursvloer <noreply@beursvloer.local>'
			)
		},
		origin: 'https://beursvloer.example'
	};

	return {
		municipalityId,
		admin,
		people: { bizOwner, clubOwner, thirdOwner, bizMember, staff },
		orgs: { business, club, third },
		contacts,
		listing,
		mail
	};
}
export type DealWorld = Awaited<ReturnType<typeof dealWorld>>;
