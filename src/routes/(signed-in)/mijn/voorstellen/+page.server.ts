import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { forbidden, requireUser } from '$lib/server/guards';
import { loadDashboard } from '$lib/server/matching/dashboard';
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
		const { data: membership, error } = await locals.supabase
			.from('memberships')
			.select('municipality_id')
			.eq('user_id', user.id)
			.eq('organisation_id', organisation_id)
			.maybeSingle();
		if (error) throw new Error(`Loading membership failed: ${error.message}`);
		if (!membership) forbidden(locals.locale);

		// A trigger deletes the proposal in the same transaction, so it is gone on the next load.
		const { error: insertError } = await locals.supabase.from('proposal_dismissals').insert({
			request_id,
			offer_id,
			organisation_id,
			municipality_id: membership.municipality_id,
			dismissed_by: user.id
		});
		// 23505: dismissed before (a second click, another tab): the outcome is the same.
		if (insertError?.code === '42501') forbidden(locals.locale);
		if (insertError?.code === '23503') {
			return fail(404, { errors: { form: translate(locals.locale, 'proposals.error.pair') } });
		}
		if (insertError && insertError.code !== '23505') {
			throw new Error(`Dismissing proposal failed: ${insertError.message}`);
		}
		setFlash(cookies, 'proposals.dismissed');
		redirect(303, '/mijn/voorstellen');
	}
} satisfies Actions;
