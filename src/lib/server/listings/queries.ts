import type { Json } from '$lib/database.types';
import { isUuid } from './errors';
import type { Client, ListingDetail, ListingEvent } from './types';
import type { ListingState } from '$lib/listings';
import { searchListings, type SearchResultWithCap } from './search';

const DETAIL_COLUMNS = `id, kind, state, effective_state, category, title, description, amount, quantity, promised_quantity, estimated_hours,
	estimated_value, place, latitude, longitude, available_from, available_until, needed_by, ends_on,
	wants_in_return, can_offer_in_return, published_at, created_at, updated_at, municipality_id,
	organisation:organisations!listings_organisation_id_fkey ( id, name, slug, kind, place )`;

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

const EVENT_ACTIONS = ['created', 'updated', 'state_changed', 'deleted'] as const;

/** listing_events.action is text with a check constraint, which the generated types call string. */
function eventAction(action: string): ListingEvent['action'] {
	const known = EVENT_ACTIONS.find((a) => a === action);
	if (!known) throw new Error(`Unknown listing event action: ${action}`);
	return known;
}

/** old_values/new_values are jsonb objects (written by the history trigger), generated as any Json. */
function jsonObject(value: Json): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** One listing as its detail page shows it, or null when it does not exist or RLS hides it. */
export async function getListing(client: Client, id: string): Promise<ListingDetail | null> {
	if (!isUuid(id)) return null;
	const { data, error } = await client.from('listings').select(DETAIL_COLUMNS).eq('id', id).maybeSingle();
	if (error) throw new Error(`Loading listing failed: ${error.message}`);
	if (!data) return null;
	const r = data;
	return {
		id: r.id,
		kind: r.kind,
		// A computed column (public.effective_state), generated as nullable; it never is for a row.
		state: r.effective_state ?? r.state,
		category: r.category,
		title: r.title,
		description: r.description,
		amount: r.amount,
		quantity: r.quantity,
		// A computed column (public.promised_quantity), generated as nullable; it never is for a row.
		promisedQuantity: r.promised_quantity ?? 0,
		estimatedHours: num(r.estimated_hours),
		estimatedValue: num(r.estimated_value),
		place: r.place,
		latitude: r.latitude,
		longitude: r.longitude,
		availableFrom: r.available_from,
		availableUntil: r.available_until,
		neededBy: r.needed_by,
		endsOn: r.ends_on,
		wantsInReturn: r.wants_in_return,
		canOfferInReturn: r.can_offer_in_return,
		publishedAt: r.published_at,
		createdAt: r.created_at,
		updatedAt: r.updated_at,
		municipalityId: r.municipality_id,
		organisation: r.organisation
	};
}

/**
 * An organisation's listings: newest first, or best match first for words to look for. The
 * public organisation page asks for open ones; the organisation's own list asks for every
 * state or one (RLS shows the others to members only).
 */
export async function listOrganisationListings(
	client: Client,
	organisationId: string,
	{
		states = ['open'],
		query = '',
		page = 1,
		pageSize = 50
	}: { states?: ListingState[]; query?: string; page?: number; pageSize?: number } = {}
): Promise<SearchResultWithCap> {
	if (!isUuid(organisationId))
		return { items: [], total: 0, totalIsCapped: false, page: 1, pageSize, pages: 1 };
	return searchListings(client, { organisationId, states, query, page, pageSize });
}

/** The change history of a listing, oldest first; empty for those who may not see it (RLS). */
export async function listingHistory(client: Client, listingId: string): Promise<ListingEvent[]> {
	if (!isUuid(listingId)) return [];
	const { data, error } = await client
		.from('listing_events')
		.select(
			'id, action, actor_id, actor_role, old_state, new_state, changed_fields, old_values, new_values, created_at'
		)
		.eq('listing_id', listingId)
		.order('id', { ascending: true });
	if (error) throw new Error(`Loading listing history failed: ${error.message}`);
	return data.map((r) => ({
		id: Number(r.id),
		action: eventAction(r.action),
		actorId: r.actor_id,
		actorRole: r.actor_role,
		oldState: r.old_state,
		newState: r.new_state,
		changedFields: r.changed_fields,
		oldValues: jsonObject(r.old_values),
		newValues: jsonObject(r.new_values),
		createdAt: r.created_at
	}));
}
