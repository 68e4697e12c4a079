import type { ListingState } from '$lib/listings';
import type { ListingValues } from '$lib/schemas/listing';
import { failure, fromDbError, isUuid } from './errors';
import type { Client, Result } from './types';

/** The columns a form may write; kind is fixed at creation, state changes go through changeListingState. */
function editableColumns(values: ListingValues) {
	return {
		title: values.title,
		description: values.description,
		category: values.category,
		amount: values.amount,
		...('quantity' in values ? { quantity: values.quantity } : {}),
		estimated_hours: values.estimated_hours,
		estimated_value: values.estimated_value,
		place: values.place,
		latitude: values.latitude,
		longitude: values.longitude,
		available_from: values.available_from,
		available_until: values.available_until,
		needed_by: values.needed_by,
		wants_in_return: values.wants_in_return,
		can_offer_in_return: values.can_offer_in_return
	};
}

/**
 * Posts a listing for an organisation, as the signed-in user. RLS refuses it unless the
 * user is a member; the municipality is taken from the organisation by the database.
 */
export async function createListing(
	client: Client,
	input: { organisationId: string; municipalityId: string; userId: string; values: ListingValues }
): Promise<Result<{ id: string }>> {
	if (!isUuid(input.organisationId)) return failure('not_found', 'unknown organisation');
	const { data, error } = await client
		.from('listings')
		.insert({
			...editableColumns(input.values),
			kind: input.values.kind,
			state: input.values.state,
			organisation_id: input.organisationId,
			municipality_id: input.municipalityId,
			created_by: input.userId
		})
		.select('id')
		.single();
	if (error) return fromDbError(error, 'Creating listing');
	return { ok: true, value: { id: data.id } };
}

/**
 * Saves an edited listing. The kind cannot change (the database refuses); a listing whose
 * kind differs from the form's is refused here too, so a stale form cannot mix fields.
 */
export async function updateListing(
	client: Client,
	id: string,
	values: ListingValues
): Promise<Result<{ id: string }>> {
	if (!isUuid(id)) return failure('not_found', 'unknown listing');
	const { data, error } = await client
		.from('listings')
		.update(editableColumns(values))
		.eq('id', id)
		.eq('kind', values.kind)
		.select('id');
	if (error) return fromDbError(error, 'Updating listing');
	// RLS hides rows the user may not change: no row updated means not found for them.
	if (!data?.length) return failure('not_found', 'listing not found or not editable');
	return { ok: true, value: { id } };
}

/** Publish, pause, close, reopen or mark matched; the database enforces the allowed transitions. */
export async function changeListingState(
	client: Client,
	id: string,
	to: ListingState
): Promise<Result<{ state: ListingState }>> {
	if (!isUuid(id)) return failure('not_found', 'unknown listing');
	const { data, error } = await client.from('listings').update({ state: to }).eq('id', id).select('state');
	if (error) return fromDbError(error, 'Changing listing state');
	if (!data?.length) return failure('not_found', 'listing not found or not editable');
	// The trigger may have turned it into "expired" (its end date has passed).
	return { ok: true, value: { state: data[0].state } };
}

/** Deletes a draft; published listings are closed instead, so their history stays meaningful. */
export async function deleteDraft(client: Client, id: string): Promise<Result<null>> {
	if (!isUuid(id)) return failure('not_found', 'unknown listing');
	const { data, error } = await client
		.from('listings')
		.delete()
		.eq('id', id)
		.eq('state', 'draft')
		.select('id');
	if (error) return fromDbError(error, 'Deleting draft');
	if (!data?.length) return failure('not_found', 'draft not found or not deletable');
	return { ok: true, value: null };
}

/** Marks listings past their end date as expired. Needs the service-role client (a job). */
export async function expireListings(adminClient: Client): Promise<number> {
	const { data, error } = await adminClient.rpc('expire_listings');
	if (error) throw new Error(`Expiring listings failed: ${error.message}`);
	return Number(data ?? 0);
}
