import type { emailNl } from './email.nl';

export const emailEn: Record<keyof typeof emailNl, string> = {
	'email_prefs.title': 'Email preferences',
	'email_prefs.intro':
		'Choose for each kind of message how often you get email: at once, bundled in one email a day, or never. Invitations and sign-in links always come.',
	'email_prefs.immediately': 'At once',
	'email_prefs.daily': 'Once a day, bundled',
	'email_prefs.never': 'Never',
	'email_prefs.submit': 'Save preferences',
	'email_prefs.saved': 'Your email preferences have been saved.',
	'email_prefs.invalid': 'Choose at once, once a day or never.',

	'unsubscribe.title': 'Unsubscribe from email',
	'unsubscribe.confirm': 'Stop receiving emails about “{kind}”?',
	'unsubscribe.explain': 'You can always turn this back on in the email preferences on your account page.',
	'unsubscribe.submit': 'Yes, unsubscribe',
	'unsubscribe.done': 'You have been unsubscribed. You will no longer get emails about “{kind}”.',
	'unsubscribe.preferences': 'Go to your email preferences',
	'unsubscribe.invalid.expired':
		'This unsubscribe link has expired. Sign in and change your email preferences on your account page.',
	'unsubscribe.invalid.other':
		'This unsubscribe link is not valid. Use the link from the email, or sign in and change your email preferences.',

	'admin.failed_emails.link': 'Failed emails',
	'admin.failed_emails.title': 'Failed emails',
	'admin.failed_emails.intro':
		'Messages that could not be delivered: the mail provider refused them, or several attempts failed. Check the address and perhaps get in touch another way.',
	'admin.failed_emails.empty': 'There are no failed emails.',
	'admin.failed_emails.count': '{count} failed email(s)',
	'admin.failed_emails.col.to': 'Address',
	'admin.failed_emails.col.kind': 'Kind',
	'admin.failed_emails.col.subject': 'Subject',
	'admin.failed_emails.col.reason': 'Reason',
	'admin.failed_emails.col.date': 'Date'
};
