// The results of a beursvloer edition (client-safe): their shape and the paths of the page and its
// downloads; their words are the results.* keys of $lib/i18n. The server reads them in
// $lib/server/events/results.
import { translate, type Locale } from '$lib/i18n';
import type { OrganisationKind } from '$lib/listings/vocabulary';

export type ResultsFollowup = {
	agreed: number;
	inProgress: number;
	carriedOut: number;
	notFeasible: number;
	cancelled: number;
};

export type ResultsRow = { matches: number; value: number };

export type EditionResults = {
	edition: {
		id: string;
		title: string;
		/** yyyy-mm-dd */
		eventDate: string;
		/** hh:mm */
		startsAt: string;
		endsAt: string;
		venue: string;
		municipality: string;
	};
	totals: ResultsRow & {
		/** Organisations registered and the people they announced. */
		registeredOrganisations: number;
		people: number;
		/** Organisations that registered or made a match, by kind. */
		organisations: number;
		byKind: Record<OrganisationKind, number>;
	};
	/** Every corner (null id and name: matches recorded without a corner). */
	corners: (ResultsRow & { id: string | null; name: string | null })[];
	/** By the receiving organisation's place (null: unknown). */
	places: (ResultsRow & { place: string | null })[];
	/** By the pair of kinds, giver to receiver. */
	kinds: (ResultsRow & { giverKind: OrganisationKind; receiverKind: OrganisationKind })[];
	/** Names only: no contact details. */
	organisations: { name: string; kind: OrganisationKind; place: string | null }[];
	followup: ResultsFollowup;
	/** This edition and the earlier ones, oldest first. */
	editions: (ResultsRow & {
		id: string;
		title: string;
		eventDate: string;
		current: boolean;
		organisations: number;
		people: number;
		followup: ResultsFollowup;
	})[];
};

export const resultsPaths = {
	page: (id: string) => `/beursvloer/${id}/resultaten`,
	csv: (id: string) => `/beursvloer/${id}/resultaten.csv`,
	pdf: (id: string) => `/beursvloer/${id}/resultaten.pdf`
} as const;

/** Share of the largest row, 0-100, for a bar. */
export function barPercent(value: number, max: number): number {
	return max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
}

export const FOLLOWUP_STATES = ['carried_out', 'in_progress', 'agreed', 'not_feasible', 'cancelled'] as const;
export type ResultsFollowupState = (typeof FOLLOWUP_STATES)[number];
const FOLLOWUP_FIELD: Record<ResultsFollowupState, keyof ResultsFollowup> = {
	agreed: 'agreed',
	in_progress: 'inProgress',
	carried_out: 'carriedOut',
	not_feasible: 'notFeasible',
	cancelled: 'cancelled'
};
export const followupCount = (f: ResultsFollowup, state: ResultsFollowupState) => f[FOLLOWUP_FIELD[state]];

/** "Beursvloer 2025: 84 matches, 51 uitgevoerd, 12 loopt, 3 niet haalbaar". */
export function followupSummary(locale: Locale, title: string, matches: number, f: ResultsFollowup): string {
	return translate(locale, 'results.summary', {
		title,
		matches,
		carried_out: f.carriedOut,
		in_progress: f.inProgress,
		not_feasible: f.notFeasible
	});
}
