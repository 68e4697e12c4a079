import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { defaultKind, kindFromParam } from '$lib/listings';
import { listingSchema } from '$lib/schemas/listing';
import { setFlash } from '$lib/server/flash';
import { requireUser } from '$lib/server/guards';
import { createListing } from '$lib/server/listings';
import { parseListingForm, saveFailureErrors } from '$lib/server/listings/form';
import { notifyMatching } from '$lib/server/matching';
import { myOrganisations } from '$lib/server/memberships';
import { getMunicipality, placeSuggestions } from '$lib/server/municipalities';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const [organisations, municipality] = await Promise.all([
		myOrganisations(locals.supabase, user.id),
		getMunicipality(locals.supabase)
	]);
	const chosen =
		organisations.find((o) => o.slug === url.searchParams.get('organisatie')) ?? organisations[0];
	return {
		organisations: organisations.map((o) => ({ id: o.id, name: o.name, slug: o.slug })),
		organisationId: chosen?.id ?? null,
		organisationSlug: chosen?.slug ?? null,
		// Either kind may post either; the default follows the organisation (businesses offer).
		kind: kindFromParam(url.searchParams.get('soort')) ?? defaultKind(chosen),
		placeSuggestions: await placeSuggestions(locals.supabase, municipality.id)
	};
};

export const actions = {
	default: async ({ locals, url, request, cookies }) => {
		const user = await requireUser(locals, url);
		const formData = await request.formData();
		const organisations = await myOrganisations(locals.supabase, user.id);
		const organisation = organisations.find((o) => o.id === formData.get('organisation_id'));
		const parsed = parseListingForm(listingSchema, formData, locals.locale);
		if (!parsed.ok || !organisation) {
			const errors = parsed.ok ? {} : parsed.errors;
			if (!organisation)
				errors.organisation_id = translate(locals.locale, 'market.new.organisation_required');
			return fail(400, { values: parsed.values, errors });
		}

		const municipality = await getMunicipality(locals.supabase);
		const result = await createListing(locals.supabase, {
			organisationId: organisation.id,
			municipalityId: municipality.id,
			userId: user.id,
			values: parsed.data
		});
		if (!result.ok) {
			const errors = saveFailureErrors(result.reason, parsed.data.kind, locals.locale);
			return fail(400, { values: parsed.values, errors });
		}

		await notifyMatching(result.value.id);
		setFlash(cookies, parsed.data.state === 'open' ? 'market.new.created_open' : 'market.new.created_draft');
		redirect(303, `/mijn/aanbod-en-vragen/${result.value.id}`);
	}
} satisfies Actions;
