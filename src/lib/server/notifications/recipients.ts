// Who hears about an organisation's proposals: its contact address when it has one, else each of
// its owners at their login address, each in the language of their profile (Dutch by default).
import { defaultLocale, isLocale, type Locale } from '$lib/i18n';
import type { AdminClient } from '$lib/server/email/outbox';
import { ownersOf } from '$lib/server/memberships';

/** userId: whose email preferences apply (for a contact address, the oldest owner's). */
export type Recipient = { email: string; locale: Locale; userId: string | null };

export async function recipientsOf(
	db: AdminClient,
	organisationIds: string[]
): Promise<Map<string, Recipient[]>> {
	const out = new Map<string, Recipient[]>();
	if (!organisationIds.length) return out;
	const [contacts, owners] = await Promise.all([
		db.from('organisation_contacts').select('organisation_id, email').in('organisation_id', organisationIds),
		ownersOf(db, organisationIds)
	]);
	if (contacts.error) throw new Error(`Loading organisation contacts failed: ${contacts.error.message}`);

	const ownerIds = [...new Set(owners.map((o) => o.user_id))];
	const { data: profiles, error } = ownerIds.length
		? await db.from('profiles').select('id, locale').in('id', ownerIds)
		: { data: [], error: null };
	if (error) throw new Error(`Loading owner profiles failed: ${error.message}`);
	const localeOf = new Map(profiles.map((p) => [p.id, isLocale(p.locale) ? p.locale : defaultLocale]));
	const contactOf = new Map(contacts.data.flatMap((c) => (c.email ? [[c.organisation_id, c.email]] : [])));

	// Login addresses only where there is no contact address: the admin API is one call per user.
	const needed = owners.filter((o) => !contactOf.has(o.organisation_id)).map((o) => o.user_id);
	const emails = new Map<string, string>();
	await Promise.all(
		[...new Set(needed)].map(async (id) => {
			const { data, error: userError } = await db.auth.admin.getUserById(id);
			if (userError) throw new Error(`Loading owner ${id} failed: ${userError.message}`);
			if (data.user.email) emails.set(id, data.user.email);
		})
	);

	for (const organisationId of organisationIds) {
		const orgOwners = owners.filter((o) => o.organisation_id === organisationId);
		const contact = contactOf.get(organisationId);
		if (contact) {
			// The oldest owner's language: the contact address has no profile of its own.
			const first = orgOwners[0];
			out.set(organisationId, [
				{
					email: contact,
					locale: (first && localeOf.get(first.user_id)) ?? defaultLocale,
					userId: first?.user_id ?? null
				}
			]);
			continue;
		}
		const seen = new Set<string>();
		const list: Recipient[] = [];
		for (const owner of orgOwners) {
			const email = emails.get(owner.user_id);
			if (!email || seen.has(email.toLowerCase())) continue;
			seen.add(email.toLowerCase());
			list.push({ email, locale: localeOf.get(owner.user_id) ?? defaultLocale, userId: owner.user_id });
		}
		out.set(organisationId, list);
	}
	return out;
}
