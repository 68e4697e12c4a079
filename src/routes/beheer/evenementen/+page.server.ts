import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { eventPaths } from '$lib/events';
import { editionSchema } from '$lib/schemas/event';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { createEdition, editionInput, listEditions } from '$lib/server/events';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	return { editions: await listEditions(locals.supabase, municipality.id) };
};

export const actions = {
	default: async ({ locals, url, request, cookies }) => {
		const { municipality } = await requireMunicipalityAdmin(locals, url);
		const parsed = parseForm(editionSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await createEdition(locals.supabase, municipality.id, editionInput(parsed.data));
		if (!result.ok) {
			return fail(400, {
				values: parsed.values,
				errors: fieldError('form', translate(locals.locale, 'event.error.refused'))
			});
		}
		setFlash(cookies, 'event.admin.flash.saved');
		redirect(303, eventPaths.adminEdition(result.value));
	}
} satisfies Actions;
