// The deal flow's emails, through the outbox: deal_started (to the other side), deal_answered
// (a yes that still waits for the other side, or a no; to the other side), deal_agreed (to both,
// with the matchformulier as text and a link). Each recipient reads it in the language of their
// profile. Idempotency keys per deal and event, so a retried request never mails twice.
import { dealPath, formatEuro, type DealEmailKind } from '$lib/deals';
import { formatDate, translate, type Locale } from '$lib/i18n';
import { enqueueEmail } from '$lib/server/email/outbox';
import { escapeHtml } from '$lib/server/email/templates/escape';
import type { EmailMessage } from '$lib/server/email/types';
import { recipientsOf, type Recipient } from '$lib/server/notifications/recipients';
import { DEAL_SELECT, dealContacts, dealHistory, currentRates, rateVersion } from './queries';
import { socialValue } from '$lib/deals';
import type { Tables } from '$lib/database.types';
import type { DealMail } from './types';

const T = {
	nl: {
		started: (who: string, what: string) => `${who} wil een match met jullie maken: ${what}`,
		startedIntro: (who: string) => `${who} ziet een match met jullie en heeft een matchformulier gestart.`,
		accepted: (who: string) => `${who} heeft jullie match geaccepteerd`,
		acceptedIntro: (who: string) =>
			`${who} heeft het matchformulier geaccepteerd. Accepteer het ook, dan is de match afgesproken.`,
		declined: (who: string) => `${who} heeft de match afgewezen`,
		declinedIntro: (who: string) => `${who} heeft de match afgewezen.`,
		withdrawn: (who: string) => `${who} heeft de match ingetrokken`,
		withdrawnIntro: (who: string) => `${who} heeft de match ingetrokken.`,
		agreed: (what: string) => `Match afgesproken: ${what}`,
		agreedIntro:
			'Beide partijen hebben de match afgesproken. Hieronder staat het matchformulier; neem contact op met de andere partij.',
		message: 'Bericht',
		open: 'Bekijk de match',
		giver: 'Partij A (geeft)',
		receiver: 'Partij B (ontvangt)',
		what: 'Wat wordt er gegeven',
		inReturn: 'Tegenprestatie',
		none: 'geen',
		hours: (h: number, e: number, s: number) =>
			`Uren: ${h} helpende handen, ${e} kennis en kunde, ${s} studenten`,
		materials: 'Materialen',
		other: 'Overige kosten',
		deadline: 'Uitgevoerd vóór',
		value: 'Maatschappelijke waarde',
		contact: 'Contactpersoon'
	},
	en: {
		started: (who: string, what: string) => `${who} would like to make a match with you: ${what}`,
		startedIntro: (who: string) => `${who} sees a match with you and has started a match form.`,
		accepted: (who: string) => `${who} accepted your match`,
		acceptedIntro: (who: string) => `${who} accepted the match form. Accept it too, and the match is agreed.`,
		declined: (who: string) => `${who} declined the match`,
		declinedIntro: (who: string) => `${who} declined the match.`,
		withdrawn: (who: string) => `${who} withdrew the match`,
		withdrawnIntro: (who: string) => `${who} withdrew the match.`,
		agreed: (what: string) => `Match agreed: ${what}`,
		agreedIntro:
			'Both parties agreed on the match. The match form is below; get in touch with the other party.',
		message: 'Message',
		open: 'View the match',
		giver: 'Party A (gives)',
		receiver: 'Party B (receives)',
		what: 'What is given',
		inReturn: 'In return',
		none: 'nothing',
		hours: (h: number, e: number, s: number) => `Hours: ${h} helping hands, ${e} expertise, ${s} students`,
		materials: 'Materials',
		other: 'Other costs',
		deadline: 'Carried out by',
		value: 'Social value',
		contact: 'Contact person'
	}
} as const;

type Row = Tables<'deals'> & {
	giver: { id: string; name: string } | null;
	receiver: { id: string; name: string } | null;
	rate: Tables<'municipality_rates'> | null;
};

/** Enqueues the emails of one event of a deal; never throws (a failure is logged, the deal stands). */
export async function sendDealEmails(mail: DealMail, dealId: string, kind: DealEmailKind): Promise<string[]> {
	try {
		return await send(mail, dealId, kind);
	} catch (e) {
		console.error(`Deal email ${kind} for ${dealId} failed:`, e);
		return [];
	}
}

