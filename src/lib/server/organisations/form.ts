import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { createOrganisationSchema } from '$lib/schemas/organisation';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { translate } from '$lib/i18n';
import { createOrganisation, QuotaExceededError } from './index';

/** Shared by onboarding (/welkom) and /mijn/organisaties/nieuw: both show the same form. */
export async function createOrganisationFromForm(event: RequestEvent) {
	const { locals, request, cookies, url } = event;
	const user = await requireUser(locals, url);
	const parsed = parseForm(createOrganisationSchema, await request.formData(), locals.locale);
	if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });

	const { kind, ...profile } = parsed.data;
	let organisation: { slug: string };
	try {
		organisation = await createOrganisation(locals.supabase, user.id, kind, profile);
	} catch (e) {
		if (!(e instanceof QuotaExceededError)) throw e;
		const errors = { form: translate(locals.locale, 'error.quota') };
		return fail(429, { values: parsed.values, errors });
	}
	setFlash(cookies, 'org.created');
	redirect(303, `/mijn/organisaties/${organisation.slug}`);
}
