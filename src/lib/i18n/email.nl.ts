// Messages of email preferences, unsubscribe and the failed-mail list. Merged into nl.ts.
export const emailNl = {
	'email_prefs.title': 'E-mailvoorkeuren',
	'email_prefs.intro':
		'Kies per soort bericht hoe vaak je e-mail krijgt: direct, gebundeld in één e-mail per dag, of nooit. Uitnodigingen en inloglinks krijg je altijd.',
	'email_prefs.immediately': 'Direct',
	'email_prefs.daily': 'Eén keer per dag, gebundeld',
	'email_prefs.never': 'Nooit',
	'email_prefs.submit': 'Voorkeuren opslaan',
	'email_prefs.saved': 'Je e-mailvoorkeuren zijn opgeslagen.',
	'email_prefs.invalid': 'Kies direct, één keer per dag of nooit.',

	'unsubscribe.title': 'Afmelden voor e-mail',
	'unsubscribe.confirm': 'Wil je geen e-mails meer ontvangen over “{kind}”?',
	'unsubscribe.explain':
		'Je kunt dit later altijd weer aanzetten bij de e-mailvoorkeuren op je accountpagina.',
	'unsubscribe.submit': 'Ja, afmelden',
	'unsubscribe.done': 'Je bent afgemeld. Je krijgt geen e-mails meer over “{kind}”.',
	'unsubscribe.preferences': 'Naar je e-mailvoorkeuren',
	'unsubscribe.invalid.expired':
		'Deze afmeldlink is verlopen. Log in en pas je e-mailvoorkeuren aan op je accountpagina.',
	'unsubscribe.invalid.other':
		'Deze afmeldlink klopt niet. Gebruik de link uit de e-mail, of log in en pas je e-mailvoorkeuren aan.',

	'admin.failed_emails.link': 'Mislukte e-mails',
	'admin.failed_emails.title': 'Mislukte e-mails',
	'admin.failed_emails.intro':
		'Berichten die niet bezorgd konden worden: de mailprovider weigerde ze, of het lukte na meerdere pogingen niet. Controleer het adres en neem eventueel op een andere manier contact op.',
	'admin.failed_emails.empty': 'Er zijn geen mislukte e-mails.',
	'admin.failed_emails.count': '{count} mislukte e-mail(s)',
	'admin.failed_emails.col.to': 'Adres',
	'admin.failed_emails.col.kind': 'Soort',
	'admin.failed_emails.col.subject': 'Onderwerp',
	'admin.failed_emails.col.reason': 'Reden',
	'admin.failed_emails.col.date': 'Datum'
} as const;
