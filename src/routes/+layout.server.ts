import type { LayoutServerLoad } from './$types';
import { devInboxUrl, municipalitySlug } from '$lib/server/config';
import { takeFlash } from '$lib/server/flash';
import { getMunicipality, municipalityRoles } from '$lib/server/municipalities';
import { publicClient } from '$lib/server/supabase';
import { themeClass } from '$lib/theme';

export const load: LayoutServerLoad = async ({ locals, cookies, url }) => {
	// Reading url makes this load run on every navigation, so a flash notice shows once.
	void url.pathname;
	const municipality = await getMunicipality(publicClient());
	const flash = takeFlash(cookies);

	let user: App.PageData['user'] = null;
	let isAdmin = false;
	let isStaff = false;
	if (locals.user) {
		// The hook read the profile already, together with the locale.
		user = { email: locals.user.email ?? '', displayName: locals.displayName ?? '' };
		const roles = await municipalityRoles(locals.supabase, locals.user.id, municipality.id);
		isAdmin = roles.includes('admin');
		// Matchmakers and admins both work the matchmaker console.
		isStaff = roles.length > 0;
	}

	return {
		locale: locals.locale,
		user,
		isAdmin,
		isStaff,
		flash: flash.key,
		flashParams: flash.params,
		flashId: flash.id,
		municipalityName: municipality.name,
		themeClass: themeClass(municipalitySlug()),
		devInboxUrl: devInboxUrl()
	};
};
