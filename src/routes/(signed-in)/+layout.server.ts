import type { LayoutServerLoad } from './$types';
import { requireUser } from '$lib/server/guards';

// Everything in this group needs a signed-in user. Actions check again themselves.
export const load: LayoutServerLoad = async ({ locals, url }) => {
	await requireUser(locals, url);
	return {};
};
