// The kinds of email a user chooses a frequency for (table email_preferences; its check lists
// the same kinds). Client-safe: the account page shows them. Other mail (invitations, sign-in
// links, the daily digest itself) is not optional and has no entry here.
import type { Locale } from '$lib/i18n';

export const EMAIL_FREQUENCIES = ['immediately', 'daily', 'never'] as const;
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number];

export type EmailKindInfo = {
	/** Also the outbox row's kind. */
	kind: string;
	label: Record<Locale, string>;
	description: Record<Locale, string>;
	/** What applies while the user has not chosen. */
	defaultFrequency: EmailFrequency;
};

export const EMAIL_KINDS = [
	{
		kind: 'proposals_digest',
		label: { nl: 'Nieuwe voorstellen', en: 'New proposals' },
		description: {
			nl: 'Overzicht van nieuwe voorstellen voor je organisatie (hooguit één keer per dag).',
			en: 'Overview of new proposals for your organisation (at most once a day).'
		},
		defaultFrequency: 'daily'
	},
	{
		kind: 'deal_started',
		label: { nl: 'Iemand wil met je afspreken', en: 'Someone wants to make a deal' },
		description: {
			nl: 'Een andere organisatie wil een match met je maken.',
			en: 'Another organisation wants to make a match with you.'
		},
		defaultFrequency: 'immediately'
	},
	{
		kind: 'deal_answered',
		label: { nl: 'Antwoord op je voorstel', en: 'Answer to your proposal' },
		description: {
			nl: 'De andere kant heeft je voorstel aangenomen of afgewezen.',
			en: 'The other side accepted or declined your proposal.'
		},
		defaultFrequency: 'immediately'
	},
	{
		kind: 'deal_agreed',
		label: { nl: 'Match afgesproken', en: 'Match agreed' },
		description: {
			nl: 'Jullie hebben een match afgesproken; met het matchformulier.',
			en: 'You agreed on a match; with the match form.'
		},
		defaultFrequency: 'immediately'
	},
	{
		kind: 'followup_question',
		label: { nl: 'Vragen over de voortgang', en: 'Questions about progress' },
		description: {
			nl: 'Is er contact geweest? Is de match uitgevoerd?',
			en: 'Have you been in touch? Has the match been carried out?'
		},
		defaultFrequency: 'immediately'
	},
	{
		kind: 'followup_reminder',
		label: { nl: 'Herinneringen', en: 'Reminders' },
		description: {
			nl: 'Een herinnering als een vraag over de voortgang nog open staat.',
			en: 'A reminder when a question about progress is still open.'
		},
		defaultFrequency: 'immediately'
	},
	{
		kind: 'event_invitation',
		label: { nl: 'Uitnodigingen voor de beursvloer', en: 'Invitations to the trading floor event' },
		description: {
			nl: 'De jaarlijkse beursvloer van de gemeente: datum, plaats en aanmelden.',
			en: "The municipality's yearly trading floor event: date, venue and registration."
		},
		defaultFrequency: 'immediately'
	}
] as const satisfies readonly EmailKindInfo[];

export type EmailKind = (typeof EMAIL_KINDS)[number]['kind'];

export const EMAIL_KIND_NAMES = EMAIL_KINDS.map((k) => k.kind) as [EmailKind, ...EmailKind[]];

export function isEmailKind(value: unknown): value is EmailKind {
	return typeof value === 'string' && EMAIL_KINDS.some((k) => k.kind === value);
}

export function emailKindInfo(kind: string): EmailKindInfo | null {
	return EMAIL_KINDS.find((k) => k.kind === kind) ?? null;
}
