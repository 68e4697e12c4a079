// The municipality's follow-up list: every running deal (agreed, in progress) with its age, its
// open question, its last answer and whom to call, sorted by urgency; the totals by state; and
// the same rows as a CSV file. Read with the staff member's own client: RLS (staff of the
// municipality) decides, and the contact persons of agreed deals are theirs to see.
import { DEAL_STATES, type DealState } from '$lib/deals';
import {
	OPEN_STATES,
	type FollowupAnswer,
	type FollowupFilters,
	type FollowupList,
	type FollowupQuestion,
	type FollowupRow,
	type OpenState
} from '$lib/followup';
import { formatDate, translator, type Locale } from '$lib/i18n';
import type { ListingCategory } from '$lib/listings';
import { toCsv } from '$lib/server/csv';
import type { Client } from '$lib/server/deals/types';

const DAY_MS = 86_400_000;
const CHUNK = 100;
const PAGE = 1000;

type DealRow = {
	id: string;
	state: OpenState;
	category: ListingCategory;
	what_given: string;
	agreed_at: string | null;
	deadline: string | null;
	giver_organisation_id: string;
	receiver_organisation_id: string;
	giver: { name: string } | null;
	receiver: { name: string } | null;
};
type QuestionRow = {
	deal_id: string;
	organisation_id: string;
	question: FollowupQuestion;
	asked_at: string;
	reminded_at: string | null;
	answer: FollowupAnswer | null;
	answered_at: string | null;
};
type ContactRow = {
	deal_id: string;
	organisation_id: string;
	name: string;
	email: string | null;
	phone: string | null;
};

/** Today in the Netherlands, yyyy-mm-dd: deadlines are calendar days there. */
function amsterdamDay(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

async function inChunks<T>(ids: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
	const out: T[] = [];
	for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await load(ids.slice(i, i + CHUNK))));
	return out;
}

export async function followupList(
	supabase: Client,
	municipalityId: string,
	filters: FollowupFilters,
	now: Date = new Date()
): Promise<FollowupList> {
	const today = amsterdamDay(now);
	const page = (from: number) => {
		let query = supabase
			.from('deals')
			.select(
				`id, state, category, what_given, agreed_at, deadline, giver_organisation_id, receiver_organisation_id,
				giver:organisations!deals_giver_organisation_id_fkey ( name ),
				receiver:organisations!deals_receiver_organisation_id_fkey ( name )`
			)
			.eq('municipality_id', municipalityId)
			.in('state', filters.state ? [filters.state] : [...OPEN_STATES]);
		if (filters.category) query = query.eq('category', filters.category);
		if (filters.overdue) query = query.lt('deadline', today);
		if (filters.edition) query = query.eq('event_edition_id', filters.edition);
		return query
			.order('agreed_at', { ascending: true })
			.order('id')
			.range(from, from + PAGE - 1);
	};
	// PostgREST returns at most 1000 rows per request: page through them.
	const deals: DealRow[] = [];
	for (let from = 0; ; from += PAGE) {
		const { data, error } = await page(from);
		if (error) throw new Error(`Loading the follow-up list failed: ${error.message}`);
		deals.push(...(data as unknown as DealRow[]));
		if (data.length < PAGE) break;
	}

	// Every deal of the municipality by state: one count per state.
	const counts = await Promise.all(
		DEAL_STATES.map(async (state) => {
			const { count, error } = await supabase
				.from('deals')
				.select('id', { count: 'exact', head: true })
				.eq('municipality_id', municipalityId)
				.eq('state', state);
			if (error) throw new Error(`Counting deals failed: ${error.message}`);
			return [state, count ?? 0] as const;
		})
	);
	const totals = Object.fromEntries(counts) as Record<DealState, number>;

	const ids = deals.map((d) => d.id);
	const [questions, contacts] = await Promise.all([
		inChunks(ids, async (chunk) => {
			const { data, error } = await supabase
				.from('deal_followups')
				.select('deal_id, organisation_id, question, asked_at, reminded_at, answer, answered_at')
				.in('deal_id', chunk);
			if (error) throw new Error(`Loading follow-up questions failed: ${error.message}`);
			return data as QuestionRow[];
		}),
		inChunks(ids, async (chunk) => {
			const { data, error } = await supabase
				.from('deal_contacts')
				.select('deal_id, organisation_id, name, email, phone')
				.in('deal_id', chunk);
			if (error) throw new Error(`Loading contact persons failed: ${error.message}`);
			return data as ContactRow[];
		})
	]);

	const rows = deals.map((d) => toRow(d, questions, contacts, now, today));
	rows.sort((a, b) => a.urgency - b.urgency || b.ageDays - a.ageDays || a.dealId.localeCompare(b.dealId));
	return { rows, totals };
}

