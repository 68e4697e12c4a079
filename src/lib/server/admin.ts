import { forbidden, requireUser } from './guards';
import { getMunicipality, isMunicipalityAdmin } from '$lib/server/municipalities';

/** Signed in and an admin of the municipality this deployment serves, or 403. */
export async function requireMunicipalityAdmin(locals: App.Locals, url: URL) {
	const user = await requireUser(locals, url);
	const municipality = await getMunicipality(locals.supabase);
	if (!(await isMunicipalityAdmin(locals.supabase, user.id, municipality.id))) forbidden(locals.locale);
	return { user, municipality };
}
