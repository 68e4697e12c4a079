/** One email as the app wants it sent; stored as one outbox row. */
export type EmailMessage = {
	to: string;
	subject: string;
	html: string;
	text: string;
	/** Same key, same email: enqueueing twice stores it once, and Resend never sends it twice. */
	idempotencyKey?: string;
	/** What the email is about (invitation, proposals_digest, ...); 'other' when left out. */
	kind?: string;
	municipalityId?: string | null;
	/**
	 * The recipient's account, when there is one: their email preferences apply (never, daily)
	 * and the message carries an unsubscribe link. Left out, the outbox finds it by address.
	 */
	userId?: string | null;
};

/**
 * What the caller of sendEmail learns. Not ok but `queued`: stored in the outbox and retried
 * automatically ("wordt zo snel mogelijk verstuurd"); not queued: lost unless the caller acts.
 */
export type SendResult =
	| {
			ok: true;
			id: string | null;
			/** not sent on purpose: the recipient's preference */ held?: 'skipped' | 'held';
	  }
	| { ok: false; queued: boolean; error: string };
