// The results of a beursvloer edition (public.event_results) for the results page, its CSV file
// and the council's PDF report (./results-pdf), and the follow-up of every edition's matches for
// the municipality's follow-up list. The caller's client decides what is visible: everyone sees
// a published edition once its day has come, the municipality's staff see any of theirs.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { hhmm } from '$lib/events';
import {
	FOLLOWUP_STATES,
	followupCount,
	type EditionResults,
	type ResultsFollowup
} from '$lib/events/results';
import { translator, type Locale } from '$lib/i18n';
import type { OrganisationKind } from '$lib/listings/vocabulary';
import { toCsv, type CsvCell } from '$lib/server/csv';

type Client = SupabaseClient<Database>;

type Counts = {
	agreed: number;
	in_progress: number;
	carried_out: number;
	not_feasible: number;
	cancelled: number;
};
type Raw = {
	edition: {
		id: string;
		title: string;
		event_date: string;
		starts_at: string;
		ends_at: string;
		venue: string;
		municipality: string;
	};
	totals: {
		matches: number;
		value: number;
		registered_organisations: number;
		people: number;
		organisations: number;
		by_kind: Partial<Record<OrganisationKind, number>>;
	};
	corners: { id: string | null; name: string | null; matches: number; value: number }[];
	places: { place: string | null; matches: number; value: number }[];
	kinds: { giver_kind: OrganisationKind; receiver_kind: OrganisationKind; matches: number; value: number }[];
	organisations: { name: string; kind: OrganisationKind; place: string | null }[];
	followup: Counts;
	editions: (Counts & {
		id: string;
		title: string;
		event_date: string;
		current: boolean;
		matches: number;
		value: number;
		organisations: number;
		people: number;
	})[];
};

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const num = (n: unknown) => Number(n ?? 0);
const followup = (c: Counts): ResultsFollowup => ({
	agreed: num(c.agreed),
	inProgress: num(c.in_progress),
	carriedOut: num(c.carried_out),
	notFeasible: num(c.not_feasible),
	cancelled: num(c.cancelled)
});

/** The edition's results, or null when the caller may not see them (or there is no such edition). */
export async function editionResults(db: Client, editionId: string): Promise<EditionResults | null> {
	if (!isUuid(editionId)) return null;
	const { data, error } = await db.rpc('event_results', { p_edition: editionId });
	if (error) {
		// Unknown, unpublished or still to come: the same "not found" for all three.
		if (error.hint === 'not_found') return null;
		throw new Error(`Loading the results failed: ${error.message}`);
	}
	const r = data as unknown as Raw;
	return {
		edition: {
			id: r.edition.id,
			title: r.edition.title,
			eventDate: r.edition.event_date,
			startsAt: hhmm(r.edition.starts_at) ?? '',
			endsAt: hhmm(r.edition.ends_at) ?? '',
			venue: r.edition.venue,
			municipality: r.edition.municipality
		},
		totals: {
			matches: num(r.totals.matches),
			value: num(r.totals.value),
			registeredOrganisations: num(r.totals.registered_organisations),
			people: num(r.totals.people),
			organisations: num(r.totals.organisations),
			byKind: {
				business: num(r.totals.by_kind.business),
				voluntary: num(r.totals.by_kind.voluntary),
				municipality: num(r.totals.by_kind.municipality)
			}
		},
		corners: r.corners.map((c) => ({ id: c.id, name: c.name, matches: num(c.matches), value: num(c.value) })),
		places: r.places.map((p) => ({ place: p.place, matches: num(p.matches), value: num(p.value) })),
		kinds: r.kinds.map((k) => ({
			giverKind: k.giver_kind,
			receiverKind: k.receiver_kind,
			matches: num(k.matches),
			value: num(k.value)
		})),
		organisations: r.organisations.map((o) => ({ name: o.name, kind: o.kind, place: o.place })),
		followup: followup(r.followup),
		editions: r.editions.map((e) => ({
			id: e.id,
			title: e.title,
			eventDate: e.event_date,
			current: e.current,
			matches: num(e.matches),
			value: num(e.value),
			organisations: num(e.organisations),
			people: num(e.people),
			followup: followup(e)
		}))
	};
}

/** An amount for a spreadsheet: two decimals, a decimal comma in Dutch, no thousands separator. */
export function csvAmount(value: number, locale: Locale): string {
	const fixed = value.toFixed(2);
	return locale === 'nl' ? fixed.replace('.', ',') : fixed;
}

