// The beursvloer on the day (client-safe): shapes, party search, prefill, refusals and paths. The
// tablet's IndexedDB outbox is ./outbox (browser only, imported by the console page).
export type * from './types';
export * from './parties';
export * from './prefill';

export const floorPaths = {
	console: (editionId: string) => `/matchmaken/beursvloer/${editionId}`,
	notaris: (editionId: string) => `/matchmaken/beursvloer/${editionId}/notaris`,
	forms: (editionId: string) => `/matchmaken/beursvloer/${editionId}/formulieren`
} as const;

/** The refusals of the floor's RPCs; each has its floor.failure.* text. */
export const FLOOR_FAILURES = [
	'not_found',
	'party_not_found',
	'corner_not_found',
	'listing_mismatch',
	'remark_required',
	'already_ratified',
	'insufficient_quantity',
	'listing_taken',
	'listing_unavailable',
	'invalid',
	'forbidden'
] as const;
export type FloorFailure = (typeof FLOOR_FAILURES)[number];
