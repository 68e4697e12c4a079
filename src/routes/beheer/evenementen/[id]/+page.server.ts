import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { eventPaths, registrationTotals } from '$lib/events';
import { editionSchema } from '$lib/schemas/event';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import {
	editionInput,
	getEdition,
	registrationsOf,
	setEditionFlags,
	updateEdition
} from '$lib/server/events';
import { inviteOrganisations } from '$lib/server/events/bind';
import { renewScoreboardToken, scoreboardLinkView } from '$lib/server/events/scoreboard';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';

async function edition(locals: App.Locals, url: URL, id: string) {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	const found = await getEdition(locals.supabase, id);
	if (!found) error(404, translate(locals.locale, 'error.not_found'));
	return { municipality, edition: found };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { edition: e } = await edition(locals, url, params.id);
	const [registrations, scoreboard] = await Promise.all([
		registrationsOf(locals.supabase, e.id),
		scoreboardLinkView(locals.supabase, e.id, url.origin)
	]);
	return { edition: e, registrations, totals: registrationTotals(registrations), scoreboard };
};

const flag = (flags: { published?: boolean; registrationClosed?: boolean }) =>
	(async ({ locals, url, params, cookies }) => {
		const { edition: e } = await edition(locals, url, params.id);
		const result = await setEditionFlags(locals.supabase, e.id, flags);
		if (!result.ok)
			return fail(400, { errors: fieldError('form', translate(locals.locale, 'event.error.refused')) });
		setFlash(cookies, 'event.admin.flash.changed');
		redirect(303, eventPaths.adminEdition(e.id));
	}) satisfies Actions[string];

export const actions = {
	save: async ({ locals, url, params, request, cookies }) => {
		const { edition: e } = await edition(locals, url, params.id);
		const parsed = parseForm(editionSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await updateEdition(locals.supabase, e.id, editionInput(parsed.data));
		if (!result.ok) {
			return fail(400, {
				values: parsed.values,
				errors: fieldError('form', translate(locals.locale, 'event.error.refused'))
			});
		}
		setFlash(cookies, 'event.admin.flash.saved');
		redirect(303, eventPaths.adminEdition(e.id));
	},
	publish: flag({ published: true }),
	unpublish: flag({ published: false }),
	close: flag({ registrationClosed: true }),
	reopen: flag({ registrationClosed: false }),
	// Through the outbox: one email per organisation address, once per edition.
	invite: async ({ locals, url, params, cookies }) => {
		const { municipality, edition: e } = await edition(locals, url, params.id);
		await inviteOrganisations(municipality.id, e);
		setFlash(cookies, 'event.admin.flash.invited');
		redirect(303, eventPaths.adminEdition(e.id));
	},
	// The projector's secret link: made, or replaced (the old one stops working).
	scoreboard: async ({ locals, url, params, cookies }) => {
		const { edition: e } = await edition(locals, url, params.id);
		const token = await renewScoreboardToken(locals.supabase, e.id);
		if (!token)
			return fail(400, { errors: fieldError('form', translate(locals.locale, 'event.error.refused')) });
		setFlash(cookies, 'scoreboard.admin.flash.renewed');
		redirect(303, eventPaths.adminEdition(e.id));
	}
} satisfies Actions;
