// The follow-up's dependencies bound to the environment, for routes and the job: the outbox of
// $lib/server/email (service-role client, Resend), the site's origin and LINK_SECRET.
import { mailDeps } from '$lib/server/email';
import { linkSecret } from '$lib/server/links';
import type { FollowupDeps } from './types';

export function followupDeps(origin: string): FollowupDeps {
	return { ...mailDeps(origin), secret: linkSecret() };
}
