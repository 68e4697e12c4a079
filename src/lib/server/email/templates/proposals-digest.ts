// The daily digest of new match proposals for one organisation, in the recipient's language.
// It names the other party only by its public name and listing title: contact details are shared
// only after both sides agree, never in this email.
import { translate, type Locale, type MessageKey } from '$lib/i18n';
import type { ScoreBand } from '$lib/server/matching/present';
import type { EmailMessage } from '../types';
import { escapeHtml } from './escape';

export type DigestItem = {
	mine: { kind: 'offer' | 'request'; title: string };
	other: { organisation: string; title: string };
	band: ScoreBand;
	/** Pinned by a matchmaker: "aanbevolen door de matchmaker". */
	pinned: boolean;
	/** Already rendered in the recipient's language, best first. */
	reasons: string[];
};

export type ProposalsDigest = {
	to: string;
	locale: Locale;
	organisationName: string;
	items: DigestItem[];
	/** Further new proposals not listed, to keep the email short. */
	more: number;
	/** The proposals page, absolute. */
	url: string;
	idempotencyKey: string;
	municipalityId?: string | null;
};

const bandKeys: Record<ScoreBand, MessageKey> = {
	strong: 'proposals.band.strong',
	good: 'proposals.band.good',
	possible: 'proposals.band.possible'
};

/** Items under the listing of the recipient they belong to, in the order given. */
function byListing(items: DigestItem[]): { mine: DigestItem['mine']; items: DigestItem[] }[] {
	const groups = new Map<string, { mine: DigestItem['mine']; items: DigestItem[] }>();
	for (const item of items) {
		const key = `${item.mine.kind}:${item.mine.title}`;
		const group = groups.get(key) ?? { mine: item.mine, items: [] };
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()];
}

export function proposalsDigestEmail(input: ProposalsDigest): EmailMessage {
	const t = (key: MessageKey, params?: Record<string, string | number>) =>
		translate(input.locale, key, params);
	const e = escapeHtml;
	const groups = byListing(input.items);
	const heading = (mine: DigestItem['mine']) =>
		t(mine.kind === 'offer' ? 'notify.digest.for_offer' : 'notify.digest.for_request', { title: mine.title });
	const other = (item: DigestItem) =>
		t('notify.digest.other', { title: item.other.title, organisation: item.other.organisation });
	const labels = (item: DigestItem) =>
		[t(bandKeys[item.band]), ...(item.pinned ? [t('proposals.pinned')] : [])].join(' · ');

	const text = [
		t('notify.digest.intro', { organisation: input.organisationName }),
		'',
		...groups.flatMap((g) => [
			heading(g.mine),
			...g.items.flatMap((item) => [
				`- ${other(item)} (${labels(item)})`,
				...(item.reasons.length ? [`  ${item.reasons.join('; ')}`] : [])
			]),
			''
		]),
		...(input.more > 0 ? [t('notify.digest.more', { count: input.more }), ''] : []),
		t('notify.digest.cta_text'),
		input.url,
		'',
		t('notify.digest.privacy'),
		t('notify.digest.footer', { organisation: input.organisationName })
	].join('\n');

	const url = e(input.url);
	const html = `<!doctype html>
<html lang="${input.locale}"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
<p>${e(t('notify.digest.intro', { organisation: input.organisationName }))}</p>
${groups
	.map(
		(g) => `<h2 style="font-size: 1.1em">${e(heading(g.mine))}</h2>
<ul>
${g.items
	.map(
		(item) =>
			`<li><strong>${e(other(item))}</strong> (${e(labels(item))})${
				item.reasons.length ? `<br><span style="color: #4b4b4b">${e(item.reasons.join('; '))}</span>` : ''
			}</li>`
	)
	.join('\n')}
</ul>`
	)
	.join('\n')}
${input.more > 0 ? `<p>${e(t('notify.digest.more', { count: input.more }))}</p>` : ''}
<p><a href="${url}" style="color: #00664f">${e(t('notify.digest.cta'))}</a></p>
<p style="color: #4b4b4b; font-size: 0.9em">${e(t('notify.digest.privacy'))}<br>${e(
		t('notify.digest.footer', { organisation: input.organisationName })
	)}</p>
</body></html>`;

	return {
		to: input.to,
		subject: t('notify.digest.subject', { organisation: input.organisationName }),
		html,
		text,
		idempotencyKey: input.idempotencyKey,
		kind: 'proposals_digest',
		municipalityId: input.municipalityId ?? null
	};
}
