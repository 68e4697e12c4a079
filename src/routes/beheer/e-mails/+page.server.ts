import type { PageServerLoad } from './$types';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { failedEmails } from '$lib/server/email';

// Messages of this municipality that failed for good: the admin checks the address or calls.
export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	return { failed: await failedEmails(municipality.id) };
};
