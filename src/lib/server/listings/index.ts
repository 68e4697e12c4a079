// Server-side data functions for offers and requests. Every function takes the caller's
// Supabase client, so RLS applies; pages still check authorisation themselves first. The page
// helpers (browse, detail, owner, form) are imported by path: they bring SvelteKit and the
// environment along, which the integration tests driving this index must not need.
export * from './types';
export { searchListings, searchArgs, pageCount, suggestSearch, DEFAULT_PAGE_SIZE } from './search';
export { getListing, listOrganisationListings, listingHistory } from './queries';
export { createListing, updateListing, changeListingState, deleteDraft, expireListings } from './mutations';
export { reportListing, listReports, resolveReport } from './reports';
