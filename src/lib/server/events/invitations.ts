// The invitation to an edition: one email per organisation of the municipality, through the
// outbox (kind event_invitation), with a link to the calendar file. The idempotency key per
// edition and organisation means sending again reaches only organisations added since.
import { formatDate } from '$lib/i18n';
import { eventPaths, type EventEdition } from '$lib/events';
import { storeEmail, type AdminClient } from '$lib/server/email/outbox';
import { escapeHtml as e } from '$lib/server/email/templates/escape';
import { recipientsOf } from '$lib/server/notifications/recipients';

export type InvitationReport = { organisations: number; emails: number; withoutAddress: number };

export async function sendEventInvitations(
	db: AdminClient,
	municipalityId: string,
	edition: EventEdition,
	origin: string
): Promise<InvitationReport> {
	const { data: orgs, error } = await db
		.from('organisations')
		.select('id, name')
		.eq('municipality_id', municipalityId)
		.neq('kind', 'municipality');
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);
	const recipients = await recipientsOf(
		db,
		orgs.map((o) => o.id)
	);
	const report: InvitationReport = { organisations: orgs.length, emails: 0, withoutAddress: 0 };
	for (const org of orgs) {
		const list = recipients.get(org.id) ?? [];
		if (!list.length) report.withoutAddress++;
		for (const r of list) {
			await storeEmail(db, {
				...invitationMail(edition, org.name, origin),
				to: r.email,
				userId: r.userId,
				kind: 'event_invitation',
				municipalityId,
				idempotencyKey: `event_invitation/${edition.id}/${org.id}/${r.email.toLowerCase()}`
			});
			report.emails++;
		}
	}
	return report;
}

function invitationMail(edition: EventEdition, organisation: string, origin: string) {
	const when = `${formatDate('nl', edition.eventDate)}, ${edition.startsAt}–${edition.endsAt}`;
	const whenEn = `${formatDate('en', edition.eventDate)}, ${edition.startsAt}–${edition.endsAt}`;
	const page = `${origin}${eventPaths.public}`;
	const register = `${origin}${eventPaths.register}`;
	const ics = `${origin}${eventPaths.ics(edition.id)}`;
	const subject = `Uitnodiging: ${edition.title} (${formatDate('nl', edition.eventDate)})`;
	const text = [
		`Beste ${organisation},`,
		'',
		`Je bent uitgenodigd voor ${edition.title}: ${when} in ${edition.venue}.`,
		`Bedrijven en maatschappelijke organisaties ontmoeten elkaar en ruilen kennis, handen en middelen.`,
		`Meld je organisatie aan: ${register}`,
		`Meer over de beursvloer: ${page}`,
		`Zet het in je agenda: ${ics}`,
		'',
		'---',
		'',
		`You are invited to ${edition.title}: ${whenEn} at ${edition.venue}.`,
		`Register your organisation: ${register}`,
		`Add it to your calendar: ${ics}`
	].join('\n');
	const html = `<!doctype html>
<html lang="nl"><body style="font-family: sans-serif; line-height: 1.5; color: #1b1b1b">
<p>Beste ${e(organisation)},</p>
<p>Je bent uitgenodigd voor <strong>${e(edition.title)}</strong>: ${e(when)} in ${e(edition.venue)}.</p>
<p>Bedrijven en maatschappelijke organisaties ontmoeten elkaar en ruilen kennis, handen en middelen.</p>
<p><a href="${e(register)}" style="color: #00664f">Meld je organisatie aan</a> · <a href="${e(page)}" style="color: #00664f">Meer over de beursvloer</a> · <a href="${e(ics)}" style="color: #00664f">Zet het in je agenda (.ics)</a></p>
<hr>
<div lang="en">
<p>You are invited to <strong>${e(edition.title)}</strong>: ${e(whenEn)} at ${e(edition.venue)}.</p>
<p><a href="${e(register)}" style="color: #00664f">Register your organisation</a> · <a href="${e(ics)}" style="color: #00664f">Add to your calendar (.ics)</a></p>
</div>
</body></html>`;
	return { subject, text, html };
}