/**
 * The results as one CSV file (see $lib/server/csv: BOM, `;`, CRLF, formula cells neutralised):
 * one row per figure, the section first (totals, corners, villages, kinds, editions, follow-up,
 * participants), so a spreadsheet can filter on it.
 */
export function resultsCsv(r: EditionResults, locale: Locale): string {
	const t = translator(locale);
	const kind = (k: OrganisationKind) => t(`results.kind.${k}`);
	const amount = (v: number) => csvAmount(v, locale);
	const rows: CsvCell[][] = [
		[t('results.totals'), r.edition.title, '', r.totals.matches, amount(r.totals.value)],
		[t('results.registered'), t('results.col.organisations'), '', r.totals.registeredOrganisations, ''],
		[t('results.registered'), t('results.col.people'), '', r.totals.people, ''],
		...(['business', 'voluntary', 'municipality'] as const).map((k): CsvCell[] => [
			t('results.participants'),
			kind(k),
			kind(k),
			r.totals.byKind[k],
			''
		]),
		...r.corners.map((c): CsvCell[] => [
			t('results.by_corner'),
			c.name ?? t('results.no_corner'),
			'',
			c.matches,
			amount(c.value)
		]),
		...r.places.map((p): CsvCell[] => [
			t('results.by_place'),
			p.place ?? t('results.unknown_place'),
			'',
			p.matches,
			amount(p.value)
		]),
		...r.kinds.map((k): CsvCell[] => [
			t('results.by_kind'),
			`${kind(k.giverKind)} → ${kind(k.receiverKind)}`,
			'',
			k.matches,
			amount(k.value)
		]),
		...r.editions.map((e): CsvCell[] => [
			t('results.comparison'),
			`${e.title} (${e.eventDate})`,
			'',
			e.matches,
			amount(e.value)
		]),
		...FOLLOWUP_STATES.map((s): CsvCell[] => [
			t('results.followup'),
			t(`results.state.${s}`),
			'',
			followupCount(r.followup, s),
			''
		]),
		...r.organisations.map((o): CsvCell[] => [t('results.organisations'), o.name, kind(o.kind), '', ''])
	];
	return toCsv(
		[
			t('results.col.section'),
			t('results.col.name'),
			t('results.col.type'),
			t('results.col.matches'),
			`${t('results.col.value')} (EUR)`
		],
		rows
	);
}

/** A file name for the downloads: "resultaten-beursvloer-2026-02-05". */
export function resultsFileName(r: EditionResults): string {
	return `resultaten-beursvloer-${r.edition.eventDate}`;
}

/**
 * Per edition of the municipality that has matches: how many there are and what became of them,
 * newest edition first (the follow-up list's summary). Read with the staff member's client:
 * RLS (staff of the municipality) decides which deals count.
 */
export async function editionFollowup(
	db: Client,
	municipalityId: string
): Promise<{ id: string; title: string; eventDate: string; matches: number; followup: ResultsFollowup }[]> {
	const { data: editions, error } = await db
		.from('event_editions')
		.select('id, title, event_date')
		.eq('municipality_id', municipalityId)
		.order('event_date', { ascending: false });
	if (error) throw new Error(`Loading event editions failed: ${error.message}`);
	if (!editions.length) return [];
	const deals: { event_edition_id: string | null; state: string }[] = [];
	const PAGE = 1000;
	for (let from = 0; ; from += PAGE) {
		const { data, error: dealsError } = await db
			.from('deals')
			.select('event_edition_id, state')
			.eq('municipality_id', municipalityId)
			.in(
				'event_edition_id',
				editions.map((e) => e.id)
			)
			.not('agreed_at', 'is', null)
			.order('id')
			.range(from, from + PAGE - 1);
		if (dealsError) throw new Error(`Loading event deals failed: ${dealsError.message}`);
		deals.push(...data);
		if (data.length < PAGE) break;
	}
	return editions
		.map((e) => {
			const mine = deals.filter((d) => d.event_edition_id === e.id);
			const count = (state: string) => mine.filter((d) => d.state === state).length;
			return {
				id: e.id,
				title: e.title,
				eventDate: e.event_date,
				matches: mine.length,
				followup: {
					agreed: count('agreed'),
					inProgress: count('in_progress'),
					carriedOut: count('carried_out'),
					notFeasible: count('not_feasible'),
					cancelled: count('cancelled')
				}
			};
		})
		.filter((e) => e.matches > 0);
}
