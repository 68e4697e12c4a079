// Starting a deal from a listing's public page ("Interesse" on an offer, "Voorstel doen" on a
// request) and "Markeren als gematcht" on an own listing: both go to the deal page, where the
// two parties fill in the matchformulier together.
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { dealPath } from '$lib/deals';
import { translate } from '$lib/i18n';
import type { ListingKind } from '$lib/listings';
import { dealFormMessage, startDealSchema } from '$lib/schemas/deal';
import { markListingMatched, startDeal } from '$lib/server/deals';
import { mailDeps } from '$lib/server/email';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { getListing } from '$lib/server/listings/queries';
import { isMember, myOrganisations } from '$lib/server/memberships';
import { openListingsOf, refusal, type OwnListingOption } from './index';

export type DealStartView = {
	organisations: { id: string; name: string }[];
	/** The reader's open listings of the other kind, to attach (optional). */
	ownListings: OwnListingOption[];
} | null;

/** What the "Interesse" form on a listing's page offers a signed-in reader who is not its owner. */
export async function dealStartView(
	locals: App.Locals,
	listing: { kind: ListingKind; state: string; organisationId: string }
): Promise<DealStartView> {
	if (!locals.user || listing.state !== 'open') return null;
	const organisations = (await myOrganisations(locals.supabase, locals.user.id)).filter(
		(o) => o.id !== listing.organisationId
	);
	const ownListings = await openListingsOf(
		locals.supabase,
		organisations.map((o) => o.id),
		listing.kind === 'offer' ? 'request' : 'offer'
	);
	return { organisations: organisations.map((o) => ({ id: o.id, name: o.name })), ownListings };
}

/** The form action on a listing's public page: a deal with the listing's organisation. */
export async function startDealAction({
	locals,
	params,
	url,
	request,
	cookies
}: RequestEvent<{ id: string }>) {
	await requireUser(locals, url);
	const listing = await getListing(locals.supabase, params.id);
	if (!listing) error(404, translate(locals.locale, 'error.not_found'));
	const parsed = parseForm(startDealSchema, await request.formData(), locals.locale, {
		message: dealFormMessage
	});
	if (!parsed.ok) return fail(400, { deal: { values: parsed.values, errors: parsed.errors } });
	const own = listing.kind === 'offer' ? parsed.data.request_id : parsed.data.offer_id;
	const result = await startDeal(
		locals.supabase,
		{
			offerId: listing.kind === 'offer' ? listing.id : own,
			requestId: listing.kind === 'request' ? listing.id : own,
			organisationId: parsed.data.organisation_id,
			// Only a listing with a number can promise part of it.
			quantity: listing.quantity === null ? null : parsed.data.quantity,
			message: parsed.data.message
		},
		mailDeps(url.origin)
	);
	if (!result.ok) {
		return fail(400, {
			deal: { values: parsed.values, errors: fieldError('form', refusal(result, locals.locale)) }
		});
	}
	setFlash(
		cookies,
		result.value.state === 'agreed'
			? 'deals.flash.agreed'
			: result.value.created
				? 'deals.flash.started'
				: 'deals.flash.accepted'
	);
	redirect(303, dealPath(result.value.id));
}

/** "Markeren als gematcht" on an own listing: a deal with the organisation named, then its matchformulier. */
export async function markMatchedAction({
	locals,
	params,
	url,
	request,
	cookies
}: RequestEvent<{ id: string }>) {
	const user = await requireUser(locals, url);
	const listing = await getListing(locals.supabase, params.id);
	if (!listing) error(404, translate(locals.locale, 'error.not_found'));
	if (!(await isMember(locals.supabase, listing.organisation.id, user.id))) {
		error(403, translate(locals.locale, 'error.forbidden'));
	}
	const parsed = parseForm(startDealSchema, await request.formData(), locals.locale, {
		message: dealFormMessage
	});
	const counterparty = parsed.ok ? parsed.data.counterparty_id : null;
	if (!parsed.ok || !counterparty) {
		const errors = parsed.ok ? {} : parsed.errors;
		if (!counterparty) errors.counterparty_id = translate(locals.locale, 'deal.error.counterparty');
		return fail(400, { match: { values: parsed.values, errors } });
	}
	const result = await markListingMatched(
		locals.supabase,
		{
			listingId: listing.id,
			kind: listing.kind,
			counterpartyOrganisationId: counterparty,
			quantity: listing.quantity === null ? null : parsed.data.quantity,
			message: parsed.data.message
		},
		mailDeps(url.origin)
	);
	if (!result.ok) {
		return fail(400, {
			match: { values: parsed.values, errors: fieldError('form', refusal(result, locals.locale)) }
		});
	}
	setFlash(cookies, result.value.created ? 'deals.flash.started' : 'deals.flash.accepted');
	redirect(303, dealPath(result.value.id));
}
