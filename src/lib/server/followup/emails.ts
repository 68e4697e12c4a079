// The follow-up emails: a question (followup_question) or its one reminder (followup_reminder)
// to the party asked, in each recipient's language, with one signed link per answer. The
// idempotency key names the deal, the question, the party, the kind and the address, so running
// the job again never mails twice.
import { formatDate, translate } from '$lib/i18n';
import {
	ANSWERS_FOR,
	FOLLOWUP_LINK_PURPOSE,
	FOLLOWUP_PATH,
	LINK_VALID_DAYS,
	type FollowupAnswer,
	type FollowupQuestion
} from '$lib/followup';
import { enqueueEmail } from '$lib/server/email/outbox';
import { escapeHtml } from '$lib/server/email/templates/escape';
import type { EmailMessage } from '$lib/server/email/types';
import { signLink } from '$lib/server/links/token';
import { recipientsOf, type Recipient } from '$lib/server/notifications/recipients';
import type { FollowupDeps } from './types';

export type QuestionRow = {
	id: string;
	deal_id: string;
	municipality_id: string;
	organisation_id: string;
	question: FollowupQuestion;
};

export type FollowupEmailKind = 'followup_question' | 'followup_reminder';

const DAY_MS = 86_400_000;

const T = {
	nl: {
		reminder: 'Herinnering',
		contactIntro: (what: string, other: string) =>
			`Twee weken geleden hebben jullie een match afgesproken: ${what}. Is er al contact geweest met ${other}?`,
		doneIntro: (what: string, other: string) =>
			`De afgesproken datum van jullie match met ${other} is bereikt: ${what}. Is het uitgevoerd?`,
		reminderIntro: 'We hebben nog geen antwoord ontvangen op onze vraag van vorige week.',
		click: 'Klik op het antwoord dat klopt; je hoeft niet in te loggen.',
		valid: (date: string) => `De links werken tot ${date}.`,
		thanks: 'Met dank, de Beursvloer van de gemeente'
	},
	en: {
		reminder: 'Reminder',
		contactIntro: (what: string, other: string) =>
			`Two weeks ago you agreed on a match: ${what}. Have you been in touch with ${other}?`,
		doneIntro: (what: string, other: string) =>
			`The agreed date of your match with ${other} has come: ${what}. Has it been carried out?`,
		reminderIntro: 'We have not yet received an answer to our question of last week.',
		click: 'Click the answer that is right; no need to sign in.',
		valid: (date: string) => `The links work until ${date}.`,
		thanks: 'With thanks, the municipality’s Beursvloer'
	}
} as const;

type DealNames = {
	id: string;
	what_given: string;
	giver_organisation_id: string;
	receiver_organisation_id: string;
	giver: { name: string } | null;
	receiver: { name: string } | null;
};

/** The link for one answer to one question, valid LINK_VALID_DAYS from `now`. */
export function answerUrl(deps: FollowupDeps, questionId: string, answer: FollowupAnswer, now: Date): string {
	const token = signLink(
		deps.secret,
		FOLLOWUP_LINK_PURPOSE,
		`${questionId}:${answer}`,
		new Date(now.getTime() + LINK_VALID_DAYS * DAY_MS)
	);
	return new URL(`${FOLLOWUP_PATH}/${token}`, deps.origin).toString();
}

/** Enqueues the emails for these questions; returns how many were enqueued. */
export async function sendFollowupEmails(
	deps: FollowupDeps,
	questions: QuestionRow[],
	kind: FollowupEmailKind,
	now: Date
): Promise<number> {
	if (!questions.length) return 0;
	const db = deps.outbox.db;
	const dealIds = [...new Set(questions.map((q) => q.deal_id))];
	const { data, error } = await db
		.from('deals')
		.select(
			`id, what_given, giver_organisation_id, receiver_organisation_id,
			giver:organisations!deals_giver_organisation_id_fkey ( name ),
			receiver:organisations!deals_receiver_organisation_id_fkey ( name )`
		)
		.in('id', dealIds);
	if (error) throw new Error(`Loading deals for follow-up failed: ${error.message}`);
	const deals = new Map((data as unknown as DealNames[]).map((d) => [d.id, d]));
	const recipients = await recipientsOf(db, [...new Set(questions.map((q) => q.organisation_id))]);
	let sent = 0;
	for (const q of questions) {
		const deal = deals.get(q.deal_id);
		if (!deal) continue;
		for (const r of recipients.get(q.organisation_id) ?? []) {
			const result = await enqueueEmail(deps.outbox, compose(deps, q, deal, r, kind, now));
			if (result.id) sent++;
		}
	}
	return sent;
}

function compose(
	deps: FollowupDeps,
	q: QuestionRow,
	deal: DealNames,
	r: Recipient,
	kind: FollowupEmailKind,
	now: Date
): EmailMessage {
	const t = T[r.locale];
	const other =
		q.organisation_id === deal.giver_organisation_id ? (deal.receiver?.name ?? '') : (deal.giver?.name ?? '');
	const question = translate(r.locale, `followup.question.${q.question}`);
	const links = ANSWERS_FOR[q.question].map((answer) => ({
		label: translate(r.locale, `followup.answer.${answer}`),
		url: answerUrl(deps, q.id, answer, now)
	}));
	const intro =
		q.question === 'contact' ? t.contactIntro(deal.what_given, other) : t.doneIntro(deal.what_given, other);
	const until = formatDate(r.locale, new Date(now.getTime() + LINK_VALID_DAYS * DAY_MS).toISOString());
	const lead = kind === 'followup_reminder' ? [t.reminderIntro, intro] : [intro];
	const subject = `${kind === 'followup_reminder' ? `${t.reminder}: ` : ''}${question} ${deal.what_given}`;
	const text = [
		...lead,
		'',
		t.click,
		...links.map((l) => `${l.label}: ${l.url}`),
		'',
		t.valid(until),
		'',
		t.thanks
	].join('\n');
	const html = `<!doctype html>
<html lang="${r.locale}"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
${lead.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}
<p>${escapeHtml(t.click)}</p>
<ul>
${links.map((l) => `<li><a href="${escapeHtml(l.url)}" style="color: #00664f">${escapeHtml(l.label)}</a></li>`).join('\n')}
</ul>
<p>${escapeHtml(t.valid(until))}</p>
<p>${escapeHtml(t.thanks)}</p>
</body></html>`;
	return {
		to: r.email,
		subject: subject.slice(0, 300),
		html,
		text,
		idempotencyKey: `${kind}/${q.deal_id}/${q.question}/${q.organisation_id}/${r.email.toLowerCase()}`,
		kind,
		municipalityId: q.municipality_id
	};
}
