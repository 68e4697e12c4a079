import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { mailDeps } from '$lib/server/email';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { forbidden, requireUser } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/matching/dashboard';
import { notifyMatching } from '$lib/server/matching';
import { dismissProposal, withdrawDismissal } from '$lib/server/matching/decisions';
import { DEALS_PATH, dealPath } from '$lib/deals';
import { refusal } from '$lib/server/deal-pages';
import { startCycleDeals, startDeal } from '$lib/server/deals';
import { cycleSchema, dismissSchema, fitsSchema } from './schema';

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
	},

	/** "Dit past bij ons": starts a deal for the pair (or is the yes to the other side's); the other side is told. */
	deal: async ({ locals, url, request, cookies }) => {
		await requireUser(locals, url);
		const parsed = parseForm(fitsSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await startDeal(
			locals.supabase,
			{
				offerId: parsed.data.offer_id,
				requestId: parsed.data.request_id,
				organisationId: parsed.data.organisation_id
			},
			mailDeps(url.origin)
		);
		if (!result.ok) return fail(400, { errors: { form: refusal(result, locals.locale) } });
		const step = result.value;
		setFlash(
			cookies,
			step.state === 'agreed'
				? 'deals.flash.agreed'
				: step.created
					? 'deals.flash.started'
					: 'deals.flash.accepted'
		);
		redirect(303, dealPath(step.id));
	},

	/** A multi-party round: one deal per leg, linked. */
	cycle: async ({ locals, url, request, cookies }) => {
		await requireUser(locals, url);
		const parsed = parseForm(cycleSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await startCycleDeals(locals.supabase, parsed.data.cycle_id, '', mailDeps(url.origin));
		if (!result.ok) return fail(400, { errors: { form: refusal(result, locals.locale) } });
		setFlash(cookies, 'deals.flash.cycle', { count: String(result.value.length) });
		redirect(303, DEALS_PATH);
	}
} satisfies Actions;
