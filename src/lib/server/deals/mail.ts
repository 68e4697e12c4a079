// The deal emails' dependencies bound to the environment, for routes: the outbox of
// $lib/server/email (service-role client, Resend) and the site's origin for the links.
import { outboxDeps } from '$lib/server/email';
import type { DealMail } from './types';

export function dealMail(origin: string): DealMail {
	return { outbox: outboxDeps(), origin };
}
