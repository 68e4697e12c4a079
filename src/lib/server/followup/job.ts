// The follow-up job on a clock of its own: `now` is the scheduler's real time, or the moment a
// test jumps to. Creates the questions due at `now` (once each: a unique constraint) and the
// reminders due (once each: reminded_at), and mails them. Running it again at the same or a
// later time asks nothing twice and mails nothing twice (the outbox's idempotency keys).
import { sendFollowupEmails, type QuestionRow } from './emails';
import type { FollowupDeps, FollowupRunReport } from './types';

export async function runFollowup(
	deps: FollowupDeps,
	options: { now: Date; municipalityId?: string | null }
): Promise<FollowupRunReport> {
	const db = deps.outbox.db;
	const args = { p_now: options.now.toISOString(), p_municipality: options.municipalityId ?? undefined };
	const asked = await db.rpc('create_due_followups', args);
	if (asked.error) throw new Error(`Creating follow-up questions failed: ${asked.error.message}`);
	const reminders = await db.rpc('claim_followup_reminders', args);
	if (reminders.error) throw new Error(`Claiming follow-up reminders failed: ${reminders.error.message}`);
	const newQuestions = asked.data as QuestionRow[];
	const reminded = reminders.data as QuestionRow[];
	const emails =
		(await sendFollowupEmails(deps, newQuestions, 'followup_question', options.now)) +
		(await sendFollowupEmails(deps, reminded, 'followup_reminder', options.now));
	return { asked: newQuestions.length, reminded: reminded.length, emails };
}
