import type { PageServerLoad } from './$types';
import { LISTING_SECTIONS } from '$lib/listings';
import { browseListings } from '$lib/server/listings/browse';

export const load: PageServerLoad = async (event) => {
	const kind = LISTING_SECTIONS[event.params.section];
	return { kind, ...(await browseListings(event, kind)) };
};
