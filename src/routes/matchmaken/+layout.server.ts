import type { LayoutServerLoad } from './$types';
import { requireStaff } from '$lib/server/matching/staff';

// Municipality staff only (admins and matchmakers); everyone else gets a 403. Actions check again.
export const load: LayoutServerLoad = async ({ locals, url }) => {
	await requireStaff(locals, url);
	return {};
};
