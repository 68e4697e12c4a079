import { LIMITS } from './vocabulary';

/**
 * The listing form's field messages in both languages. The zod issues carry these keys;
 * `listingMessage` translates them (and the keys can be merged into the app dictionaries as
 * they are). They stay out of the app dictionary, which every browser downloads.
 */
export const listingMessages = {
	nl: {
		'listing.kind': 'Kies of dit aanbod of een hulpvraag is.',
		'listing.title_required': 'Geef je aanbod of vraag een titel.',
		'listing.title_length': `Gebruik voor de titel ${LIMITS.title.min} tot ${LIMITS.title.max} tekens.`,
		'listing.description_length': `De omschrijving mag maximaal ${LIMITS.description} tekens lang zijn; maak haar korter.`,
		'listing.category': 'Kies een categorie.',
		'listing.amount_length': `Beschrijf de hoeveelheid in maximaal ${LIMITS.amount} tekens.`,
		'listing.quantity': `Vul een heel aantal in tussen 1 en ${LIMITS.quantity.toLocaleString('nl-NL')}, of laat het leeg als het niet te tellen is.`,
		'listing.hours': `Vul een aantal uren in tussen 0,5 en ${LIMITS.hours}.`,
		'listing.value': `Vul een waarde in euro's in tussen 0 en ${LIMITS.value.toLocaleString('nl-NL')}.`,
		'listing.place': 'Kies een plaats uit de lijst, bijvoorbeeld Nijverdal of Hellendoorn.',
		'listing.date': 'Vul een geldige datum in (dd-mm-jjjj).',
		'listing.end_before_start': 'De einddatum ligt vóór de begindatum.',
		'listing.date_past': 'Deze datum ligt in het verleden.',
		'listing.date_far': 'Kies een datum binnen twee jaar.',
		'listing.reciprocity_length': `Gebruik maximaal ${LIMITS.reciprocity} tekens.`,
		'listing.state': 'Kies of je de plaatsing als concept bewaart of meteen publiceert.',
		'listing.report_reason': 'Vertel kort (3 tot 1000 tekens) wat er mis is met deze plaatsing.'
	},
	en: {
		'listing.kind': 'Choose whether this is an offer or a request.',
		'listing.title_required': 'Give your offer or request a title.',
		'listing.title_length': `Use ${LIMITS.title.min} to ${LIMITS.title.max} characters for the title.`,
		'listing.description_length': `The description can be at most ${LIMITS.description} characters; please shorten it.`,
		'listing.category': 'Choose a category.',
		'listing.amount_length': `Describe the amount in at most ${LIMITS.amount} characters.`,
		'listing.quantity': `Enter a whole number between 1 and ${LIMITS.quantity.toLocaleString('en-GB')}, or leave it empty if it cannot be counted.`,
		'listing.hours': `Enter a number of hours between 0.5 and ${LIMITS.hours}.`,
		'listing.value': `Enter a value in euros between 0 and ${LIMITS.value.toLocaleString('en-GB')}.`,
		'listing.place': 'Choose a place from the list, for example Nijverdal or Hellendoorn.',
		'listing.date': 'Enter a valid date (dd-mm-yyyy).',
		'listing.end_before_start': 'The end date is before the start date.',
		'listing.date_past': 'This date is in the past.',
		'listing.date_far': 'Choose a date within two years.',
		'listing.reciprocity_length': `Use at most ${LIMITS.reciprocity} characters.`,
		'listing.state': 'Choose whether to save as a draft or publish now.',
		'listing.report_reason': 'Briefly tell us (3 to 1000 characters) what is wrong with this listing.'
	}
} as const;

export type ListingMessageKey = keyof (typeof listingMessages)['nl'];

export function listingMessage(key: string, locale: 'nl' | 'en' = 'nl'): string | undefined {
	return (listingMessages[locale] as Record<string, string>)[key];
}
