// One-click unsubscribe (RFC 8058): every message of a kind the recipient may choose for carries
// a signed link (purpose "unsubscribe", subject the user, the kind in extra) in its footer and in
// the List-Unsubscribe header. Following it shows a confirmation page; POSTing to it (the
// button there, or a mail client's one-click POST) sets that kind to never, without signing in.
// Pure functions with the secret passed in, so tests and the bench use the very same code.
import { emailKindInfo, isEmailKind, type EmailKind } from '$lib/email/kinds';
import { signLink, verifyLink, type LinkFailure } from '$lib/server/links/token';
import type { AdminClient, OutboxRow } from './outbox';
import { escapeHtml } from './templates/escape';

export const UNSUBSCRIBE_PURPOSE = 'unsubscribe';
/** Long: people unsubscribe from mail that is months old; the link only ever turns mail off. */
export const UNSUBSCRIBE_VALID_MS = 400 * 24 * 60 * 60_000;

export type Unsubscribe = { userId: string; kind: EmailKind };

export function unsubscribeToken(secret: string, userId: string, kind: EmailKind, now = new Date()): string {
	return signLink(secret, UNSUBSCRIBE_PURPOSE, userId, new Date(now.getTime() + UNSUBSCRIBE_VALID_MS), {
		kind
	});
}

export function unsubscribeUrl(origin: string, token: string): string {
	return new URL(`/afmelden/${token}`, origin).toString();
}

export function readUnsubscribeToken(
	secret: string,
	token: string,
	now?: Date
): { ok: true; value: Unsubscribe } | { ok: false; reason: LinkFailure } {
	const result = verifyLink(secret, token, UNSUBSCRIBE_PURPOSE, now);
	if (!result.ok) return result;
	const kind = result.extra.kind;
	if (!isEmailKind(kind)) return { ok: false, reason: 'malformed' };
	return { ok: true, value: { userId: result.subject, kind } };
}

/**
 * Sets the kind to never for the user the link names. Idempotent: a second POST (a mail client
 * and the user both) changes nothing more. Service role: the visitor is not signed in; the
 * signed link is the authority, for exactly this user and kind.
 */
export async function unsubscribe(db: AdminClient, value: Unsubscribe): Promise<void> {
	const { error } = await db
		.from('email_preferences')
		.upsert({ user_id: value.userId, kind: value.kind, frequency: 'never' }, { onConflict: 'user_id,kind' });
	// 23503: the account was deleted since the mail went out; nothing left to send to.
	if (error && error.code !== '23503') throw new Error(`Unsubscribing failed: ${error.message}`);
}

/** What a message gets added at send time: headers and a footer. */
export type MessageExtras = {
	headers: Record<string, string>;
	textFooter: string;
	htmlFooter: string;
};

/**
 * The unsubscribe headers and footer for a row, or null when the row has no recipient account
 * or its kind is not one a user chooses for (invitations, sign-in links).
 */
export function unsubscribeExtras(
	secret: string | (() => string),
	origin: string
): (row: Pick<OutboxRow, 'user_id' | 'kind'>) => MessageExtras | null {
	return (row) => {
		if (!row.user_id || !isEmailKind(row.kind)) return null;
		// Read only now: mail without an unsubscribe link (invitations) goes without the secret.
		const key = typeof secret === 'function' ? secret() : secret;
		const url = unsubscribeUrl(origin, unsubscribeToken(key, row.user_id, row.kind));
		const label = emailKindInfo(row.kind)?.label ?? { nl: row.kind, en: row.kind };
		const preferences = new URL('/mijn/account#email-voorkeuren', origin).toString();
		return {
			headers: {
				'List-Unsubscribe': `<${url}>`,
				'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
			},
			textFooter: [
				'',
				'---',
				`Geen e-mails meer over "${label.nl}"? Afmelden: ${url}`,
				`No more emails about "${label.en}"? Unsubscribe: ${url}`,
				`Alle e-mailvoorkeuren / All email preferences: ${preferences}`
			].join('\n'),
			htmlFooter:
				`<hr><p style="font-size:12px;color:#555">Geen e-mails meer over &ldquo;${escapeHtml(label.nl)}&rdquo;? ` +
				`<a href="${escapeHtml(url)}">Afmelden</a> &middot; No more emails about &ldquo;${escapeHtml(label.en)}&rdquo;? ` +
				`<a href="${escapeHtml(url)}">Unsubscribe</a> &middot; ` +
				`<a href="${escapeHtml(preferences)}">E-mailvoorkeuren / Email preferences</a></p>`
		};
	};
}

/** Puts the footer before </body> when the message has one, else at the end. */
export function withFooter(html: string, footer: string): string {
	const at = html.toLowerCase().lastIndexOf('</body>');
	return at === -1 ? html + footer : html.slice(0, at) + footer + html.slice(at);
}
