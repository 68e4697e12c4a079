// The edition as a calendar file (RFC 5545), made by the `ics` package: it escapes text, folds
// long lines at 75 octets and ends lines with CRLF, which hand-built strings get wrong.
import { createEvent } from 'ics';
import type { EventEdition } from '$lib/events';

/** Milliseconds since the epoch of a wall-clock time in Amsterdam (winter and summer time alike). */
export function amsterdamTime(date: string, time: string): number {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const asUtc = Date.UTC(y, m - 1, d, hh, mm);
	// The offset Amsterdam has at that moment: format the UTC instant there and compare.
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Amsterdam',
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(new Date(asUtc));
	const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
	const shown = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return asUtc - (shown - asUtc);
}

export function editionIcs(
	edition: Pick<EventEdition, 'id' | 'title' | 'eventDate' | 'startsAt' | 'endsAt' | 'venue'>,
	options: { origin: string; description?: string }
): string {
	const { error, value } = createEvent({
		uid: `event-${edition.id}@beursvloer`,
		productId: 'beursvloer/ics',
		title: edition.title,
		location: edition.venue,
		description: options.description,
		url: `${options.origin}/beursvloer`,
		start: amsterdamTime(edition.eventDate, edition.startsAt),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: amsterdamTime(edition.eventDate, edition.endsAt),
		endInputType: 'utc',
		endOutputType: 'utc',
		status: 'CONFIRMED'
	});
	if (error || !value) throw new Error(`Making the calendar file failed: ${error?.message ?? 'no value'}`);
	return value;
}
