// Proposal digests: for each organisation with new proposals (above the engine's threshold or
// pinned by a matchmaker, not yet told), one email per recipient listing them, at most one digest
// per organisation per interval. The RPC enqueue_proposal_digest stores the emails and marks the
// proposals told in one transaction, so two runners never announce a proposal twice; the outbox
// runner then delivers them.
import { createHash } from 'node:crypto';
import type { Database } from '$lib/database.types';
import { WEIGHTS } from '$lib/matching/score';
import type { AdminClient } from '$lib/server/email/outbox';
import { proposalsDigestEmail, type DigestItem } from '$lib/server/email/templates/proposals-digest';
import { renderExplanation, scoreBand } from '$lib/server/matching/present';
import { listingsById, organisationsById } from '$lib/server/matching/read';
import { recipientsOf } from './recipients';

type Pending = Database['public']['Functions']['pending_proposal_notifications']['Returns'][number];

export type DigestOptions = {
	municipalityId: string;
	/** The site's origin, for the link to /mijn/voorstellen. */
	origin: string;
	/** At most one digest per organisation within this time; default one day. */
	minIntervalMs?: number;
	/** Wait until an organisation's oldest news is this old, so a burst arrives as one email. */
	settleMs?: number;
	/** Proposals listed in one email; the rest are counted ("en nog 3 andere"). */
	maxItems?: number;
};

export type DigestReport = {
	/** Outbox rows stored by this run, for delivering them right away. */
	outboxIds: string[];
	organisations: number;
	emails: number;
	proposals: number;
	tooSoon: number;
	stale: number;
	noRecipient: number;
};

export const DAY_MS = 24 * 60 * 60_000;
const REASONS_SHOWN = 3;

const interval = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} seconds`;

/** The same set of proposals gives the same key, so a repeated run cannot store a second email. */
function digestKey(organisationId: string, rows: Pending[], index: number): string {
	const ids = rows.map((r) => `${r.proposal_id}:${r.side}`).sort();
	const hash = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 24);
	return `proposals_digest/${organisationId}/${hash}/${index}`;
}

export async function notifyNewProposals(db: AdminClient, options: DigestOptions): Promise<DigestReport> {
	const minInterval = interval(options.minIntervalMs ?? DAY_MS);
	const { data, error } = await db.rpc('pending_proposal_notifications', {
		p_municipality: options.municipalityId,
		p_min_score: WEIGHTS.threshold,
		p_min_interval: minInterval,
		p_settle: interval(options.settleMs ?? 0)
	});
	if (error) throw new Error(`Loading new proposals failed: ${error.message}`);
	const pending: Pending[] = data;
	const report: DigestReport = {
		outboxIds: [],
		organisations: 0,
		emails: 0,
		proposals: 0,
		tooSoon: 0,
		stale: 0,
		noRecipient: 0
	};
	if (!pending.length) return report;

	const byOrganisation = new Map<string, Pending[]>();
	for (const row of pending) {
		const list = byOrganisation.get(row.organisation_id) ?? [];
		list.push(row);
		byOrganisation.set(row.organisation_id, list);
	}
	const organisationIds = [...byOrganisation.keys()];
	const listings = await listingsById(
		db,
		pending.flatMap((p) => [p.request_id, p.offer_id])
	);
	const [organisations, recipients] = await Promise.all([
		organisationsById(db, [...organisationIds, ...[...listings.values()].map((l) => l.organisationId)]),
		recipientsOf(db, organisationIds)
	]);
	const url = new URL('/mijn/voorstellen', options.origin).toString();
	const maxItems = options.maxItems ?? 10;

	for (const [organisationId, rows] of byOrganisation) {
		report.organisations++;
		const to = recipients.get(organisationId) ?? [];
		if (!to.length) {
			report.noRecipient++;
			continue;
		}
		const organisationName = organisations.get(organisationId)?.name ?? '';
		const visible = rows.flatMap((row) => {
			const mine = listings.get(row.side === 'request' ? row.request_id : row.offer_id);
			const other = listings.get(row.side === 'request' ? row.offer_id : row.request_id);
			return mine && other ? [{ row, mine, other }] : [];
		});
		// Both listings vanished since the query: left for the next run, which no longer sees them.
		if (!visible.length) continue;
		const shown = visible.slice(0, maxItems);
		const emails = to.map((recipient, index) => {
			const items: DigestItem[] = shown.map(({ row, mine, other }) => ({
				mine: { kind: mine.kind, title: mine.title },
				other: { organisation: organisations.get(other.organisationId)?.name ?? '', title: other.title },
				band: scoreBand(row.score),
				pinned: row.pinned,
				// Caveats are for the proposal page; an email names only the reasons.
				reasons: renderExplanation(row.reasons, [], recipient.locale).reasons.slice(0, REASONS_SHOWN)
			}));
			const message = proposalsDigestEmail({
				to: recipient.email,
				locale: recipient.locale,
				organisationName,
				items,
				more: visible.length - shown.length,
				url,
				idempotencyKey: digestKey(organisationId, rows, index)
			});
			return {
				to: message.to,
				subject: message.subject,
				html: message.html,
				text: message.text,
				idempotency_key: message.idempotencyKey,
				user_id: recipient.userId
			};
		});
		const { data: result, error: enqueueError } = await db.rpc('enqueue_proposal_digest', {
			p_municipality: options.municipalityId,
			p_organisation: organisationId,
			p_proposal_ids: rows.map((r) => r.proposal_id),
			p_emails: emails,
			p_min_interval: minInterval
		});
		if (enqueueError) throw new Error(`Enqueueing a proposal digest failed: ${enqueueError.message}`);
		const outcome = typeof result === 'object' && result && !Array.isArray(result) ? result : {};
		const status = outcome.status;
		if (status === 'enqueued') {
			if (Array.isArray(outcome.ids)) report.outboxIds.push(...outcome.ids.map(String));
			report.emails += emails.length;
			report.proposals += rows.length;
		} else if (status === 'too_soon') report.tooSoon++;
		else report.stale++;
	}
	return report;
}
