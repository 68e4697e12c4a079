import type { PageServerLoad } from './$types';
import { browseListings } from '../aanbod/browse.server';

export const load: PageServerLoad = (event) => browseListings(event, 'request');
