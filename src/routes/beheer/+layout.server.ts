import type { LayoutServerLoad } from './$types';
import { requireMunicipalityAdmin } from '$lib/server/admin';

// Only admins of this deployment's municipality; everyone else gets a 403.
export const load: LayoutServerLoad = async ({ locals, url }) => {
	await requireMunicipalityAdmin(locals, url);
	return {};
};
