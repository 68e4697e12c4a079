// Learning per municipality, stored: the matching job turns what people did with proposals
// ("niet interessant", a matchmaker's pin or veto, an agreed deal) into weights per theme and
// per pair of categories (src/lib/matching/learning.ts, pure) and keeps them in
// public.matching_adjustments, one row per municipality. The batch applies them; the matchmaker
// console shows them and can reset them (RPC reset_matching_adjustments), after which only
// feedback given later counts.
import type { Locale } from '$lib/i18n';
import { translate } from '$lib/i18n';
import {
	describeLearned,
	learnFromFeedback,
	NOTHING_LEARNED,
	pairThemes,
	type FeedbackEvent,
	type FeedbackKind,
	type LearnedWeights
} from '$lib/matching/learning';
import { LISTING_CATEGORIES } from '$lib/listings';
import type { Client } from './pool';

type FeedbackPair = { requestId: string; offerId: string; kind: FeedbackKind };

const PAGE = 1000;
const CHUNK = 100;

/** All rows of a paged query (PostgREST answers at most 1000 rows per request). */
async function allPages<T>(
	fetch: (from: number, to: number) => PromiseLike<{ data: T[] | null; error: { message: string } | null }>
): Promise<T[]> {
	const out: T[] = [];
	for (let from = 0; ; from += PAGE) {
		const { data, error } = await fetch(from, from + PAGE - 1);
		if (error) throw new Error(`Loading matching feedback failed: ${error.message}`);
		out.push(...(data ?? []));
		if (!data || data.length < PAGE) return out;
	}
}

/** "Niet interessant" given since `since` (each organisation's dismissal counts once). */
async function dismissals(db: Client, municipalityId: string, since: string | null): Promise<FeedbackPair[]> {
	const rows = await allPages((from, to) => {
		let q = db
			.from('proposal_dismissals')
			.select('request_id, offer_id, organisation_id')
			.eq('municipality_id', municipalityId);
		if (since) q = q.gt('created_at', since);
		return q.order('request_id').order('offer_id').order('organisation_id').range(from, to);
	});
	return rows.map((r) => ({ requestId: r.request_id, offerId: r.offer_id, kind: 'not_interested' }));
}

/** Pins and vetoes taken since `since`. */
async function decisions(db: Client, municipalityId: string, since: string | null): Promise<FeedbackPair[]> {
	const rows = await allPages((from, to) => {
		let q = db
			.from('matchmaker_decisions')
			.select('request_id, offer_id, decision')
			.eq('municipality_id', municipalityId);
		if (since) q = q.gt('created_at', since);
		return q.order('request_id').order('offer_id').range(from, to);
	});
	return rows.map((r) => ({
		requestId: r.request_id,
		offerId: r.offer_id,
		kind: r.decision === 'pin' ? 'pinned' : 'vetoed'
	}));
}

/**
 * Pairs both parties agreed on since `since` (agreed_at is set at agreement and kept through
 * in_progress, carried_out and even a later cancellation: they did agree). A deal started from
 * one listing has no pair to learn from.
 */
async function agreedDeals(
	db: Client,
	municipalityId: string,
	since: string | null
): Promise<FeedbackPair[]> {
	const rows = await allPages((from, to) => {
		let q = db
			.from('deals')
			.select('id, request_id, offer_id')
			.eq('municipality_id', municipalityId)
			.not('agreed_at', 'is', null)
			.not('request_id', 'is', null)
			.not('offer_id', 'is', null);
		if (since) q = q.gt('agreed_at', since);
		return q.order('id').range(from, to);
	});
	return rows.flatMap((r) =>
		r.request_id && r.offer_id
			? [{ requestId: r.request_id, offerId: r.offer_id, kind: 'deal_agreed' as const }]
			: []
	);
}

type ListingText = { category: string; title: string; description: string };

/** Category and text of listings, whatever their state (service role). */
async function listingTexts(db: Client, ids: string[]): Promise<Map<string, ListingText>> {
	const unique = [...new Set(ids)];
	const out = new Map<string, ListingText>();
	for (let i = 0; i < unique.length; i += CHUNK) {
		const { data, error } = await db
			.from('listings')
			.select('id, category, title, description')
			.in('id', unique.slice(i, i + CHUNK));
		if (error) throw new Error(`Loading listings for learning failed: ${error.message}`);
		for (const r of data) out.set(r.id, { category: r.category, title: r.title, description: r.description });
	}
	return out;
}

/** Feedback events of one municipality since a time, each with its categories and themes. */
export async function feedbackEvents(
	db: Client,
	municipalityId: string,
	since: string | null
): Promise<FeedbackEvent[]> {
	const pairs = (
		await Promise.all([
			dismissals(db, municipalityId, since),
			decisions(db, municipalityId, since),
			agreedDeals(db, municipalityId, since)
		])
	).flat();
	const texts = await listingTexts(
		db,
		pairs.flatMap((p) => [p.requestId, p.offerId])
	);
	const themesOf = new Map<string, string[]>();
	const events: FeedbackEvent[] = [];
	for (const p of pairs) {
		const request = texts.get(p.requestId);
		const offer = texts.get(p.offerId);
		if (!request || !offer) continue;
		const key = `${p.requestId}:${p.offerId}`;
		let themes = themesOf.get(key);
		if (!themes) themesOf.set(key, (themes = pairThemes(offer, request)));
		events.push({ kind: p.kind, offerCategory: offer.category, requestCategory: request.category, themes });
	}
	return events;
}

