import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { dealFormMessage, ratesSchema } from '$lib/schemas/deal';
import { requireMunicipalityAdmin } from '$lib/server/admin';
import { refusal } from '$lib/server/deal-pages';
import { currentRates, rateHistory, setRates } from '$lib/server/deals';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireMunicipalityAdmin(locals, url);
	const [current, history] = await Promise.all([
		currentRates(locals.supabase, municipality.id),
		rateHistory(locals.supabase, municipality.id)
	]);
	return { current, history };
};

export const actions = {
	default: async ({ locals, url, request, cookies }) => {
		const { municipality } = await requireMunicipalityAdmin(locals, url);
		const parsed = parseForm(ratesSchema, await request.formData(), locals.locale, {
			message: dealFormMessage
		});
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const result = await setRates(locals.supabase, municipality.id, {
			validFrom: parsed.data.valid_from,
			hands: parsed.data.hands,
			expertise: parsed.data.expertise,
			students: parsed.data.students
		});
		if (!result.ok) {
			const field = result.reason === 'rates_in_past' ? 'valid_from' : 'form';
			return fail(400, { values: parsed.values, errors: fieldError(field, refusal(result, locals.locale)) });
		}
		setFlash(cookies, 'deals.flash.rates');
		redirect(303, '/beheer/tarieven');
	}
} satisfies Actions;
