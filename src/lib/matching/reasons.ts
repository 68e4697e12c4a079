import { conceptLabel } from './lexicon';
import type { Lang, Reason, ReasonCode } from './types';

type Params = Record<string, string | number>;

const JOINERS = new Set(['en', 'and', 'of', 'or', 'de', 'het', 'the']);

/**
 * Theme labels for one reason, each named once: a theme whose label repeats a word of one named
 * before it ("ICT en computers" after "computers") is left out, and the list reads "a, b en c".
 */
export function themeList(ids: readonly string[], lang: Lang): string {
	const seen = new Set<string>();
	const labels: string[] = [];
	for (const id of new Set(ids)) {
		const label = conceptLabel(id, lang);
		const words = label
			.toLocaleLowerCase(lang)
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w && !JOINERS.has(w));
		if (!words.length || words.some((w) => seen.has(w))) continue;
		for (const w of words) seen.add(w);
		labels.push(label);
	}
	const and = lang === 'nl' ? ' en ' : ' and ';
	return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}`;
}

const themes = (p: Params, lang: Lang) =>
	themeList(
		String(p.themes ?? '')
			.split('|')
			.filter(Boolean),
		lang
	);

const TEMPLATES: Record<Lang, Record<ReasonCode, (p: Params) => string>> = {
	nl: {
		shared_theme: (p) => `gaat allebei over ${themes(p, 'nl')}`,
		same_category: () => 'zelfde categorie',
		distance_km: (p) => `${p.km} km verderop`,
		same_place: () => 'in dezelfde plaats',
		materials_travel: () => 'spullen kunnen gebracht of gehaald worden, afstand telt minder',
		far_for_hands: () => 'ver weg voor hulp ter plaatse',
		available_in_time: () => 'op tijd beschikbaar',
		ends_before_need: () => 'het aanbod loopt ruim af voordat het nodig is',
		starts_after_need: () => 'het aanbod komt pas na de gewenste datum',
		quantity_enough: () => 'genoeg voor wat er gevraagd wordt',
		quantity_short: () => 'minder dan gevraagd',
		reciprocity_fit: () => 'jullie tegenprestatie past bij hun wens',
		recently_served: () => 'onlangs al voorgesteld, daarom wat lager',
		cycle_parties: (p) => `ruilrondje met ${p.n} partijen`,
		cycle_link: (p) => `${p.from} helpt ${p.to}`
	},
	en: {
		shared_theme: (p) => `both are about ${themes(p, 'en')}`,
		same_category: () => 'same category',
		distance_km: (p) => `${p.km} km away`,
		same_place: () => 'in the same town',
		materials_travel: () => 'goods can be delivered or collected, distance matters less',
		far_for_hands: () => 'far away for hands-on help',
		available_in_time: () => 'available in time',
		ends_before_need: () => 'the offer ends well before it is needed',
		starts_after_need: () => 'the offer only starts after the date needed',
		quantity_enough: () => 'enough for what is asked',
		quantity_short: () => 'less than asked for',
		reciprocity_fit: () => 'what you can give back fits their wish',
		recently_served: () => 'recently proposed already, so ranked a little lower',
		cycle_parties: (p) => `exchange round with ${p.n} parties`,
		cycle_link: (p) => `${p.from} helps ${p.to}`
	}
};

/** Codes that weigh against a pair: shown as caveats, never as a reason for the match. */
const CAVEATS: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
	'far_for_hands',
	'ends_before_need',
	'starts_after_need',
	'quantity_short',
	'recently_served'
]);

export function isCaveat(reason: Reason): boolean {
	return CAVEATS.has(reason.code);
}

export function formatReason(reason: Reason, lang: Lang = 'nl'): string {
	return TEMPLATES[lang][reason.code](reason.params ?? {});
}

export function formatReasons(reasons: Reason[], lang: Lang = 'nl'): string[] {
	return reasons.map((r) => formatReason(r, lang));
}
