import { error } from '@sveltejs/kit';
import { translate } from '$lib/i18n';
import { forbidden, requireUser } from '$lib/server/guards';
import { getMunicipality } from '$lib/server/municipalities';
import { organisationWithRole } from './index';

/** The organisation with this slug and the user's role in it; only members get past this point. */
export async function requireMembership(locals: App.Locals, url: URL, slug: string) {
	const user = await requireUser(locals, url);
	const municipality = await getMunicipality(locals.supabase);
	const found = await organisationWithRole(locals.supabase, municipality.id, slug, user.id);
	if (!found) error(404, translate(locals.locale, 'error.not_found'));
	if (!found.role) forbidden(locals.locale);
	return { user, organisation: found.organisation, role: found.role };
}
