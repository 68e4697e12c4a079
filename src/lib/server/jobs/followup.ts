// The follow-up job of a server process: every 5 minutes it asks the questions that are due now
// (contact two weeks after agreement, carried out at the deadline) and the reminders a week
// later, for this deployment's municipality, on the real clock. The emails go through the
// outbox; the mail job delivers whatever could not be sent at once.
import { env } from '$env/dynamic/private';
import { runFollowup } from '$lib/server/followup';
import { followupDeps } from '$lib/server/followup/bind';
import { findMunicipality } from '$lib/server/municipalities';
import { appOrigin, outboxDeps } from '$lib/server/email';
import { startProcessRunner, type Runner } from './runner';

const positive = (value: string | undefined, fallback: number) => {
	const n = Number(value);
	return value && Number.isFinite(n) && n > 0 ? n : fallback;
};

async function followupNow(): Promise<void> {
	const municipality = await findMunicipality(outboxDeps().db);
	if (!municipality) return;
	const report = await runFollowup(followupDeps(appOrigin()), {
		now: new Date(),
		municipalityId: municipality.id
	});
	if (report.asked || report.reminded) {
		console.log(
			`Follow-up: ${report.asked} questions, ${report.reminded} reminders, ${report.emails} emails`
		);
	}
}

/** Starts the follow-up job (idempotent): first after 10 s, then every FOLLOWUP_INTERVAL_SECONDS (300). */
export function startFollowupRunner(): Runner {
	return startProcessRunner('followupRunner', followupNow, {
		intervalMs: positive(env.FOLLOWUP_INTERVAL_SECONDS, 300) * 1000,
		firstDelayMs: 10_000,
		onError: (error) => console.error('Follow-up job failed:', error)
	});
}
