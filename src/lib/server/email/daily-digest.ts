// The daily digest: messages held because their recipient chose "daily" for the kind go out
// together, one email per user, once the oldest has waited a day. The RPC enqueue_daily_digest
// stores the digest and marks the messages bundled in one transaction, so two runners never
// bundle a message twice and a crash in between loses nothing.
import { createHash } from 'node:crypto';
import { defaultLocale, isLocale, type Locale } from '$lib/i18n';
import { emailKindInfo } from '$lib/email/kinds';
import type { AdminClient, OutboxDeps } from './outbox';
import { escapeHtml } from './templates/escape';

export const DAILY_MS = 24 * 60 * 60_000;
/** A digest lists at most this many messages; the rest wait for the next one. */
const MAX_ITEMS = 50;

export type DigestRunReport = { users: number; digests: number; messages: number; stale: number };

type Held = {
	id: string;
	user_id: string | null;
	municipality_id: string | null;
	kind: string;
	to_address: string;
	subject: string;
	text: string;
	created_at: string;
};

const texts = {
	nl: {
		subject: (n: number) => `Je dagelijkse overzicht: ${n} ${n === 1 ? 'bericht' : 'berichten'}`,
		intro: 'Je hebt gekozen voor één e-mail per dag. Dit kwam er binnen:',
		preferences: 'E-mailvoorkeuren wijzigen'
	},
	en: {
		subject: (n: number) => `Your daily overview: ${n} ${n === 1 ? 'message' : 'messages'}`,
		intro: 'You chose one email a day. This is what came in:',
		preferences: 'Change email preferences'
	}
} as const;

export function dailyDigestEmail(items: Held[], locale: Locale, origin: string) {
	const t = texts[locale];
	const preferences = new URL('/mijn/account#email-voorkeuren', origin).toString();
	const text = [
		t.intro,
		'',
		...items.flatMap((item) => [
			`== ${emailKindInfo(item.kind)?.label[locale] ?? item.kind}: ${item.subject}`,
			'',
			item.text.trim(),
			''
		]),
		'---',
		`${t.preferences}: ${preferences}`
	].join('\n');
	const html =
		`<!doctype html><html lang="${locale}"><body><p>${escapeHtml(t.intro)}</p>` +
		items
			.map(
				(item) =>
					`<h2 style="font-size:16px">${escapeHtml(emailKindInfo(item.kind)?.label[locale] ?? item.kind)}: ${escapeHtml(item.subject)}</h2>` +
					`<pre style="white-space:pre-wrap;font-family:inherit">${escapeHtml(item.text.trim())}</pre>`
			)
			.join('') +
		`<hr><p><a href="${escapeHtml(preferences)}">${escapeHtml(t.preferences)}</a></p></body></html>`;
	return { subject: t.subject(items.length), text, html };
}

async function localesOf(db: AdminClient, userIds: string[]): Promise<Map<string, Locale>> {
	if (!userIds.length) return new Map();
	const { data, error } = await db.from('profiles').select('id, locale').in('id', userIds);
	if (error) throw new Error(`Loading profiles failed: ${error.message}`);
	return new Map(data.map((p) => [p.id, isLocale(p.locale) ? p.locale : defaultLocale]));
}

/**
 * Bundles the held messages of every user whose oldest held message is at least `minAgeMs` old
 * (default a day) into one digest each, and returns what it did. Delivery is the outbox's job.
 */
export async function bundleDailyDigests(
	deps: OutboxDeps,
	options: { origin: string; minAgeMs?: number }
): Promise<DigestRunReport> {
	const now = deps.now ? deps.now() : new Date();
	const due = new Date(now.getTime() - (options.minAgeMs ?? DAILY_MS)).toISOString();
	const report: DigestRunReport = { users: 0, digests: 0, messages: 0, stale: 0 };
	const { data: oldest, error } = await deps.db
		.from('email_outbox')
		.select('user_id')
		.eq('status', 'held')
		.lte('created_at', due)
		.not('user_id', 'is', null)
		.limit(500);
	if (error) throw new Error(`Loading held emails failed: ${error.message}`);
	const userIds = [...new Set(oldest.map((r) => r.user_id as string))];
	if (!userIds.length) return report;
	const locales = await localesOf(deps.db, userIds);

	for (const userId of userIds) {
		report.users++;
		const { data: held, error: heldError } = await deps.db
			.from('email_outbox')
			.select('id, user_id, municipality_id, kind, to_address, subject, text, created_at')
			.eq('status', 'held')
			.eq('user_id', userId)
			.order('created_at')
			.limit(MAX_ITEMS);
		if (heldError) throw new Error(`Loading held emails failed: ${heldError.message}`);
		if (!held.length) continue;
		// The newest address the user's messages went to.
		const to = held[held.length - 1].to_address;
		const email = dailyDigestEmail(held, locales.get(userId) ?? defaultLocale, options.origin);
		const key = createHash('sha256')
			.update(held.map((h) => h.id).join(','))
			.digest('hex')
			.slice(0, 32);
		const { data, error: rpcError } = await deps.db.rpc('enqueue_daily_digest', {
			p_user: userId,
			p_ids: held.map((h) => h.id),
			p_email: { to, ...email, idempotency_key: `daily_digest/${userId}/${key}` },
			p_municipality: held[0].municipality_id ?? undefined
		});
		if (rpcError) throw new Error(`Enqueueing a daily digest failed: ${rpcError.message}`);
		const status = (data as { status?: string } | null)?.status;
		if (status === 'enqueued') {
			report.digests++;
			report.messages += held.length;
		} else report.stale++;
	}
	return report;
}
