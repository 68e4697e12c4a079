import type { PageServerLoad } from './$types';
import { browseListings } from './browse.server';

export const load: PageServerLoad = (event) => browseListings(event, 'offer');
