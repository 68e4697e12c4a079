// The e-mails the auth stand-in sends, in Dutch with English below. Each holds the link and
// the 6-digit code, so that a user can sign in on another device than the one reading mail.

/** @param {string} s */
const escape = (s) =>
	s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);

/** @type {Record<string, { subject: string, nl: [string, string], en: [string, string] }>} */
const TEMPLATES = {
	signup: {
		subject: 'Bevestig je aanmelding bij Beursvloer / Confirm your sign-up',
		nl: ['Welkom bij Beursvloer! Bevestig je e-mailadres met deze link:', 'Bevestig mijn e-mailadres'],
		en: ['Welcome to Beursvloer! Confirm your email address with this link:', 'Confirm my email address']
	},
	magiclink: {
		subject: 'Je inloglink voor Beursvloer / Your sign-in link',
		nl: ['Klik op deze link om in te loggen bij Beursvloer:', 'Inloggen'],
		en: ['Click this link to sign in to Beursvloer:', 'Sign in']
	},
	recovery: {
		subject: 'Nieuw wachtwoord instellen voor Beursvloer / Reset your password',
		nl: [
			'Je hebt gevraagd om een nieuw wachtwoord. Stel het in via deze link:',
			'Nieuw wachtwoord instellen'
		],
		en: ['You asked to reset your password. Set a new one with this link:', 'Reset my password']
	},
	invite: {
		subject: 'Je bent uitgenodigd voor Beursvloer / You have been invited to Beursvloer',
		nl: [
			'Je bent uitgenodigd om mee te doen met Beursvloer. Neem de uitnodiging aan:',
			'Uitnodiging aannemen'
		],
		en: ['You have been invited to join Beursvloer. Accept the invitation:', 'Accept the invitation']
	},
	email_change_current: {
		subject: 'Bevestig de wijziging van je e-mailadres / Confirm your email address change',
		nl: [
			'Je hebt gevraagd om je e-mailadres voor Beursvloer te wijzigen. Bevestig dat vanaf dit adres:',
			'Bevestig de wijziging'
		],
		en: [
			'You asked to change your email address for Beursvloer. Confirm it from this address:',
			'Confirm the change'
		]
	},
	email_change: {
		subject: 'Bevestig je nieuwe e-mailadres / Confirm your new email address',
		nl: ['Bevestig dat je dit e-mailadres voor Beursvloer wilt gebruiken:', 'Bevestig nieuw e-mailadres'],
		en: ['Confirm that you want to use this email address for Beursvloer:', 'Confirm new email address']
	}
};

/**
 * @param {string} type signup | magiclink | recovery | invite | email_change
 * @param {{ to: string, link: string, code: string, minutes: number }} m
 * @returns {{ to: string, subject: string, html: string, text: string }}
 */
export function authEmail(type, { to, link, code, minutes }) {
	const t = TEMPLATES[type] ?? TEMPLATES.magiclink;
	const text = [
		t.nl[0],
		link,
		'',
		`Of vul deze code in: ${code}`,
		`De link en de code zijn ${minutes} minuten geldig en werken één keer. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.`,
		'',
		'---',
		'',
		t.en[0],
		link,
		'',
		`Or enter this code: ${code}`,
		`The link and the code are valid for ${minutes} minutes and work once. Didn't ask for this? You can ignore this email.`
	].join('\n');
	const href = escape(link);
	const html = `<!doctype html>
<html lang="nl"><body style="font-family: sans-serif; line-height: 1.5">
<p>${escape(t.nl[0])}</p>
<p><a href="${href}">${escape(t.nl[1])}</a></p>
<p>Of vul deze code in: <strong data-otp>${code}</strong></p>
<p>De link en de code zijn ${minutes} minuten geldig en werken één keer. Heb je dit niet aangevraagd? Dan kun je deze e-mail negeren.</p>
<hr>
<div lang="en">
<p>${escape(t.en[0])}</p>
<p><a href="${href}">${escape(t.en[1])}</a></p>
<p>Or enter this code: <strong>${code}</strong></p>
<p>The link and the code are valid for ${minutes} minutes and work once. Didn't ask for this? You can ignore this email.</p>
</div>
</body></html>`;
	return { to, subject: t.subject, html, text };
}
