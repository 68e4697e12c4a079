import type { Actions, PageServerLoad } from './$types';
import { LISTING_SECTIONS } from '$lib/listings';
import { loadListing, reportAction } from '$lib/server/listings/detail';

export const load: PageServerLoad = (event) => loadListing(event, LISTING_SECTIONS[event.params.section]);

export const actions = {
	report: reportAction
} satisfies Actions;
