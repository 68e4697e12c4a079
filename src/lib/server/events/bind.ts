// The invitation's dependencies bound to the environment, for routes: the outbox's service-role
// client of $lib/server/email (the organisations' addresses are not the admin's to read through
// RLS one by one) and the app's public origin for the links. Kept out of ./index so the
// integration tests import that module as it is.
import { appOrigin, outboxDeps } from '$lib/server/email';
import type { EventEdition } from '$lib/events';
import { sendEventInvitations, type InvitationReport } from './invitations';

/** The caller has checked that the user is an admin of `municipalityId`. */
export function inviteOrganisations(
	municipalityId: string,
	edition: EventEdition
): Promise<InvitationReport> {
	return sendEventInvitations(outboxDeps().db, municipalityId, edition, appOrigin());
}
