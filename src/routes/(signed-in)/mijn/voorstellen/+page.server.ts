import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { forbidden, requireUser } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/matching/dashboard';
import { notifyMatching } from '$lib/server/matching';
import { dismissProposal, withdrawDismissal } from '$lib/server/matching/decisions';
import { dismissSchema } from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	return await loadDashboard(locals.supabase, user.id, locals.locale);
};

export const actions = {
	dismiss: async ({ locals, url, request, cookies }) => {
		const user = await requireUser(locals, url);
		const parsed = parseForm(dismissSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { request_id, offer_id, organisation_id } = parsed.data;

		// Only on behalf of the user's own organisation; the policy also demands that it is a party.
		const outcome = await dismissProposal(locals.supabase, {
			requestId: request_id,
			offerId: offer_id,
			organisationId: organisation_id,
			userId: user.id
		});
		if (outcome === 'forbidden') forbidden(locals.locale);
		if (outcome === 'gone') {
			return fail(404, { errors: { form: translate(locals.locale, 'proposals.error.pair') } });
		}
		setFlash(cookies, 'proposals.dismissed');
		redirect(303, '/mijn/voorstellen');
	},

	// "Toch interessant": the dismissal goes and the request is matched again, so the pair is back
	// on the next page if it still fits.
	undismiss: async ({ locals, url, request, cookies }) => {
		const user = await requireUser(locals, url);
		const parsed = parseForm(dismissSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { request_id, offer_id, organisation_id } = parsed.data;

		const outcome = await withdrawDismissal(locals.supabase, {
			requestId: request_id,
			offerId: offer_id,
			organisationId: organisation_id,
			userId: user.id
		});
		if (outcome === 'forbidden') forbidden(locals.locale);
		if (outcome === 'gone') {
			return fail(404, { errors: { form: translate(locals.locale, 'proposals.error.pair') } });
		}
		await notifyMatching(request_id);
		setFlash(cookies, 'proposals.undismissed');
		redirect(303, '/mijn/voorstellen');
	}
} satisfies Actions;
