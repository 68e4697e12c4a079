// One-click answers: the link in the email carries a signed token (purpose followup_answer,
// subject "<question id>:<answer>", an expiry). Opening it (GET) only shows what it will record;
// confirming (POST) records it through answer_followup, which makes the link single-use by the
// question's state. An expired or forged link changes nothing and says so.
import type { DealState } from '$lib/deals';
import {
	FOLLOWUP_LINK_PURPOSE,
	isFollowupAnswer,
	type AnswerLinkStatus,
	type AnswerLinkView,
	type FollowupAnswer,
	type FollowupQuestion
} from '$lib/followup';
import { verifyLink } from '$lib/server/links/token';
import type { FollowupDeps } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Parsed =
	{ ok: true; questionId: string; answer: FollowupAnswer } | { ok: false; status: AnswerLinkStatus };

function parse(deps: FollowupDeps, token: string, now?: Date): Parsed {
	const verified = verifyLink(deps.secret, token, FOLLOWUP_LINK_PURPOSE, now);
	if (!verified.ok) return { ok: false, status: verified.reason === 'expired' ? 'expired' : 'invalid' };
	const [questionId, answer, ...rest] = verified.subject.split(':');
	if (rest.length || !UUID.test(questionId ?? '') || !isFollowupAnswer(answer)) {
		return { ok: false, status: 'invalid' };
	}
	return { ok: true, questionId, answer };
}

const empty = (status: AnswerLinkStatus): AnswerLinkView => ({
	status,
	question: null,
	answer: null,
	whatGiven: null,
	organisationName: null,
	giverName: null,
	receiverName: null,
	state: null
});

type QuestionDetail = {
	id: string;
	question: FollowupQuestion;
	answer: FollowupAnswer | null;
	organisation: { name: string } | null;
	deal: {
		state: DealState;
		what_given: string;
		giver: { name: string } | null;
		receiver: { name: string } | null;
	} | null;
};

async function loadQuestion(deps: FollowupDeps, id: string): Promise<QuestionDetail | null> {
	const { data, error } = await deps.outbox.db
		.from('deal_followups')
		.select(
			`id, question, answer,
			organisation:organisations ( name ),
			deal:deals ( state, what_given,
				giver:organisations!deals_giver_organisation_id_fkey ( name ),
				receiver:organisations!deals_receiver_organisation_id_fkey ( name ) )`
		)
		.eq('id', id)
		.maybeSingle();
	if (error) throw new Error(`Loading follow-up question failed: ${error.message}`);
	return data as unknown as QuestionDetail | null;
}

function view(
	status: AnswerLinkStatus,
	q: QuestionDetail,
	answer: FollowupAnswer,
	state?: DealState
): AnswerLinkView {
	return {
		status,
		question: q.question,
		answer,
		whatGiven: q.deal?.what_given ?? null,
		organisationName: q.organisation?.name ?? null,
		giverName: q.deal?.giver?.name ?? null,
		receiverName: q.deal?.receiver?.name ?? null,
		state: state ?? q.deal?.state ?? null
	};
}

/** What the link would record (GET): 'ok' when it can still be confirmed. Changes nothing. */
export async function readAnswerLink(deps: FollowupDeps, token: string, now?: Date): Promise<AnswerLinkView> {
	const parsed = parse(deps, token, now);
	if (!parsed.ok) return empty(parsed.status);
	const q = await loadQuestion(deps, parsed.questionId);
	if (!q || !q.deal) return empty('invalid');
	if (
		q.question === 'contact'
			? !['contact', 'no_contact'].includes(parsed.answer)
			: !['carried_out', 'not_feasible'].includes(parsed.answer)
	) {
		return empty('invalid');
	}
	if (q.answer) return view('already_answered', q, parsed.answer);
	if (q.deal.state !== 'agreed' && q.deal.state !== 'in_progress') return view('closed', q, parsed.answer);
	return view('ok', q, parsed.answer);
}

/** Records the link's answer (POST), once. */
export async function submitAnswerLink(
	deps: FollowupDeps,
	token: string,
	now?: Date
): Promise<AnswerLinkView> {
	const parsed = parse(deps, token, now);
	if (!parsed.ok) return empty(parsed.status);
	const { data, error } = await deps.outbox.db.rpc('answer_followup', {
		p_question: parsed.questionId,
		p_answer: parsed.answer
	});
	if (error) throw new Error(`Recording the follow-up answer failed: ${error.message}`);
	const result = data as { status: string; state?: DealState };
	const q = await loadQuestion(deps, parsed.questionId);
	if (!q || result.status === 'not_found' || result.status === 'invalid') return empty('invalid');
	const status: AnswerLinkStatus =
		result.status === 'answered' ? 'answered' : result.status === 'closed' ? 'closed' : 'already_answered';
	return view(status, q, parsed.answer, result.state);
}
