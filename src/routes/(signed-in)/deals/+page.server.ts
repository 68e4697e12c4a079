import type { PageServerLoad } from './$types';
import { dealPath } from '$lib/deals';
import { dealTotals, listDealsForOrganisation } from '$lib/server/deals';
import { requireUser } from '$lib/server/guards';
import { myOrganisations } from '$lib/server/memberships';

/** The deals of each of the user's organisations, newest first, with their totals. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const organisations = await myOrganisations(locals.supabase, user.id);
	return {
		organisations: await Promise.all(
			organisations.map(async (o) => {
				const deals = await listDealsForOrganisation(locals.supabase, o.id);
				const totals = dealTotals(deals);
				return {
					id: o.id,
					name: o.name,
					promised: totals.promised,
					socialValue: totals.socialValue,
					deals: deals.map((d) => {
						const other = d.giver.organisationId === o.id ? d.receiver : d.giver;
						return {
							id: d.id,
							href: dealPath(d.id),
							state: d.state,
							with: other.name,
							what: d.form.whatGiven || d.offer?.title || d.request?.title || '',
							value: d.socialValue.total,
							createdAt: d.createdAt
						};
					})
				};
			})
		)
	};
};
