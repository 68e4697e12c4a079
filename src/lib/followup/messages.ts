// The follow-up's words in both languages: the questions and answers, the answer page, the
// municipality's follow-up list and the keurmerk page. Kept out of the app dictionary, like
// dealMessages; pages translate with followupText.
export const followupMessages = {
	nl: {
		'followup.question.contact': 'Is er contact geweest?',
		'followup.question.carried_out': 'Is het uitgevoerd?',
		'followup.answer.contact': 'Ja, er is contact geweest',
		'followup.answer.no_contact': 'Nee, nog geen contact',
		'followup.answer.carried_out': 'Ja, het is uitgevoerd',
		'followup.answer.not_feasible': 'Nee, het is niet haalbaar',
		'followup.answer.short.contact': 'Contact geweest',
		'followup.answer.short.no_contact': 'Nog geen contact',
		'followup.answer.short.carried_out': 'Uitgevoerd',
		'followup.answer.short.not_feasible': 'Niet haalbaar',

		'followup.page.title': 'Opvolging van een match',
		'followup.page.match': 'Match',
		'followup.page.parties': '{giver} en {receiver}',
		'followup.page.for': 'Antwoord namens {organisation}',
		'followup.page.your_answer': 'Jouw antwoord',
		'followup.page.confirm': 'Bevestig dit antwoord',
		'followup.page.confirm_hint':
			'Je hoeft niet in te loggen. Klopt het antwoord niet? Sluit deze pagina dan en kies de andere link in de e-mail.',
		'followup.page.answered': 'Bedankt! Je antwoord is opgeslagen.',
		'followup.page.answered_state': 'De match staat nu op: {state}.',
		'followup.page.already_answered':
			'Deze vraag is al beantwoord. Er is niets veranderd. Klopt er iets niet? Neem contact op met de gemeente.',
		'followup.page.closed': 'Deze match is al afgesloten ({state}). Er is niets veranderd.',
		'followup.page.expired':
			'Deze link is verlopen. Er is niets veranderd. Log in om de match bij te werken, of neem contact op met de gemeente.',
		'followup.page.invalid':
			'Deze link is ongeldig of niet compleet. Er is niets veranderd. Gebruik de link uit de e-mail, of log in om de match bij te werken.',
		'followup.page.home': 'Naar de Beursvloer',

		'followup.list.title': 'Opvolging',
		'followup.list.intro':
			'Alle lopende matches: hoe lang ze lopen, het laatste antwoord en wie je belt. De urgentste staan bovenaan.',
		'followup.list.link': 'Opvolging van matches',
		'followup.list.totals': 'Matches per status',
		'followup.list.filter': 'Filter',
		'followup.list.filter.state': 'Status',
		'followup.list.filter.category': 'Categorie',
		'followup.list.filter.overdue': 'Alleen over de datum',
		'followup.list.filter.all': 'Alle',
		'followup.list.filter.apply': 'Toon',
		'followup.list.export': 'Download als CSV',
		'followup.list.count': '{count} lopende matches',
		'followup.list.empty': 'Geen lopende matches (voor dit filter).',
		'followup.col.match': 'Match',
		'followup.col.parties': 'Partijen',
		'followup.col.state': 'Status',
		'followup.col.category': 'Categorie',
		'followup.col.agreed': 'Afgesproken op',
		'followup.col.age': 'Loopt (dagen)',
		'followup.col.deadline': 'Uitgevoerd vóór',
		'followup.col.overdue': 'Over de datum',
		'followup.col.open_question': 'Open vraag',
		'followup.col.last_answer': 'Laatste antwoord',
		'followup.col.call': 'Bellen',
		'followup.col.call_name': 'Contactpersoon',
		'followup.col.call_phone': 'Telefoon',
		'followup.col.call_email': 'E-mail',
		'followup.col.call_organisation': 'Organisatie',
		'followup.overdue': 'Over de datum',
		'followup.days': '{count} dagen',
		'followup.asked': '{question} (gevraagd aan {organisation} op {date})',
		'followup.reminded': 'herinnerd op {date}',
		'followup.answered': '{answer} ({organisation}, {date})',
		'followup.none': '–',
		'followup.yes': 'ja',
		'followup.no': 'nee',

		'followup.keurmerk.title': 'Keurmerk van {name}',
		'followup.keurmerk.intro':
			'{name} doet mee aan de Beursvloer en helpt maatschappelijke organisaties. Dit zijn de uitgevoerde matches en hun maatschappelijke waarde.',
		'followup.keurmerk.total': 'Totale maatschappelijke waarde',
		'followup.keurmerk.count': '{count} uitgevoerde matches',
		'followup.keurmerk.empty': 'Nog geen uitgevoerde matches.',
		'followup.keurmerk.col.what': 'Wat',
		'followup.keurmerk.col.partner': 'Samen met',
		'followup.keurmerk.col.date': 'Uitgevoerd op',
		'followup.keurmerk.col.value': 'Maatschappelijke waarde',
		'followup.keurmerk.not_found': 'Deze keurmerkpagina bestaat niet of is niet openbaar.',
		'followup.keurmerk.setting': 'Keurmerkpagina',
		'followup.keurmerk.setting_label': 'Toon onze uitgevoerde matches op een openbare keurmerkpagina',
		'followup.keurmerk.setting_hint':
			'Iedereen kan de pagina zien: wat jullie hebben gedaan, met wie en de maatschappelijke waarde. Contactgegevens staan er niet op.',
		'followup.keurmerk.save': 'Opslaan',
		'followup.keurmerk.saved_on': 'De keurmerkpagina is openbaar.',
		'followup.keurmerk.saved_off': 'De keurmerkpagina is niet meer openbaar.',
		'followup.keurmerk.view': 'Bekijk de keurmerkpagina',
		'followup.keurmerk.refused': 'Alleen eigenaren van een bedrijf kunnen dit instellen.'
	},
	en: {
		'followup.question.contact': 'Have you been in touch?',
		'followup.question.carried_out': 'Has it been carried out?',
		'followup.answer.contact': 'Yes, we have been in touch',
		'followup.answer.no_contact': 'No, not yet',
		'followup.answer.carried_out': 'Yes, it has been carried out',
		'followup.answer.not_feasible': 'No, it is not feasible',
		'followup.answer.short.contact': 'In touch',
		'followup.answer.short.no_contact': 'No contact yet',
		'followup.answer.short.carried_out': 'Carried out',
		'followup.answer.short.not_feasible': 'Not feasible',

		'followup.page.title': 'Follow-up of a match',
		'followup.page.match': 'Match',
		'followup.page.parties': '{giver} and {receiver}',
		'followup.page.for': 'Answering for {organisation}',
		'followup.page.your_answer': 'Your answer',
		'followup.page.confirm': 'Confirm this answer',
		'followup.page.confirm_hint':
			'No need to sign in. Is this not your answer? Close this page and choose the other link in the email.',
		'followup.page.answered': 'Thank you! Your answer has been saved.',
		'followup.page.answered_state': 'The match is now: {state}.',
		'followup.page.already_answered':
			'This question has already been answered. Nothing changed. Something wrong? Contact the municipality.',
		'followup.page.closed': 'This match has already been closed ({state}). Nothing changed.',
		'followup.page.expired':
			'This link has expired. Nothing changed. Sign in to update the match, or contact the municipality.',
		'followup.page.invalid':
			'This link is invalid or incomplete. Nothing changed. Use the link from the email, or sign in to update the match.',
		'followup.page.home': 'To the Beursvloer',

		'followup.list.title': 'Follow-up',
		'followup.list.intro':
			'All running matches: how long they have run, the last answer and whom to call. The most urgent come first.',
		'followup.list.link': 'Follow-up of matches',
		'followup.list.totals': 'Matches by state',
		'followup.list.filter': 'Filter',
		'followup.list.filter.state': 'State',
		'followup.list.filter.category': 'Category',
		'followup.list.filter.overdue': 'Past the date only',
		'followup.list.filter.all': 'All',
		'followup.list.filter.apply': 'Show',
		'followup.list.export': 'Download as CSV',
		'followup.list.count': '{count} running matches',
		'followup.list.empty': 'No running matches (for this filter).',
		'followup.col.match': 'Match',
		'followup.col.parties': 'Parties',
		'followup.col.state': 'State',
		'followup.col.category': 'Category',
		'followup.col.agreed': 'Agreed on',
		'followup.col.age': 'Running (days)',
		'followup.col.deadline': 'Carried out by',
		'followup.col.overdue': 'Past the date',
		'followup.col.open_question': 'Open question',
		'followup.col.last_answer': 'Last answer',
		'followup.col.call': 'Call',
		'followup.col.call_name': 'Contact person',
		'followup.col.call_phone': 'Phone',
		'followup.col.call_email': 'Email',
		'followup.col.call_organisation': 'Organisation',
		'followup.overdue': 'Past the date',
		'followup.days': '{count} days',
		'followup.asked': '{question} (asked {organisation} on {date})',
		'followup.reminded': 'reminded on {date}',
		'followup.answered': '{answer} ({organisation}, {date})',
		'followup.none': '–',
		'followup.yes': 'yes',
		'followup.no': 'no',

		'followup.keurmerk.title': 'Quality mark of {name}',
		'followup.keurmerk.intro':
			'{name} takes part in the Beursvloer and helps community organisations. These are the matches carried out and their social value.',
		'followup.keurmerk.total': 'Total social value',
		'followup.keurmerk.count': '{count} matches carried out',
		'followup.keurmerk.empty': 'No matches carried out yet.',
		'followup.keurmerk.col.what': 'What',
		'followup.keurmerk.col.partner': 'Together with',
		'followup.keurmerk.col.date': 'Carried out on',
		'followup.keurmerk.col.value': 'Social value',
		'followup.keurmerk.not_found': 'This quality mark page does not exist or is not public.',
		'followup.keurmerk.setting': 'Quality mark page',
		'followup.keurmerk.setting_label': 'Show our carried-out matches on a public quality mark page',
		'followup.keurmerk.setting_hint':
			'Anyone can see the page: what you did, with whom and the social value. Contact details are not on it.',
		'followup.keurmerk.save': 'Save',
		'followup.keurmerk.saved_on': 'The quality mark page is public.',
		'followup.keurmerk.saved_off': 'The quality mark page is no longer public.',
		'followup.keurmerk.view': 'View the quality mark page',
		'followup.keurmerk.refused': 'Only owners of a business can change this.'
	}
} as const;

export type FollowupMessageKey = keyof (typeof followupMessages)['nl'];

export function followupText(
	locale: 'nl' | 'en',
	key: FollowupMessageKey,
	params?: Record<string, string | number>
): string {
	const template: string = followupMessages[locale][key] ?? followupMessages.nl[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
