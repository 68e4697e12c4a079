// Server-side data functions for offers and requests. Every function takes the caller's
// Supabase client, so RLS applies; pages still check authorisation themselves first.
export * from './types';
export { searchListings, searchArgs, pageCount, DEFAULT_PAGE_SIZE } from './search';
export { getListing, listOrganisationListings, listingHistory } from './queries';
export { createListing, updateListing, changeListingState, deleteDraft, expireListings } from './mutations';
export { reportListing, listReports, resolveReport } from './reports';
