// The edition form's parsed fields as the domain's input.
import { cornersOf } from '$lib/schemas/event';
import type { EditionInput } from './index';

export function editionInput(
	data: Record<string, unknown> & {
		title: string;
		event_date: string;
		starts_at: string;
		ends_at: string;
		venue: string;
		registration_opens_on: string | null;
		registration_closes_on: string | null;
	}
): EditionInput {
	return {
		title: data.title,
		eventDate: data.event_date,
		startsAt: data.starts_at,
		endsAt: data.ends_at,
		venue: data.venue,
		registrationOpensOn: data.registration_opens_on,
		registrationClosesOn: data.registration_closes_on,
		corners: cornersOf(data)
	};
}
