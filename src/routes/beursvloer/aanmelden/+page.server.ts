import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { eventPaths, registrationState, todayInAmsterdam } from '$lib/events';
import { registrationSchema } from '$lib/schemas/event';
import {
	register,
	registrationOf,
	upcomingEdition,
	updateRegistration,
	withdrawRegistration
} from '$lib/server/events';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { myOrganisations } from '$lib/server/memberships';
import { getMunicipality } from '$lib/server/municipalities';

async function context(locals: App.Locals, url: URL) {
	const user = await requireUser(locals, url);
	const municipality = await getMunicipality(locals.supabase);
	const today = todayInAmsterdam();
	const edition = await upcomingEdition(locals.supabase, municipality.id, today);
	if (!edition) error(404, translate(locals.locale, 'event.none'));
	const organisations = (await myOrganisations(locals.supabase, user.id)).filter(
		(o) => o.kind !== 'municipality'
	);
	return { edition, organisations, state: registrationState(edition, today) };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { edition, organisations, state } = await context(locals, url);
	const chosen = organisations.find((o) => o.id === url.searchParams.get('organisatie')) ?? organisations[0];
	const registration = chosen ? await registrationOf(locals.supabase, edition.id, chosen.id) : null;
	return {
		edition,
		state,
		organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
		chosen: chosen?.id ?? null,
		registration
	};
};

export const actions = {
	save: async ({ locals, url, request, cookies }) => {
		const { edition, organisations } = await context(locals, url);
		const parsed = parseForm(registrationSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { organisation_id: organisationId, people, brings, seeks, arrival_time } = parsed.data;
		if (!organisations.some((o) => o.id === organisationId)) {
			return fail(400, {
				values: parsed.values,
				errors: fieldError('organisation_id', translate(locals.locale, 'event.error.organisation'))
			});
		}
		const entry = { people, brings, seeks, arrivalTime: arrival_time };
		const existing = await registrationOf(locals.supabase, edition.id, organisationId);
		const result = existing
			? await updateRegistration(locals.supabase, existing.id, entry)
			: await register(locals.supabase, edition.id, organisationId, entry);
		if (!result.ok) {
			const key = result.reason === 'duplicate' ? 'event.error.duplicate' : 'event.error.refused';
			return fail(400, { values: parsed.values, errors: fieldError('form', translate(locals.locale, key)) });
		}
		setFlash(cookies, existing ? 'event.flash.updated' : 'event.flash.registered');
		redirect(303, `${eventPaths.register}?organisatie=${organisationId}`);
	},
	withdraw: async ({ locals, url, request, cookies }) => {
		const { edition, organisations } = await context(locals, url);
		const organisationId = String((await request.formData()).get('organisation_id') ?? '');
		if (!organisations.some((o) => o.id === organisationId))
			error(400, translate(locals.locale, 'event.error.organisation'));
		const existing = await registrationOf(locals.supabase, edition.id, organisationId);
		const result = existing
			? await withdrawRegistration(locals.supabase, existing.id)
			: { ok: false as const };
		if (!result.ok)
			return fail(400, { errors: fieldError('form', translate(locals.locale, 'event.error.refused')) });
		setFlash(cookies, 'event.flash.withdrawn');
		redirect(303, `${eventPaths.register}?organisatie=${organisationId}`);
	}
} satisfies Actions;
