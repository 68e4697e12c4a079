import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { listingSchema } from '$lib/schemas/listing';
import { setFlash } from '$lib/server/flash';
import { updateListing } from '$lib/server/listings';
import { parseListingForm, saveFailureErrors } from '$lib/server/listings/form';
import { ownListing } from '$lib/server/listings/owner';
import { notifyMatching } from '$lib/server/matching';
import { getMunicipality, placeSuggestions } from '$lib/server/municipalities';

const text = (value: string | number | null) => (value === null ? '' : String(value));

export const load: PageServerLoad = async (event) => {
	const { listing } = await ownListing(event);
	const municipality = await getMunicipality(event.locals.supabase);
	return {
		listing: { id: listing.id, kind: listing.kind, title: listing.title },
		// The form's own field names and string values, as a failed submit would return them.
		values: {
			title: listing.title,
			description: listing.description,
			category: listing.category,
			amount: listing.amount,
			quantity: text(listing.quantity),
			estimated_hours: text(listing.estimatedHours),
			estimated_value: text(listing.estimatedValue),
			place: listing.place,
			available_from: text(listing.availableFrom),
			available_until: text(listing.availableUntil),
			needed_by: text(listing.neededBy),
			wants_in_return: text(listing.wantsInReturn),
			can_offer_in_return: text(listing.canOfferInReturn)
		},
		placeSuggestions: await placeSuggestions(event.locals.supabase, municipality.id)
	};
};

export const actions = {
	default: async (event) => {
		const { listing } = await ownListing(event);
		const { locals, request, cookies } = event;
		const formData = await request.formData();
		// The kind never changes; the stored one decides which fields count, whatever was posted.
		formData.set('kind', listing.kind);
		const parsed = parseListingForm(listingSchema, formData, locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });

		const result = await updateListing(locals.supabase, listing.id, parsed.data);
		if (!result.ok) {
			const errors = saveFailureErrors(result.reason, listing.kind, locals.locale);
			return fail(400, { values: parsed.values, errors });
		}

		await notifyMatching(listing.id);
		setFlash(cookies, 'market.edit.saved');
		redirect(303, `/mijn/aanbod-en-vragen/${listing.id}`);
	}
} satisfies Actions;
