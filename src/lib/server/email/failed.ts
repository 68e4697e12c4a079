// Messages that failed for good (the provider refused them, or retries ran out), for the
// municipality's admins: to whom, what kind, why and when. Read with the service role (the
// outbox is closed to API roles) after the caller checked the admin; only that municipality's.
import type { AdminClient } from './outbox';

export type FailedEmail = {
	id: string;
	to: string;
	kind: string;
	subject: string;
	reason: string;
	failedAt: string;
	attempts: number;
};

export async function failedEmails(
	db: AdminClient,
	municipalityId: string,
	limit = 200
): Promise<FailedEmail[]> {
	const { data, error } = await db
		.from('email_outbox')
		.select('id, to_address, kind, subject, last_error, failed_at, created_at, attempts')
		.eq('municipality_id', municipalityId)
		.eq('status', 'failed')
		.order('failed_at', { ascending: false, nullsFirst: false })
		.limit(limit);
	if (error) throw new Error(`Loading failed emails failed: ${error.message}`);
	return data.map((row) => ({
		id: row.id,
		to: row.to_address,
		kind: row.kind,
		subject: row.subject,
		reason: row.last_error ?? '',
		failedAt: row.failed_at ?? row.created_at,
		attempts: row.attempts
	}));
}
