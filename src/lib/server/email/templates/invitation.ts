import { formatDate, translate } from '$lib/i18n';
import type { EmailMessage } from '../types';
import { escapeHtml } from './escape';

type InvitationEmail = {
	invitationId: string;
	to: string;
	organisationName: string;
	inviterName: string;
	role: 'owner' | 'member';
	acceptUrl: string;
	expiresAt: string;
};

const roleNames = {
	nl: { owner: 'eigenaar', member: 'lid' },
	en: { owner: 'owner', member: 'member' }
} as const;

/** Bilingual (Dutch first): we do not know the invitee's language before they sign in. */
export function invitationEmail(input: InvitationEmail): EmailMessage {
	const org = input.organisationName;
	const nlExpires = formatDate('nl', input.expiresAt);
	const enExpires = formatDate('en', input.expiresAt);
	const inviter = input.inviterName || 'Een collega';
	const inviterEn = input.inviterName || 'A colleague';

	const text = [
		`${inviter} nodigt je uit om als ${roleNames.nl[input.role]} mee te doen met ${org} op de maatschappelijke beursvloer.`,
		`Log in met dit e-mailadres (${input.to}) en accepteer de uitnodiging:`,
		input.acceptUrl,
		`De uitnodiging is geldig tot ${nlExpires}.`,
		'',
		'---',
		'',
		`${inviterEn} invites you to join ${org} as ${roleNames.en[input.role]} on the community trading floor.`,
		`Sign in with this email address (${input.to}) and accept the invitation:`,
		input.acceptUrl,
		`The invitation is valid until ${enExpires}.`
	].join('\n');

	const e = escapeHtml;
	const url = e(input.acceptUrl);
	const html = `<!doctype html>
<html lang="nl"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
<p>${e(inviter)} nodigt je uit om als ${roleNames.nl[input.role]} mee te doen met <strong>${e(org)}</strong> op de maatschappelijke beursvloer.</p>
<p>Log in met dit e-mailadres (${e(input.to)}) en accepteer de uitnodiging:</p>
<p><a href="${url}" style="color: #00664f">Uitnodiging bekijken</a></p>
<p>De uitnodiging is geldig tot ${e(nlExpires)}.</p>
<hr>
<div lang="en">
<p>${e(inviterEn)} invites you to join <strong>${e(org)}</strong> as ${roleNames.en[input.role]} on the community trading floor.</p>
<p>Sign in with this email address (${e(input.to)}) and accept the invitation:</p>
<p><a href="${url}" style="color: #00664f">View invitation</a></p>
<p>The invitation is valid until ${e(enExpires)}.</p>
</div>
</body></html>`;

	return {
		to: input.to,
		subject: translate('nl', 'email.invitation.subject', { organisation: org }),
		html,
		text,
		idempotencyKey: `invitation/${input.invitationId}`,
		kind: 'invitation'
	};
}
