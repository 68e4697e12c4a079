import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { dealPath, formEditable, staffActions, stepActions, type DealState } from '$lib/deals';
import { translate } from '$lib/i18n';
import {
	dealContactSchema,
	dealFormMessage,
	respondDealSchema,
	transitionDealSchema
} from '$lib/schemas/deal';
import { refusal } from '$lib/server/deal-pages';
import { getDeal, respondToDeal, transitionDeal, updateDealContact, updateDealForm } from '$lib/server/deals';
import { mailDeps } from '$lib/server/email';
import { setFlash } from '$lib/server/flash';
import { fieldError, parseForm } from '$lib/server/forms';
import { requireUser } from '$lib/server/guards';
import { getMunicipality, municipalityRoles } from '$lib/server/municipalities';
import { dealFormSchema } from '$lib/schemas/deal';

const NEEDS_REASON: DealState[] = ['not_feasible', 'cancelled'];

/** The deal as the reader may see it, or 404; with what the reader may do. */
async function readDeal({ locals, params, url }: Pick<RequestEvent, 'locals' | 'params' | 'url'>) {
	const user = await requireUser(locals, url);
	const deal = await getDeal(locals.supabase, params.id, user.id);
	if (!deal) error(404, translate(locals.locale, 'deal.failure.not_found'));
	let isStaff = false;
	if (!deal.myOrganisationId) {
		const municipality = await getMunicipality(locals.supabase);
		isStaff = (await municipalityRoles(locals.supabase, user.id, municipality.id)).length > 0;
	}
	const steps = deal.myOrganisationId ? stepActions(deal.state) : isStaff ? staffActions(deal.state) : [];
	return { user, deal, steps };
}

export const load: PageServerLoad = async (event) => {
	const { deal, steps } = await readDeal(event);
	const mine = deal.myOrganisationId;
	const mySide = mine === deal.giver.organisationId ? deal.giver : mine ? deal.receiver : null;
	const otherSide = mine === deal.giver.organisationId ? deal.receiver : mine ? deal.giver : null;
	const interested = deal.state === 'interested';
	return {
		deal: {
			id: deal.id,
			state: deal.state,
			giver: deal.giver,
			receiver: deal.receiver,
			offer: deal.offer,
			request: deal.request,
			cycleLeg: deal.cycleGroup ? deal.cycleLeg : null,
			form: deal.form,
			agreedAt: deal.agreedAt,
			createdAt: deal.createdAt,
			socialValue: deal.socialValue,
			rates: deal.rates,
			history: deal.history
		},
		myOrganisationId: mine,
		otherName: otherSide?.name ?? null,
		canAnswer: !!mySide && interested && !mySide.acceptedAt,
		waiting: !!mySide && interested && !!mySide.acceptedAt,
		canEditForm: !!mine && formEditable(deal.state),
		canEditContact: !!mine && (interested || deal.state === 'agreed' || deal.state === 'in_progress'),
		// RLS gives the other party's contact person only from agreement on; the page says so before.
		ownContact: deal.contacts.find((c) => c.organisationId === mine) ?? null,
		otherContacts: deal.contacts.filter((c) => c.organisationId !== mine),
		steps
	};
};

export const actions = {
	answer: async (event) => {
		const { deal } = await readDeal(event);
		const { locals, request, cookies, url } = event;
		const parsed = parseForm(respondDealSchema, await request.formData(), locals.locale, {
			message: dealFormMessage
		});
		if (!parsed.ok) return fail(400, { action: 'answer', values: parsed.values, errors: parsed.errors });
		const result = await respondToDeal(locals.supabase, deal.id, parsed.data, mailDeps(url.origin));
		if (!result.ok) {
			return fail(400, {
				action: 'answer',
				values: parsed.values,
				errors: fieldError('form', refusal(result, locals.locale))
			});
		}
		const state = result.value.state;
		setFlash(
			cookies,
			state === 'agreed'
				? 'deals.flash.agreed'
				: state === 'declined'
					? 'deals.flash.declined'
					: 'deals.flash.accepted'
		);
		redirect(303, dealPath(deal.id));
	},

	form: async (event) => {
		const { deal } = await readDeal(event);
		const { locals, request, cookies } = event;
		const parsed = parseForm(dealFormSchema, await request.formData(), locals.locale, {
			message: dealFormMessage
		});
		if (!parsed.ok) return fail(400, { action: 'form', values: parsed.values, errors: parsed.errors });
		const result = await updateDealForm(locals.supabase, deal.id, parsed.data);
		if (!result.ok) {
			return fail(400, {
				action: 'form',
				values: parsed.values,
				errors: fieldError('form', refusal(result, locals.locale))
			});
		}
		setFlash(cookies, 'deals.flash.form_saved');
		redirect(303, dealPath(deal.id));
	},

	contact: async (event) => {
		const { deal } = await readDeal(event);
		const { locals, request, cookies } = event;
		if (!deal.myOrganisationId) error(403, translate(locals.locale, 'deal.failure.forbidden'));
		const parsed = parseForm(dealContactSchema, await request.formData(), locals.locale, {
			message: dealFormMessage
		});
		if (!parsed.ok) return fail(400, { action: 'contact', values: parsed.values, errors: parsed.errors });
		const result = await updateDealContact(locals.supabase, deal.id, deal.myOrganisationId, parsed.data);
		if (!result.ok) {
			return fail(400, {
				action: 'contact',
				values: parsed.values,
				errors: fieldError('form', refusal(result, locals.locale))
			});
		}
		setFlash(cookies, 'deals.flash.contact_saved');
		redirect(303, dealPath(deal.id));
	},

	step: async (event) => {
		const { deal, steps } = await readDeal(event);
		const { locals, request, cookies } = event;
		const parsed = parseForm(transitionDealSchema, await request.formData(), locals.locale, {
			message: dealFormMessage
		});
		if (!parsed.ok) return fail(400, { action: 'step', values: parsed.values, errors: parsed.errors });
		const { to, reason } = parsed.data;
		if (!steps.includes(to)) {
			return fail(400, {
				action: 'step',
				values: parsed.values,
				errors: fieldError('to', translate(locals.locale, 'deals.error.step'))
			});
		}
		if (NEEDS_REASON.includes(to) && !reason) {
			return fail(400, {
				action: 'step',
				values: parsed.values,
				errors: fieldError('reason', translate(locals.locale, 'deals.error.reason_required'))
			});
		}
		const result = await transitionDeal(locals.supabase, deal.id, { to, reason });
		if (!result.ok) {
			return fail(400, {
				action: 'step',
				values: parsed.values,
				errors: fieldError('form', refusal(result, locals.locale))
			});
		}
		setFlash(cookies, 'deals.flash.state', {
			state: translate(locals.locale, `deal.state.${result.value.state}`).toLowerCase()
		});
		redirect(303, dealPath(deal.id));
	}
} satisfies Actions;
