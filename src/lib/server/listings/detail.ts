import { error, fail, redirect, type RequestEvent, type ServerLoadEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { listingPath, type ListingKind, type PublicListing } from '$lib/listings';
import { reportSchema } from '$lib/schemas/listing';
import { setFlash } from '$lib/server/flash';
import { fieldError } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { dealStartView } from '$lib/server/deal-pages/start';
import { isMember } from '$lib/server/memberships';
import { parseListingForm } from './form';
import { getListing } from './queries';
import { reportListing } from './reports';

type Event = Pick<ServerLoadEvent<{ id: string }>, 'locals' | 'params' | 'url'>;

/** The public page of one listing. Open listings for everyone; other states only for members and admins (RLS). */
export async function loadListing({ locals, params, url }: Event, kind: ListingKind) {
	const listing = await getListing(locals.supabase, params.id);
	if (!listing) error(404, translate(locals.locale, 'error.not_found'));
	// An offer opened under /vragen (or the other way round): send people to its real address.
	if (listing.kind !== kind) redirect(308, listingPath(listing.kind, listing.id) + url.search);

	const user = locals.user;
	const shown: PublicListing = {
		id: listing.id,
		kind: listing.kind,
		state: listing.state,
		category: listing.category,
		title: listing.title,
		description: listing.description,
		amount: listing.amount,
		quantity: listing.quantity,
		promisedQuantity: listing.promisedQuantity,
		estimatedHours: listing.estimatedHours,
		estimatedValue: listing.estimatedValue,
		place: listing.place,
		availableFrom: listing.availableFrom,
		availableUntil: listing.availableUntil,
		neededBy: listing.neededBy,
		wantsInReturn: listing.wantsInReturn,
		canOfferInReturn: listing.canOfferInReturn,
		publishedAt: listing.publishedAt,
		// Name and public profile only: contact details are shared after an agreed match.
		organisation: { name: listing.organisation.name, slug: listing.organisation.slug }
	};
	const canManage = user ? await isMember(locals.supabase, listing.organisation.id, user.id) : false;
	return {
		listing: shown,
		canManage,
		signedIn: !!user,
		// "Interesse" / "Voorstel doen": a deal with the listing's organisation, for other organisations.
		dealStart: canManage
			? null
			: await dealStartView(locals, {
					kind: listing.kind,
					state: listing.state,
					organisationId: listing.organisation.id
				})
	};
}

/** Anyone signed in reports a listing to the municipality, with a reason. */
export async function reportAction({ locals, params, url, request, cookies }: RequestEvent<{ id: string }>) {
	const user = await requireUser(locals, url);
	const parsed = parseListingForm(reportSchema, await request.formData(), locals.locale);
	if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });

	const result = await reportListing(locals.supabase, {
		listingId: params.id,
		userId: user.id,
		reason: parsed.data.reason
	});
	if (!result.ok) {
		if (result.reason === 'not_found') error(404, translate(locals.locale, 'error.not_found'));
		const message =
			result.reason === 'already_reported'
				? translate(locals.locale, 'market.report.already')
				: translate(locals.locale, result.reason === 'quota_exceeded' ? 'error.quota' : 'error.generic');
		return fail(400, { values: parsed.values, errors: fieldError('reason', message) });
	}
	setFlash(cookies, 'market.report.sent');
	redirect(303, url.pathname);
}
