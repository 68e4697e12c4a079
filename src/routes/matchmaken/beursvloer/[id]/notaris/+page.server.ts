import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { socialValue } from '$lib/deals';
import { translate } from '$lib/i18n';
import { floorDecisionSchema } from '$lib/schemas/floor';
import { currentRates } from '$lib/server/deals';
import { mailDeps } from '$lib/server/email';
import { getEdition } from '$lib/server/events';
import { decideMatch, listMatches } from '$lib/server/floor';
import { parseForm } from '$lib/server/forms';
import { requireStaff } from '$lib/server/matching/staff';

async function edition(locals: App.Locals, url: URL, id: string) {
	const { municipality } = await requireStaff(locals, url);
	const found = await getEdition(locals.supabase, id);
	if (!found) error(404, translate(locals.locale, 'error.not_found'));
	return { municipality, edition: found };
}

// The notaris's queue: the forms waiting, oldest first, each with its social value at today's
// rates (a ratified deal keeps the rates of that day).
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { municipality, edition: e } = await edition(locals, url, params.id);
	const [waiting, rates] = await Promise.all([
		listMatches(locals.supabase, e.id, { state: 'submitted' }),
		currentRates(locals.supabase, municipality.id)
	]);
	return {
		edition: { id: e.id, title: e.title },
		forms: waiting.map((m) => ({
			id: m.id,
			giverName: m.giverName,
			receiverName: m.receiverName,
			cornerName: m.cornerName,
			category: m.category,
			whatGiven: m.whatGiven,
			inReturn: m.inReturn,
			quantity: m.quantity,
			hoursHands: m.hoursHands,
			hoursExpertise: m.hoursExpertise,
			hoursStudents: m.hoursStudents,
			materialsValue: m.materialsValue,
			otherCosts: m.otherCosts,
			recordedAt: m.recordedAt,
			value: rates ? socialValue(m, rates).total : null
		}))
	};
};

const decide = (ratify: boolean) =>
	(async ({ locals, url, params, request }) => {
		await edition(locals, url, params.id);
		const parsed = parseForm(floorDecisionSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { matchId: null, errors: parsed.errors });
		const { match_id: matchId, remark } = parsed.data;
		const result = await decideMatch(locals.supabase, matchId, { ratify, remark }, mailDeps(url.origin));
		// A refusal (not enough left, a remark missing) keeps the form in the queue, said in Dutch.
		if (!result.ok) {
			const field = result.reason === 'remark_required' ? 'remark' : 'form';
			return fail(422, { matchId, errors: { [field]: result.messages[locals.locale] } });
		}
		return {
			matchId,
			done: translate(locals.locale, ratify ? 'floor.notaris.ratified' : 'floor.notaris.returned')
		};
	}) satisfies Actions[string];

export const actions = { ratify: decide(true), return: decide(false) } satisfies Actions;