/** Narrows stored jsonb to the weights shape; anything else counts as nothing learned. */
function asWeights(value: unknown): LearnedWeights {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOTHING_LEARNED;
	const v = value as Partial<LearnedWeights>;
	if (typeof v.categories !== 'object' || typeof v.themes !== 'object' || typeof v.events !== 'number') {
		return NOTHING_LEARNED;
	}
	return v as LearnedWeights;
}

/**
 * Learns a municipality's weights from its feedback since the last reset, stores them and
 * returns them (the job's service-role client). A reset that lands while this runs wins: the
 * write is conditional on the reset time read at the start, and the weights are then neutral.
 */
export async function learnWeights(db: Client, municipalityId: string): Promise<LearnedWeights> {
	for (let attempt = 0; attempt < 3; attempt++) {
		const { data: row, error } = await db
			.from('matching_adjustments')
			.select('learned_since')
			.eq('municipality_id', municipalityId)
			.maybeSingle();
		if (error) throw new Error(`Loading what matching learned failed: ${error.message}`);
		const since = row?.learned_since ?? null;
		const weights = learnFromFeedback(await feedbackEvents(db, municipalityId, since));
		const values = { weights, events: weights.events, computed_at: new Date().toISOString() };
		if (!row) {
			const { error: insertError } = await db
				.from('matching_adjustments')
				.insert({ municipality_id: municipalityId, ...values });
			if (!insertError) return weights;
			if (insertError.code !== '23505') {
				throw new Error(`Storing what matching learned failed: ${insertError.message}`);
			}
			continue; // a reset inserted the row meanwhile: learn again from its time
		}
		let update = db.from('matching_adjustments').update(values).eq('municipality_id', municipalityId);
		update = since ? update.eq('learned_since', since) : update.is('learned_since', null);
		const { data: updated, error: updateError } = await update.select('municipality_id');
		if (updateError) throw new Error(`Storing what matching learned failed: ${updateError.message}`);
		if (updated.length) return weights;
	}
	return NOTHING_LEARNED;
}

/** The stored weights of a municipality, as the job last wrote them (none: nothing learned). */
export async function storedWeights(db: Client, municipalityId: string): Promise<LearnedWeights> {
	const { data, error } = await db
		.from('matching_adjustments')
		.select('weights')
		.eq('municipality_id', municipalityId)
		.maybeSingle();
	if (error) throw new Error(`Loading what matching learned failed: ${error.message}`);
	return asWeights(data?.weights);
}

export type LearnedKindCount = { kind: FeedbackKind; count: number };

export type LearnedLineView = {
	kind: 'category' | 'theme';
	label: string;
	direction: 'up' | 'down';
	/** The factor as a percentage change, e.g. -12 or 8. */
	percent: number;
	events: number;
	by: LearnedKindCount[];
};

export type LearnedView = {
	events: number;
	computedAt: string | null;
	resetAt: string | null;
	lines: LearnedLineView[];
};

const KIND_ORDER: FeedbackKind[] = ['deal_agreed', 'pinned', 'reinstated', 'not_interested', 'vetoed'];
const isCategory = (c: string): c is (typeof LISTING_CATEGORIES)[number] =>
	(LISTING_CATEGORIES as readonly string[]).includes(c);

/** What was learned, for the matchmaker console (read as the staff member: RLS applies). */
export async function loadLearned(
	supabase: Client,
	municipalityId: string,
	locale: Locale
): Promise<LearnedView> {
	const { data, error } = await supabase
		.from('matching_adjustments')
		.select('weights, events, computed_at, reset_at')
		.eq('municipality_id', municipalityId)
		.maybeSingle();
	if (error) throw new Error(`Loading what matching learned failed: ${error.message}`);
	const weights = asWeights(data?.weights);
	const category = (c: string) => (isCategory(c) ? translate(locale, `market.category.${c}`) : c);
	return {
		events: data?.events ?? 0,
		computedAt: data?.computed_at ?? null,
		resetAt: data?.reset_at ?? null,
		lines: describeLearned(weights, locale).map((l) => ({
			kind: l.kind,
			label: l.categories ? `${category(l.categories[0])} → ${category(l.categories[1])}` : l.label,
			direction: l.factor > 1 ? 'up' : 'down',
			percent: Math.round((l.factor - 1) * 100),
			events: l.events,
			by: KIND_ORDER.flatMap((kind) => (l.by[kind] ? [{ kind, count: l.by[kind] }] : []))
		}))
	};
}

/** "Leren terugzetten": neutral weights from now on (the RPC checks the caller is staff). */
export async function resetLearning(supabase: Client, municipalityId: string): Promise<void> {
	const { error } = await supabase.rpc('reset_matching_adjustments', { p_municipality: municipalityId });
	if (error) throw new Error(`Resetting what matching learned failed: ${error.message}`);
}
