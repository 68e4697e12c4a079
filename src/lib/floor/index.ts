// The beursvloer on the day (client-safe): shapes, party search, prefill, words and paths. The
// tablet's IndexedDB outbox is ./outbox (browser only, imported by the console page).
export type * from './types';
export * from './parties';
export * from './prefill';
export * from './messages';

export const floorPaths = {
	console: (editionId: string) => `/matchmaken/beursvloer/${editionId}`,
	notaris: (editionId: string) => `/matchmaken/beursvloer/${editionId}/notaris`,
	forms: (editionId: string) => `/matchmaken/beursvloer/${editionId}/formulieren`
} as const;
