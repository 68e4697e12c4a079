import type { Actions, PageServerLoad } from './$types';
import { loadListing, reportAction } from '../detail.server';

export const load: PageServerLoad = (event) => loadListing(event, 'offer');

export const actions = {
	report: reportAction
} satisfies Actions;
