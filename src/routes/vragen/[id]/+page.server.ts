import type { Actions, PageServerLoad } from './$types';
import { loadListing, reportAction } from '../../aanbod/detail.server';

export const load: PageServerLoad = (event) => loadListing(event, 'request');

export const actions = {
	report: reportAction
} satisfies Actions;
