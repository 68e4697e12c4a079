// The deal flow's words in both languages: state and event labels, the matchformulier's field
// labels and errors, and the refusals the domain returns. Kept out of the app dictionary (like
// listingMessages); pages merge or translate them with dealMessage.
import { DEAL_LIMITS } from './vocabulary';

export const dealMessages = {
	nl: {
		'deal.state.interested': 'Interesse',
		'deal.state.agreed': 'Afgesproken',
		'deal.state.in_progress': 'Bezig',
		'deal.state.carried_out': 'Uitgevoerd',
		'deal.state.not_feasible': 'Niet haalbaar',
		'deal.state.cancelled': 'Geannuleerd',
		'deal.state.declined': 'Afgewezen',

		'deal.event.started': 'Gestart',
		'deal.event.accepted': 'Geaccepteerd',
		'deal.event.declined': 'Afgewezen',
		'deal.event.agreed': 'Afgesproken door beide partijen',
		'deal.event.state_changed': 'Status gewijzigd',
		'deal.event.followup_answered': 'Vraag van de opvolging beantwoord',

		'deal.party.giver': 'Partij A (geeft)',
		'deal.party.receiver': 'Partij B (ontvangt)',
		'deal.field.category': 'Categorie',
		'deal.field.what_given': 'Wat wordt er gegeven?',
		'deal.field.in_return': 'Tegenprestatie (wat partij B teruggeeft)',
		'deal.field.hours_hands': 'Uren helpende handen',
		'deal.field.hours_expertise': 'Uren kennis en kunde',
		'deal.field.hours_students': 'Uren studenten',
		'deal.field.materials_value': 'Waarde materialen (euro)',
		'deal.field.other_costs': 'Overige directe kosten (euro)',
		'deal.field.deadline': 'Uitgevoerd vóór',
		'deal.field.quantity': 'Aantal',
		'deal.field.contact_name': 'Contactpersoon',
		'deal.field.contact_email': 'E-mailadres',
		'deal.field.contact_phone': 'Telefoonnummer',
		'deal.field.message': 'Bericht aan de andere partij',
		'deal.social_value': 'Maatschappelijke waarde',

		'deal.error.text': `Gebruik maximaal ${DEAL_LIMITS.text} tekens.`,
		'deal.error.hours': `Vul een aantal uren in tussen 0 en ${DEAL_LIMITS.hours}.`,
		'deal.error.money': `Vul een bedrag in euro's in tussen 0 en ${DEAL_LIMITS.money.toLocaleString('nl-NL')}.`,
		'deal.error.quantity': `Vul een heel aantal in tussen 1 en ${DEAL_LIMITS.quantity.toLocaleString('nl-NL')}, of laat het leeg.`,
		'deal.error.date': 'Vul een geldige datum in (dd-mm-jjjj).',
		'deal.error.category': 'Kies een categorie.',
		'deal.error.contact_name': `Gebruik voor de naam maximaal ${DEAL_LIMITS.contactName} tekens.`,
		'deal.error.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
		'deal.error.phone': 'Vul een geldig telefoonnummer in, bijvoorbeeld 0548 612 345.',
		'deal.error.message': `Het bericht mag maximaal ${DEAL_LIMITS.message} tekens lang zijn.`,
		'deal.error.counterparty': 'Kies de organisatie waarmee je de match maakt.',

		'deal.failure.not_found': 'Deze match bestaat niet (meer), of je hebt er geen toegang toe.',
		'deal.failure.forbidden': 'Dit mag je niet bij deze match. Vraag het aan iemand van je organisatie.',
		'deal.failure.frozen': 'Het matchformulier is al afgesproken en kan niet meer worden gewijzigd.',
		'deal.failure.invalid_transition': 'Deze stap kan niet vanuit de huidige status. Ververs de pagina.',
		'deal.failure.insufficient_quantity':
			'Er is niet genoeg meer over van dit aanbod. Kies een kleiner aantal.',
		'deal.failure.listing_taken': 'Deze plaatsing heeft al een match.',
		'deal.failure.listing_unavailable': 'Deze plaatsing staat niet (meer) open.',
		'deal.failure.not_a_party': 'Je kunt alleen een match maken namens je eigen organisatie.',
		'deal.failure.counterparty_required': 'Kies de organisatie waarmee je de match maakt.',
		'deal.failure.same_organisation': 'Een match is tussen twee verschillende organisaties.',
		'deal.failure.rates_in_past': 'Nieuwe tarieven gelden vanaf vandaag of later.',
		'deal.failure.quota_exceeded':
			'Je organisatie heeft vandaag al veel matches gestart. Probeer het morgen opnieuw.',
		'deal.failure.invalid': 'Niet alle gegevens zijn geldig. Controleer het formulier.'
	},
	en: {
		'deal.state.interested': 'Interested',
		'deal.state.agreed': 'Agreed',
		'deal.state.in_progress': 'In progress',
		'deal.state.carried_out': 'Carried out',
		'deal.state.not_feasible': 'Not feasible',
		'deal.state.cancelled': 'Cancelled',
		'deal.state.declined': 'Declined',

		'deal.event.started': 'Started',
		'deal.event.accepted': 'Accepted',
		'deal.event.declined': 'Declined',
		'deal.event.agreed': 'Agreed by both parties',
		'deal.event.state_changed': 'Status changed',
		'deal.event.followup_answered': 'Follow-up question answered',

		'deal.party.giver': 'Party A (gives)',
		'deal.party.receiver': 'Party B (receives)',
		'deal.field.category': 'Category',
		'deal.field.what_given': 'What is given?',
		'deal.field.in_return': 'In return (what party B gives back)',
		'deal.field.hours_hands': 'Hours of helping hands',
		'deal.field.hours_expertise': 'Hours of expertise',
		'deal.field.hours_students': 'Hours of students',
		'deal.field.materials_value': 'Value of materials (euro)',
		'deal.field.other_costs': 'Other direct costs (euro)',
		'deal.field.deadline': 'Carried out by',
		'deal.field.quantity': 'Quantity',
		'deal.field.contact_name': 'Contact person',
		'deal.field.contact_email': 'Email address',
		'deal.field.contact_phone': 'Phone number',
		'deal.field.message': 'Message to the other party',
		'deal.social_value': 'Social value',

		'deal.error.text': `Use at most ${DEAL_LIMITS.text} characters.`,
		'deal.error.hours': `Enter a number of hours between 0 and ${DEAL_LIMITS.hours}.`,
		'deal.error.money': `Enter an amount in euros between 0 and ${DEAL_LIMITS.money.toLocaleString('en-GB')}.`,
		'deal.error.quantity': `Enter a whole number between 1 and ${DEAL_LIMITS.quantity.toLocaleString('en-GB')}, or leave it empty.`,
		'deal.error.date': 'Enter a valid date (dd-mm-yyyy).',
		'deal.error.category': 'Choose a category.',
		'deal.error.contact_name': `Use at most ${DEAL_LIMITS.contactName} characters for the name.`,
		'deal.error.email': 'Enter a valid email address, for example name@example.com.',
		'deal.error.phone': 'Enter a valid phone number, for example 0548 612 345.',
		'deal.error.message': `The message can be at most ${DEAL_LIMITS.message} characters long.`,
		'deal.error.counterparty': 'Choose the organisation you make the match with.',

		'deal.failure.not_found': 'This match does not exist (any more), or you have no access to it.',
		'deal.failure.forbidden': 'You may not do this with this match. Ask someone of your organisation.',
		'deal.failure.frozen': 'The match form has been agreed and can no longer be changed.',
		'deal.failure.invalid_transition': 'This step is not possible from the current status. Reload the page.',
		'deal.failure.insufficient_quantity': 'Not enough of this offer is left. Choose a smaller quantity.',
		'deal.failure.listing_taken': 'This listing already has its match.',
		'deal.failure.listing_unavailable': 'This listing is not open (any more).',
		'deal.failure.not_a_party': 'You can only make a match on behalf of your own organisation.',
		'deal.failure.counterparty_required': 'Choose the organisation you make the match with.',
		'deal.failure.same_organisation': 'A match is between two different organisations.',
		'deal.failure.rates_in_past': 'New rates apply from today or later.',
		'deal.failure.quota_exceeded':
			'Your organisation has started many matches today. Please try again tomorrow.',
		'deal.failure.invalid': 'Not all details are valid. Check the form.'
	}
} as const satisfies Record<'nl' | 'en', Record<string, string>>;

export type DealMessageKey = keyof (typeof dealMessages)['nl'];

export function dealMessage(locale: 'nl' | 'en', key: DealMessageKey): string {
	return dealMessages[locale][key] ?? dealMessages.nl[key];
}
