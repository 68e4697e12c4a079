import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { translate } from '$lib/i18n';
import { setFlash } from '$lib/server/flash';
import { parseForm } from '$lib/server/forms';
import { rematchAll, rematchListing } from '$lib/server/matching';
import { proposalExists, saveDecision, withdrawDecision } from '$lib/server/matching/decisions';
import { loadLearned, resetLearning } from '$lib/server/matching/learning';
import { loadOverview, requireStaff } from '$lib/server/matching/staff';
import { placeSuggestions } from '$lib/server/municipalities';
import { findPlace } from '$lib/places';
import { todayInAmsterdam } from '$lib/events';
import { listEditions } from '$lib/server/events';
import {
	decideSchema,
	OVERVIEW_FILTERS,
	overviewFilterSchema,
	pairSchema,
	resetLearningSchema
} from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { municipality } = await requireStaff(locals, url);
	const raw = Object.fromEntries(OVERVIEW_FILTERS.map((k) => [k, url.searchParams.get(k) || undefined]));
	const parsed = overviewFilterSchema.parse(raw);
	// A place the municipality does not know filters nothing: listings store known places only.
	const place = parsed.place ? (findPlace(parsed.place)?.label ?? null) : null;
	const filters = { ...parsed, place, page: parsed.page ?? 1 };
	// What the URL asked for but the page could not use is said, not silently dropped.
	const ignored = OVERVIEW_FILTERS.filter((k) => raw[k] !== undefined && filters[k] === null);
	if (raw.page !== undefined && parsed.page === null) ignored.push('page');
	const [places, overview, learned, editions] = await Promise.all([
		placeSuggestions(locals.supabase, municipality.id),
		loadOverview(locals.supabase, municipality.id, locals.locale, filters),
		loadLearned(locals.supabase, municipality.id, locals.locale),
		listEditions(locals.supabase, municipality.id)
	]);
	// The beursvloer consoles of the editions to come (and of today's).
	const today = todayInAmsterdam();
	const floors = editions
		.filter((e) => e.eventDate >= today)
		.map((e) => ({ id: e.id, title: e.title, eventDate: e.eventDate }));
	return { ...overview, filters, places, ignored, learned, floors };
};

export const actions = {
	decide: async ({ locals, url, request, cookies }) => {
		const { user, municipality } = await requireStaff(locals, url);
		const parsed = parseForm(decideSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { request_id, offer_id, decision, note } = parsed.data;
		// Decisions are taken on this municipality's proposals only: the policy checks the
		// municipality column, not the listings, so a made-up pair is refused here.
		if (!(await proposalExists(locals.supabase, municipality.id, request_id, offer_id))) {
			return fail(404, { errors: { form: translate(locals.locale, 'matchmaker.error.not_a_proposal') } });
		}
		await saveDecision(locals.supabase, {
			requestId: request_id,
			offerId: offer_id,
			municipalityId: municipality.id,
			decision,
			note,
			decidedBy: user.id
		});
		// A veto removes the proposal in the same transaction (trigger); a pin keeps it from now on.
		setFlash(cookies, decision === 'pin' ? 'matchmaker.pinned' : 'matchmaker.vetoed');
		redirect(303, '/matchmaken');
	},

	withdraw: async ({ locals, url, request, cookies }) => {
		const { municipality } = await requireStaff(locals, url);
		const parsed = parseForm(pairSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const { request_id, offer_id } = parsed.data;
		const withdrawn = await withdrawDecision(locals.supabase, {
			requestId: request_id,
			offerId: offer_id,
			municipalityId: municipality.id
		});
		if (!withdrawn) {
			return fail(404, { errors: { form: translate(locals.locale, 'matchmaker.error.not_found') } });
		}
		// Without the veto the pair may come back; without the pin it may drop out: recompute its list now.
		await rematchListing(request_id);
		setFlash(cookies, 'matchmaker.withdrawn');
		redirect(303, '/matchmaken');
	},

	resetLearning: async ({ locals, url, request, cookies }) => {
		const { municipality } = await requireStaff(locals, url);
		const parsed = parseForm(resetLearningSchema, await request.formData(), locals.locale);
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		// As the staff member: the RPC checks the role again and records who reset.
		await resetLearning(locals.supabase, municipality.id);
		// Neutral weights take effect in the proposals now, not at the next batch.
		await rematchAll(municipality.id);
		setFlash(cookies, 'matchmaker.learned_reset_done');
		redirect(303, '/matchmaken');
	},

	recompute: async ({ locals, url, cookies }) => {
		const { municipality } = await requireStaff(locals, url);
		const summary = await rematchAll(municipality.id);
		setFlash(cookies, 'matchmaker.recomputed', {
			proposals: String(summary.proposals),
			cycles: String(summary.cycles),
			offers: String(summary.offers),
			requests: String(summary.requests),
			seconds: (summary.ms / 1000).toLocaleString(locals.locale === 'nl' ? 'nl-NL' : 'en-GB', {
				maximumFractionDigits: 1
			})
		});
		redirect(303, '/matchmaken');
	}
} satisfies Actions;
