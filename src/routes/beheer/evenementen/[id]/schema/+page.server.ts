import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { nowInAmsterdam } from '$lib/events';
import { currentRound, minutesOf, nextRound, roundTimes, schedulePaths } from '$lib/events/conversations';
import { noShowSchema, scheduleSettingsSchema } from '$lib/schemas/event-schedule';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { getEdition } from '$lib/server/events';
import { makeSchedule, markNoShow, saveScheduleSettings, scheduleSetup } from '$lib/server/events/schedule';
import { conversationsOf, participantsOf } from '$lib/server/events/schedule-view';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';

async function context(locals: App.Locals, url: URL, id: string) {
	await requireMunicipalityAdmin(locals, url);
	const edition = await getEdition(locals.supabase, id);
	const setup = edition ? await scheduleSetup(locals.supabase, edition.id) : null;
	if (!edition || !setup) error(404, translate(locals.locale, 'error.not_found'));
	return { edition, setup };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { edition, setup } = await context(locals, url, params.id);
	const [conversations, participants] = await Promise.all([
		conversationsOf(locals.supabase, edition.id, locals.locale),
		participantsOf(locals.supabase, edition.id)
	]);
	const now = nowInAmsterdam();
	return {
		edition: { id: edition.id, title: edition.title, startsAt: edition.startsAt, endsAt: edition.endsAt },
		settings: { rounds: setup.rounds, tables: setup.tables, minutes: setup.minutes },
		times: roundTimes(setup.startsAt, setup),
		conversations,
		participants,
		current: currentRound(edition, setup, now),
		defaultRound: Math.min(nextRound(edition, setup, now), setup.rounds)
	};
};

export const actions = {
	settings: async ({ locals, url, params, request, cookies }) => {
		const { edition } = await context(locals, url, params.id);
		const parsed = parseForm(scheduleSettingsSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const { rounds, minutes } = parsed.data;
		if (rounds * minutes > minutesOf(edition.endsAt) - minutesOf(edition.startsAt)) {
			const message = translate(locals.locale, 'schedule.error.too_long', {
				start: edition.startsAt,
				end: edition.endsAt
			});
			return fail(400, { values: parsed.values, errors: fieldError('rounds', message) });
		}
		const result = await saveScheduleSettings(locals.supabase, edition.id, parsed.data);
		if (!result.ok)
			return fail(400, {
				values: parsed.values,
				errors: fieldError('form', translate(locals.locale, 'schedule.error.refused'))
			});
		setFlash(cookies, 'schedule.flash.saved');
		redirect(303, schedulePaths.adminSchedule(edition.id));
	},
	make: async ({ locals, url, params, cookies }) => {
		const { edition } = await context(locals, url, params.id);
		const result = await makeSchedule(locals.supabase, edition.id);
		if (!result.ok)
			return fail(400, { errors: fieldError('form', translate(locals.locale, 'schedule.error.refused')) });
		const made = result.value.conversations;
		if (made === 1) setFlash(cookies, 'schedule.flash.made_one');
		else setFlash(cookies, 'schedule.flash.made', { conversations: String(made) });
		redirect(303, schedulePaths.adminSchedule(edition.id));
	},
	noshow: async ({ locals, url, params, request, cookies }) => {
		const { edition, setup } = await context(locals, url, params.id);
		const parsed = parseForm(noShowSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		if (parsed.data.from_round > setup.rounds)
			return fail(400, {
				values: parsed.values,
				errors: fieldError('from_round', translate(locals.locale, 'schedule.error.from'))
			});
		const result = await markNoShow(
			locals.supabase,
			edition.id,
			[parsed.data.registration_id],
			parsed.data.from_round
		);
		if (!result.ok) {
			const field = result.reason === 'not_found' ? 'registration_id' : 'form';
			const key = result.reason === 'not_found' ? 'schedule.error.participant' : 'schedule.error.refused';
			return fail(400, { values: parsed.values, errors: fieldError(field, translate(locals.locale, key)) });
		}
		setFlash(cookies, 'schedule.flash.replanned', { round: String(parsed.data.from_round) });
		redirect(303, schedulePaths.adminSchedule(edition.id));
	}
} satisfies Actions;
