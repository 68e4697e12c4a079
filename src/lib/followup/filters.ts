// The follow-up list's filter in the URL (?status=&categorie=&te-laat=ja&editie=), validated with zod:
// anything unknown is ignored (the list shows all), so a shared or edited link never fails.
import { z } from 'zod';
import { LISTING_CATEGORIES } from '$lib/listings';
import type { FollowupFilters } from './types';
import { OPEN_STATES } from './vocabulary';

export const followupFiltersSchema = z.object({
	status: z.enum(OPEN_STATES).optional().catch(undefined),
	categorie: z.enum(LISTING_CATEGORIES).optional().catch(undefined),
	'te-laat': z.literal('ja').optional().catch(undefined),
	// The beursvloer edition whose matches to show (its id).
	editie: z.uuid().optional().catch(undefined)
});

export function parseFollowupFilters(params: URLSearchParams): FollowupFilters {
	const parsed = followupFiltersSchema.parse({
		status: params.get('status') ?? undefined,
		categorie: params.get('categorie') ?? undefined,
		'te-laat': params.get('te-laat') ?? undefined,
		editie: params.get('editie') ?? undefined
	});
	return {
		state: parsed.status ?? null,
		category: parsed.categorie ?? null,
		overdue: parsed['te-laat'] === 'ja',
		edition: parsed.editie
	};
}

/** The same filter as a query string (for the CSV link), without empty parts. */
export function followupFilterQuery(filters: FollowupFilters): string {
	const q = new URLSearchParams();
	if (filters.state) q.set('status', filters.state);
	if (filters.category) q.set('categorie', filters.category);
	if (filters.overdue) q.set('te-laat', 'ja');
	if (filters.edition) q.set('editie', filters.edition);
	const s = q.toString();
	return s ? `?${s}` : '';
}

/** The keurmerk setting's form: a checkbox, sent as "ja" when ticked. */
export const keurmerkSchema = z.object({ keurmerk_public: z.literal('ja').optional() });