async function send(mail: DealMail, dealId: string, kind: DealEmailKind): Promise<string[]> {
	const db = mail.outbox.db;
	const { data, error } = await db.from('deals').select(DEAL_SELECT).eq('id', dealId).single();
	if (error) throw new Error(`Loading deal failed: ${error.message}`);
	const deal = data as unknown as Row;
	const history = await dealHistory(db, dealId);
	const last = history.at(-1);
	const names = new Map([
		[deal.giver_organisation_id, deal.giver?.name ?? ''],
		[deal.receiver_organisation_id, deal.receiver?.name ?? '']
	]);
	const other = (org: string | null | undefined) =>
		org === deal.giver_organisation_id ? deal.receiver_organisation_id : deal.giver_organisation_id;

	let targets: string[];
	let actor: string;
	if (kind === 'deal_started') {
		actor = deal.started_by_organisation_id;
		targets = [other(actor)];
	} else if (kind === 'deal_answered') {
		actor = last?.actorOrganisationId ?? deal.started_by_organisation_id;
		targets = [other(actor)];
	} else {
		actor = last?.actorOrganisationId ?? deal.started_by_organisation_id;
		targets = [deal.giver_organisation_id, deal.receiver_organisation_id];
	}
	const recipients = await recipientsOf(db, targets);
	const contacts = kind === 'deal_agreed' ? await dealContacts(db, dealId) : [];
	const rates = deal.rate ? rateVersion(deal.rate) : await currentRates(db, deal.municipality_id);
	const ids: string[] = [];
	for (const org of targets) {
		for (const r of recipients.get(org) ?? []) {
			const message = compose(kind, r, {
				deal,
				actorName: names.get(actor) ?? '',
				lastMessage: last?.message ?? '',
				answer:
					deal.state === 'declined' ? 'declined' : deal.state === 'cancelled' ? 'withdrawn' : 'accepted',
				eventId: last?.id ?? 0,
				contacts: contacts.map((c) => ({ ...c, organisation: names.get(c.organisationId) ?? '' })),
				value: rates
					? formatEuro(
							socialValue(
								{
									hoursHands: Number(deal.hours_hands),
									hoursExpertise: Number(deal.hours_expertise),
									hoursStudents: Number(deal.hours_students),
									materialsValue: Number(deal.materials_value),
									otherCosts: Number(deal.other_costs)
								},
								rates
							).total,
							r.locale
						)
					: '',
				url: new URL(dealPath(dealId), mail.origin).toString()
			});
			const result = await enqueueEmail(mail.outbox, message);
			if (result.id) ids.push(result.id);
		}
	}
	return ids;
}

type Context = {
	deal: Row;
	actorName: string;
	lastMessage: string;
	answer: 'accepted' | 'declined' | 'withdrawn';
	eventId: number;
	contacts: { organisation: string; name: string; email: string | null; phone: string | null }[];
	value: string;
	url: string;
};

function compose(kind: DealEmailKind, r: Recipient, c: Context): EmailMessage {
	const t = T[r.locale];
	const d = c.deal;
	const what = d.what_given || translate(r.locale, 'deal.field.what_given');
	let subject: string;
	let intro: string;
	let key: string;
	if (kind === 'deal_started') {
		subject = t.started(c.actorName, what);
		intro = t.startedIntro(c.actorName);
		key = `deal_started/${d.id}/${r.email.toLowerCase()}`;
	} else if (kind === 'deal_answered') {
		subject = t[c.answer](c.actorName);
		intro = t[`${c.answer}Intro`](c.actorName);
		key = `deal_answered/${d.id}/${c.eventId}/${r.email.toLowerCase()}`;
	} else {
		subject = t.agreed(what);
		intro = t.agreedIntro;
		key = `deal_agreed/${d.id}/${r.email.toLowerCase()}`;
	}
	const lines: string[] = [intro];
	if (c.lastMessage && kind !== 'deal_agreed') lines.push('', `${t.message}: ${c.lastMessage}`);
	if (kind === 'deal_agreed') lines.push('', ...formLines(r.locale, c));
	lines.push('', `${t.open}: ${c.url}`);
	const text = lines.join('\n');
	const html = `<!doctype html>
<html lang="${r.locale}"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
${lines
	.filter((l) => l !== '' && !l.startsWith(`${t.open}:`))
	.map((l) => `<p>${escapeHtml(l)}</p>`)
	.join('\n')}
<p><a href="${escapeHtml(c.url)}" style="color: #00664f">${escapeHtml(t.open)}</a></p>
</body></html>`;
	return {
		to: r.email,
		subject: subject.slice(0, 300),
		html,
		text,
		idempotencyKey: key,
		kind,
		municipalityId: d.municipality_id
	};
}

function formLines(locale: Locale, c: Context): string[] {
	const t = T[locale];
	const d = c.deal;
	const euro = (n: unknown) => formatEuro(Number(n), locale);
	const lines = [
		`${t.giver}: ${d.giver?.name ?? ''}`,
		`${t.receiver}: ${d.receiver?.name ?? ''}`,
		`${t.what}: ${d.what_given}`,
		`${t.inReturn}: ${d.in_return || t.none}`,
		t.hours(Number(d.hours_hands), Number(d.hours_expertise), Number(d.hours_students)),
		`${t.materials}: ${euro(d.materials_value)}`,
		`${t.other}: ${euro(d.other_costs)}`
	];
	if (d.deadline) lines.push(`${t.deadline}: ${formatDate(locale, d.deadline)}`);
	if (c.value) lines.push(`${t.value}: ${c.value}`);
	for (const p of c.contacts) {
		lines.push(`${t.contact} ${p.organisation}: ${[p.name, p.email, p.phone].filter(Boolean).join(', ')}`);
	}
	return lines;
}
