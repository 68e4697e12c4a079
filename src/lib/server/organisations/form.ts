import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { createOrganisationSchema } from '$lib/schemas/organisation';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { translate } from '$lib/i18n';
import {
	createOrganisation,
	DuplicateKvkError,
	municipalityOfUser,
	QuotaExceededError,
	similarOrganisations
} from './index';

/**
 * Shared by onboarding (/welkom) and /mijn/organisaties/nieuw: both show the same form.
 * An organisation that exists already is pointed out before a second one is founded: the same
 * KvK number is refused (unique per municipality), a (nearly) identical or similar name is a
 * warning the founder may confirm for exactly that name.
 */
export async function createOrganisationFromForm(event: RequestEvent) {
	const { locals, request, cookies, url } = event;
	const user = await requireUser(locals, url);
	const parsed = parseForm(createOrganisationSchema, await request.formData(), locals.locale);
	if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });

	const { kind, confirm_similar, ...profile } = parsed.data;
	const municipalityId = await municipalityOfUser(locals.supabase, user.id);
	const similar = await similarOrganisations(
		locals.supabase,
		municipalityId,
		profile.name,
		profile.kvk_number
	);
	const sameKvk = similar.find((o) => o.sameKvkNumber);
	const kvkTaken = (name: string) =>
		fail(400, {
			values: parsed.values,
			errors: { kvk_number: translate(locals.locale, 'org.create.kvk_taken', { name }) },
			similar: similar.filter((o) => o.sameKvkNumber),
			confirmName: null
		});
	if (sameKvk) return kvkTaken(sameKvk.name);
	if (similar.length && confirm_similar !== profile.name) {
		return fail(400, { values: parsed.values, errors: {}, similar, confirmName: profile.name });
	}

	let organisation: { slug: string };
	try {
		organisation = await createOrganisation(locals.supabase, user.id, kind, profile, municipalityId);
	} catch (e) {
		// Founded by someone else between our look and our insert.
		if (e instanceof DuplicateKvkError) {
			const now = await similarOrganisations(
				locals.supabase,
				municipalityId,
				profile.name,
				profile.kvk_number
			);
			return kvkTaken(now.find((o) => o.sameKvkNumber)?.name ?? profile.kvk_number ?? '');
		}
		if (!(e instanceof QuotaExceededError)) throw e;
		const errors = { form: translate(locals.locale, 'error.quota') };
		return fail(429, { values: parsed.values, errors });
	}
	setFlash(cookies, 'org.created');
	redirect(303, `/mijn/organisaties/${organisation.slug}`);
}
