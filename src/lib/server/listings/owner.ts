import { error, type ServerLoadEvent } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { forbidden, requireUser } from '$lib/server/guards';
import { isMember } from '$lib/server/memberships';
import { getListing } from './queries';

/**
 * The listing and the signed-in user, for members of its organisation only. Municipality
 * admins can read every listing (RLS) but moderate from /beheer, not from here.
 */
export async function ownListing({
	locals,
	params,
	url
}: Pick<ServerLoadEvent<{ id: string }>, 'locals' | 'params' | 'url'>) {
	const user = await requireUser(locals, url);
	const listing = await getListing(locals.supabase, params.id);
	if (!listing) error(404, translate(locals.locale, 'error.not_found'));
	if (!(await isMember(locals.supabase, listing.organisation.id, user.id))) forbidden(locals.locale);
	return { user, listing };
}
