import { isUuid } from './errors';
import { loose, type Client, type ListingDetail, type ListingEvent, type ListingSummary } from './types';
import type { ListingState } from '$lib/schemas/listing';
import { searchListings } from './search';

const DETAIL_COLUMNS = `id, kind, state, effective_state, category, title, description, amount, estimated_hours,
	estimated_value, place, latitude, longitude, available_from, available_until, needed_by, ends_on,
	wants_in_return, can_offer_in_return, published_at, created_at, updated_at, municipality_id,
	organisation:organisations!listings_organisation_id_fkey ( id, name, slug, kind, place )`;

interface DetailRow {
	id: string;
	kind: ListingDetail['kind'];
	state: ListingState;
	effective_state: ListingState;
	category: ListingDetail['category'];
	title: string;
	description: string;
	amount: string;
	estimated_hours: number | string | null;
	estimated_value: number | string | null;
	place: string;
	latitude: number;
	longitude: number;
	available_from: string | null;
	available_until: string | null;
	needed_by: string | null;
	ends_on: string | null;
	wants_in_return: string | null;
	can_offer_in_return: string | null;
	published_at: string | null;
	created_at: string;
	updated_at: string;
	municipality_id: string;
	organisation: ListingDetail['organisation'];
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/** One listing as its detail page shows it, or null when it does not exist or RLS hides it. */
export async function getListing(client: Client, id: string): Promise<ListingDetail | null> {
	if (!isUuid(id)) return null;
	const { data, error } = await loose(client)
		.from('listings')
		.select(DETAIL_COLUMNS)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`Loading listing failed: ${error.message}`);
	if (!data) return null;
	const r = data as unknown as DetailRow;
	return {
		id: r.id,
		kind: r.kind,
		state: r.effective_state,
		category: r.category,
		title: r.title,
		description: r.description,
		amount: r.amount,
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
 * An organisation's listings, newest first. The public organisation page asks for open ones;
 * the organisation's own dashboard asks for every state (RLS shows them to members only).
 */
export async function listOrganisationListings(
	client: Client,
	organisationId: string,
	{
		states = ['open'],
		page = 1,
		pageSize = 50
	}: { states?: ListingState[]; page?: number; pageSize?: number } = {}
): Promise<{ items: ListingSummary[]; total: number }> {
	if (!isUuid(organisationId)) return { items: [], total: 0 };
	const result = await searchListings(client, { organisationId, states, sort: 'newest', page, pageSize });
	return { items: result.items, total: result.total };
}

/** The change history of a listing, oldest first; empty for those who may not see it (RLS). */
export async function listingHistory(client: Client, listingId: string): Promise<ListingEvent[]> {
	if (!isUuid(listingId)) return [];
	const { data, error } = await loose(client)
		.from('listing_events')
		.select(
			'id, action, actor_id, actor_role, old_state, new_state, changed_fields, old_values, new_values, created_at'
		)
		.eq('listing_id', listingId)
		.order('id', { ascending: true });
	if (error) throw new Error(`Loading listing history failed: ${error.message}`);
	return (data ?? []).map((r) => ({
		id: Number(r.id),
		action: r.action,
		actorId: r.actor_id,
		actorRole: r.actor_role,
		oldState: r.old_state,
		newState: r.new_state,
		changedFields: r.changed_fields,
		oldValues: r.old_values,
		newValues: r.new_values,
		createdAt: r.created_at
	}));
}
