import type { Actions, PageServerLoad } from './$types';
import { LISTING_SECTIONS } from '$lib/listings';
import { startDealAction } from '$lib/server/deal-pages/start';
import { loadListing, reportAction } from '$lib/server/listings/detail';

export const load: PageServerLoad = (event) => loadListing(event, LISTING_SECTIONS[event.params.section]);

export const actions = {
	report: reportAction,
	deal: startDealAction
} satisfies Actions;
