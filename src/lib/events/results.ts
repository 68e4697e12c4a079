// The results of a beursvloer edition (client-safe): their shape, the paths of the page and its
// downloads, and their words in both languages (kept out of the app dictionary, like
// followupMessages). The server reads them in $lib/server/events/results.
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

export const resultsMessages = {
	nl: {
		'results.title': 'Resultaten',
		'results.heading': 'Resultaten van de {title}',
		'results.intro': '{date}, {start}–{end} uur, {venue}.',
		'results.link': 'Resultaten bekijken',
		'results.past': 'Eerdere beursvloeren',
		'results.download_csv': 'Download als CSV (spreadsheet)',
		'results.download_pdf': 'Download als PDF (rapport voor de raad)',
		'results.totals': 'In cijfers',
		'results.matches': 'Matches',
		'results.value': 'Maatschappelijke waarde',
		'results.participants': 'Deelnemende organisaties',
		'results.registered': 'Aangemeld',
		'results.registered_people': '{organisations} organisaties, {people} personen',
		'results.by_corner': 'Per hoek',
		'results.by_place': 'Per kern',
		'results.by_place_note': 'Een match telt mee in de kern van de organisatie die de hulp ontvangt.',
		'results.by_kind': 'Per soort organisatie',
		'results.by_kind_note': 'Van de gevende naar de ontvangende organisatie.',
		'results.chart': 'Grafiek: matches per hoek',
		'results.comparison': 'Vergelijking met eerdere edities',
		'results.followup': 'Opvolging: wat is ervan gekomen?',
		'results.organisations': 'Deelnemers',
		'results.col.corner': 'Hoek',
		'results.col.place': 'Kern',
		'results.col.kind': 'Van → naar',
		'results.col.matches': 'Matches',
		'results.col.value': 'Waarde',
		'results.col.edition': 'Editie',
		'results.col.date': 'Datum',
		'results.col.organisations': 'Organisaties aangemeld',
		'results.col.people': 'Personen aangemeld',
		'results.col.organisation': 'Organisatie',
		'results.col.type': 'Soort',
		'results.col.section': 'Onderdeel',
		'results.col.name': 'Naam',
		'results.col.count': 'Aantal',
		'results.state.agreed': 'Afgesproken',
		'results.state.in_progress': 'Loopt',
		'results.state.carried_out': 'Uitgevoerd',
		'results.state.not_feasible': 'Niet haalbaar',
		'results.state.cancelled': 'Geannuleerd',
		'results.no_corner': 'Zonder hoek',
		'results.unknown_place': 'Onbekend',
		'results.kind.business': 'Bedrijf',
		'results.kind.voluntary': 'Maatschappelijke organisatie',
		'results.kind.municipality': 'Gemeente',
		'results.none': 'Er zijn (nog) geen matches bekrachtigd.',
		'results.this_edition': '(deze editie)',
		'results.report': 'Rapport voor de gemeenteraad',
		'results.generated': 'Gemaakt op {date}',
		'results.summary':
			'{title}: {matches} matches, {carried_out} uitgevoerd, {in_progress} loopt, {not_feasible} niet haalbaar',
		'results.followup_editions': 'Matches per beursvloer',
		'results.filter_edition': 'Beursvloer'
	},
	en: {
		'results.title': 'Results',
		'results.heading': 'Results of the {title}',
		'results.intro': '{date}, {start}–{end}, {venue}.',
		'results.link': 'View the results',
		'results.past': 'Earlier trading floors',
		'results.download_csv': 'Download as CSV (spreadsheet)',
		'results.download_pdf': 'Download as PDF (report for the council)',
		'results.totals': 'In figures',
		'results.matches': 'Matches',
		'results.value': 'Social value',
		'results.participants': 'Participating organisations',
		'results.registered': 'Registered',
		'results.registered_people': '{organisations} organisations, {people} people',
		'results.by_corner': 'By corner',
		'results.by_place': 'By village',
		'results.by_place_note': 'A match counts in the village of the organisation that receives the help.',
		'results.by_kind': 'By kind of organisation',
		'results.by_kind_note': 'From the giving to the receiving organisation.',
		'results.chart': 'Chart: matches by corner',
		'results.comparison': 'Compared with earlier editions',
		'results.followup': 'Follow-up: what came of it?',
		'results.organisations': 'Participants',
		'results.col.corner': 'Corner',
		'results.col.place': 'Village',
		'results.col.kind': 'From → to',
		'results.col.matches': 'Matches',
		'results.col.value': 'Value',
		'results.col.edition': 'Edition',
		'results.col.date': 'Date',
		'results.col.organisations': 'Organisations registered',
		'results.col.people': 'People registered',
		'results.col.organisation': 'Organisation',
		'results.col.type': 'Kind',
		'results.col.section': 'Section',
		'results.col.name': 'Name',
		'results.col.count': 'Number',
		'results.state.agreed': 'Agreed',
		'results.state.in_progress': 'In progress',
		'results.state.carried_out': 'Carried out',
		'results.state.not_feasible': 'Not feasible',
		'results.state.cancelled': 'Cancelled',
		'results.no_corner': 'No corner',
		'results.unknown_place': 'Unknown',
		'results.kind.business': 'Business',
		'results.kind.voluntary': 'Voluntary organisation',
		'results.kind.municipality': 'Municipality',
		'results.none': 'No matches have been ratified (yet).',
		'results.this_edition': '(this edition)',
		'results.report': 'Report for the municipal council',
		'results.generated': 'Made on {date}',
		'results.summary':
			'{title}: {matches} matches, {carried_out} carried out, {in_progress} in progress, {not_feasible} not feasible',
		'results.followup_editions': 'Matches per trading floor',
		'results.filter_edition': 'Trading floor'
	}
} as const;

export type ResultsMessageKey = keyof (typeof resultsMessages)['nl'];

export function resultsText(
	locale: 'nl' | 'en',
	key: ResultsMessageKey,
	params?: Record<string, string | number>
): string {
	const template: string = resultsMessages[locale][key] ?? resultsMessages.nl[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
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
export function followupSummary(
	locale: 'nl' | 'en',
	title: string,
	matches: number,
	f: ResultsFollowup
): string {
	return resultsText(locale, 'results.summary', {
		title,
		matches,
		carried_out: f.carriedOut,
		in_progress: f.inProgress,
		not_feasible: f.notFeasible
	});
}
