import type { MailDeps } from '$lib/server/email/outbox';

/**
 * What the follow-up job and the answer links need: the outbox (its service-role client also
 * reads the deals and records answers), the site's origin for the links and the link secret.
 * Routes get them bound to the environment from './bind'; tests bring their own.
 */
export type FollowupDeps = MailDeps & { secret: string };

export type FollowupRunReport = {
	/** Questions created in this run (contact and carried out). */
	asked: number;
	/** Questions reminded in this run. */
	reminded: number;
	/** Emails enqueued (one per recipient address). */
	emails: number;
};
