import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { ownerActions, toHistoryEntry } from '$lib/listings';
import { counterpartyOptions } from '$lib/server/deal-pages';
import { markMatchedAction } from '$lib/server/deal-pages/start';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { changeListingState, deleteDraft, listingHistory } from '$lib/server/listings';
import { ownListing } from '$lib/server/listings/owner';
import { notifyMatching } from '$lib/server/matching';
import { stateChangeSchema } from './schema';

export const load: PageServerLoad = async (event) => {
	const { user, listing } = await ownListing(event);
	const history = await listingHistory(event.locals.supabase, listing.id);
	return {
		listing: {
			id: listing.id,
			kind: listing.kind,
			state: listing.state,
			title: listing.title,
			category: listing.category,
			place: listing.place,
			endsOn: listing.endsOn,
			quantity: listing.quantity,
			promisedQuantity: listing.promisedQuantity,
			organisation: { name: listing.organisation.name, slug: listing.organisation.slug }
		},
		// "Markeren als gematcht" goes through a deal with a named organisation (the form below), not a bare state change.
		actions: ownerActions(listing.state).filter((s) => s !== 'matched'),
		canMarkMatched: listing.state === 'open' || listing.state === 'paused',
		counterparties:
			listing.state === 'open' || listing.state === 'paused'
				? await counterpartyOptions(event.locals.supabase, listing.municipalityId, listing.organisation.id)
				: [],
		history: history.map((e) => toHistoryEntry(e, user.id))
	};
};

export const actions = {
	state: async (event) => {
		const { listing } = await ownListing(event);
		const { locals, request, cookies } = event;
		const parsed = parseForm(stateChangeSchema, await request.formData(), locals.locale);
		if (!parsed.ok || parsed.data.to === 'matched' || !ownerActions(listing.state).includes(parsed.data.to)) {
			return fail(400, { message: translate(locals.locale, 'market.manage.invalid_transition') });
		}
		const result = await changeListingState(locals.supabase, listing.id, parsed.data.to);
		if (!result.ok) {
			const key =
				result.reason === 'ends_in_past' ? 'market.manage.ends_in_past' : 'market.manage.invalid_transition';
			return fail(400, { message: translate(locals.locale, key) });
		}
		await notifyMatching(listing.id);
		setFlash(cookies, 'market.manage.changed', {
			state: translate(locals.locale, `market.state.${result.value.state}`).toLowerCase()
		});
		redirect(303, `/mijn/aanbod-en-vragen/${listing.id}`);
	},

	match: markMatchedAction,

	delete: async (event) => {
		const { listing } = await ownListing(event);
		const result = await deleteDraft(event.locals.supabase, listing.id);
		if (!result.ok) {
			return fail(400, { message: translate(event.locals.locale, 'market.manage.invalid_transition') });
		}
		setFlash(event.cookies, 'market.manage.deleted');
		redirect(303, '/mijn/aanbod-en-vragen');
	}
} satisfies Actions;