function toRow(
	d: DealRow,
	questions: QuestionRow[],
	contacts: ContactRow[],
	now: Date,
	today: string
): FollowupRow {
	const names = new Map([
		[d.giver_organisation_id, d.giver?.name ?? ''],
		[d.receiver_organisation_id, d.receiver?.name ?? '']
	]);
	const mine = questions.filter((q) => q.deal_id === d.id);
	const open = mine
		.filter((q) => !q.answer && (q.question === 'carried_out' || d.state === 'agreed'))
		.sort((a, b) => a.asked_at.localeCompare(b.asked_at))[0];
	const last = mine
		.filter((q) => q.answer && q.answered_at)
		.sort((a, b) => b.answered_at!.localeCompare(a.answered_at!))[0];
	const callOrg = open?.organisation_id ?? d.receiver_organisation_id;
	const contact = contacts.find((c) => c.deal_id === d.id && c.organisation_id === callOrg);
	const overdue = d.deadline !== null && d.deadline < today;
	const urgency = overdue
		? 0
		: open?.reminded_at
			? 1
			: open
				? 2
				: last?.answer === 'no_contact' && d.state === 'agreed'
					? 3
					: 4;
	return {
		dealId: d.id,
		whatGiven: d.what_given,
		category: d.category,
		state: d.state,
		giverName: names.get(d.giver_organisation_id) ?? '',
		receiverName: names.get(d.receiver_organisation_id) ?? '',
		agreedAt: d.agreed_at,
		ageDays: d.agreed_at ? Math.max(0, Math.floor((now.getTime() - Date.parse(d.agreed_at)) / DAY_MS)) : 0,
		deadline: d.deadline,
		overdue,
		openQuestion: open
			? {
					question: open.question,
					organisationName: names.get(open.organisation_id) ?? '',
					askedAt: open.asked_at,
					remindedAt: open.reminded_at
				}
			: null,
		lastAnswer:
			last && last.answer && last.answered_at
				? {
						question: last.question,
						answer: last.answer,
						organisationName: names.get(last.organisation_id) ?? '',
						answeredAt: last.answered_at
					}
				: null,
		call: {
			organisationName: names.get(callOrg) ?? '',
			name: contact?.name ?? '',
			phone: contact?.phone ?? null,
			email: contact?.email ?? null
		},
		urgency
	};
}

/** The list as a CSV file for a spreadsheet (see $lib/server/csv), in the reader's language. */
export function followupCsv(
	rows: FollowupRow[],
	locale: Locale,
	labels: { state: (s: DealState) => string; category: (c: ListingCategory) => string }
): string {
	const f = translator(locale);
	const header = [
		f('followup.col.match'),
		'ID',
		f('followup.col.state'),
		f('followup.col.category'),
		'Partij A',
		'Partij B',
		f('followup.col.agreed'),
		f('followup.col.age'),
		f('followup.col.deadline'),
		f('followup.col.overdue'),
		f('followup.col.open_question'),
		f('followup.col.last_answer'),
		f('followup.col.call_organisation'),
		f('followup.col.call_name'),
		f('followup.col.call_phone'),
		f('followup.col.call_email')
	];
	if (locale === 'en') {
		header[4] = 'Party A';
		header[5] = 'Party B';
	}
	const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '');
	return toCsv(
		header,
		rows.map((r) => [
			r.whatGiven,
			r.dealId,
			labels.state(r.state),
			labels.category(r.category),
			r.giverName,
			r.receiverName,
			day(r.agreedAt),
			r.ageDays,
			r.deadline ?? '',
			r.overdue ? f('followup.yes') : f('followup.no'),
			r.openQuestion
				? f('followup.asked', {
						question: f(`followup.question.${r.openQuestion.question}`),
						organisation: r.openQuestion.organisationName,
						date: formatDate(locale, r.openQuestion.askedAt)
					})
				: '',
			r.lastAnswer
				? f('followup.answered', {
						answer: f(`followup.answer.short.${r.lastAnswer.answer}`),
						organisation: r.lastAnswer.organisationName,
						date: formatDate(locale, r.lastAnswer.answeredAt)
					})
				: '',
			r.call?.organisationName ?? '',
			r.call?.name ?? '',
			r.call?.phone ?? '',
			r.call?.email ?? ''
		])
	);
}
