import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listingMessage, listingMessages } from '$lib/listings';
import { isCalendarDate, listingSchema, listingSearchSchema, reportSchema } from './listing';

const offer = {
	kind: 'offer',
	title: '12 afgeschreven laptops',
	description: 'Schoon geïnstalleerd, met laders.',
	category: 'materials',
	amount: '12 laptops',
	estimated_hours: '',
	estimated_value: '1800',
	place: 'nijverdal',
	available_from: '2027-03-01',
	available_until: '2027-06-01',
	wants_in_return: 'Een gastles over digitale veiligheid',
	state: 'open'
};

const request = {
	kind: 'request',
	title: 'Schilderwerk clubhuis',
	description: '',
	category: 'hands',
	amount: '2 vrijwilligers, 1 zaterdag',
	estimated_hours: '16,5',
	place: 'Hellendoorn',
	needed_by: '2027-05-01',
	can_offer_in_return: 'Bedrijfsvoetbaltoernooi'
};

/** The first message key per field, in Dutch. */
function errors(input: unknown): Record<string, string> {
	const result = listingSchema.safeParse(input);
	if (result.success) return {};
	const out: Record<string, string> = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= listingMessage(issue.message) ?? issue.message;
	}
	return out;
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(new Date('2027-02-15T10:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('listingSchema', () => {
	it('accepts an offer and resolves the place to the list label and coordinates', () => {
		const v = listingSchema.parse(offer);
		expect(v.place).toBe('Nijverdal');
		expect(v.latitude).toBeCloseTo(52.36, 2);
		expect(v.longitude).toBeCloseTo(6.468, 2);
		expect(v.estimated_hours).toBeNull();
		expect(v.estimated_value).toBe(1800);
		expect(v.needed_by).toBeNull();
		expect(v.can_offer_in_return).toBeNull();
	});

	it('accepts a request with a Dutch decimal comma and drops offer-only fields', () => {
		const v = listingSchema.parse({ ...request, available_from: '2027-03-01', wants_in_return: 'x' });
		expect(v.estimated_hours).toBe(16.5);
		expect(v.available_from).toBeNull();
		expect(v.wants_in_return).toBeNull();
		expect(v.can_offer_in_return).toBe('Bedrijfsvoetbaltoernooi');
		expect(v.state).toBe('open');
	});

	it('refuses an empty title with a clear message', () => {
		expect(errors({ ...offer, title: '   ' }).title).toBe('Geef je aanbod of vraag een titel.');
		expect(errors({ ...offer, title: undefined }).title).toBe('Geef je aanbod of vraag een titel.');
		expect(errors({ ...offer, title: 'ab' }).title).toMatch(/3 tot 120 tekens/);
		expect(errors({ ...offer, title: 'x'.repeat(121) }).title).toMatch(/3 tot 120 tekens/);
	});

	it('refuses an end date before the start date', () => {
		expect(
			errors({ ...offer, available_from: '2027-06-01', available_until: '2027-03-01' }).available_until
		).toBe('De einddatum ligt vóór de begindatum.');
	});

	it('refuses end dates in the past, absurdly far ahead, or impossible', () => {
		expect(errors({ ...request, needed_by: '2027-02-14' }).needed_by).toBe(
			'Deze datum ligt in het verleden.'
		);
		expect(errors({ ...request, needed_by: '2027-02-15' })).toEqual({});
		expect(errors({ ...request, needed_by: '2035-01-01' }).needed_by).toBe(
			'Kies een datum binnen twee jaar.'
		);
		expect(errors({ ...request, needed_by: '2027-02-30' }).needed_by).toMatch(/geldige datum/);
		expect(errors({ ...request, needed_by: 'morgen' }).needed_by).toMatch(/geldige datum/);
	});

	it('refuses absurd hours and values', () => {
		expect(errors({ ...request, estimated_hours: '0' }).estimated_hours).toMatch(/uren/);
		expect(errors({ ...request, estimated_hours: '-3' }).estimated_hours).toMatch(/uren/);
		expect(errors({ ...request, estimated_hours: '99999' }).estimated_hours).toMatch(/uren/);
		expect(errors({ ...request, estimated_hours: 'veel' }).estimated_hours).toMatch(/uren/);
		expect(errors({ ...offer, estimated_value: '-1' }).estimated_value).toMatch(/euro/);
		expect(errors({ ...offer, estimated_value: '1e9' }).estimated_value).toMatch(/euro/);
		expect(errors({ ...offer, amount: 'x'.repeat(201) }).amount).toMatch(/hoeveelheid/);
	});

	it('reads a countable quantity, keeps it out when the form has no such field, clears it when empty', () => {
		expect(listingSchema.parse({ ...offer, quantity: '12' }).quantity).toBe(12);
		expect(listingSchema.parse({ ...offer, quantity: '' }).quantity).toBeNull();
		expect('quantity' in listingSchema.parse(offer)).toBe(false);
		expect(errors({ ...offer, quantity: '2,5' }).quantity).toMatch(/heel aantal/);
		expect(errors({ ...offer, quantity: '0' }).quantity).toMatch(/heel aantal/);
		expect(errors({ ...offer, quantity: 'twaalf' }).quantity).toMatch(/heel aantal/);
	});

	it('allows a description of 5000 characters and refuses 20,000 with a clear message', () => {
		expect(errors({ ...offer, description: 'a'.repeat(5000) })).toEqual({});
		expect(errors({ ...offer, description: 'a'.repeat(20_000) }).description).toBe(
			'De omschrijving mag maximaal 5000 tekens lang zijn; maak haar korter.'
		);
	});

	it('keeps script tags as plain text (pages escape them; never {@html})', () => {
		const text = '<script>alert("x")</script> Gratis <b>laptops</b>';
		const v = listingSchema.parse({ ...offer, title: text, description: text });
		expect(v.title).toBe(text);
		expect(v.description).toBe(text);
	});

	it('only accepts categories from the list', () => {
		expect(errors({ ...offer, category: 'money' }).category).toBe('Kies een categorie.');
		expect(errors({ ...offer, kind: 'swap' }).kind).toMatch(/aanbod of een hulpvraag/);
	});

	it('only accepts places from the places list', () => {
		expect(errors({ ...offer, place: 'Atlantis' }).place).toMatch(/plaats uit de lijst/);
		expect(errors({ ...offer, place: '' }).place).toMatch(/plaats uit de lijst/);
		expect(listingSchema.parse({ ...offer, place: 'DAARLERVEEN' }).place).toBe('Daarlerveen');
	});

	it('has every message in Dutch and English', () => {
		expect(Object.keys(listingMessages.en).sort()).toEqual(Object.keys(listingMessages.nl).sort());
		expect(listingMessage('listing.title_required', 'en')).toBe('Give your offer or request a title.');
	});
});

describe('reportSchema', () => {
	it('requires a reason', () => {
		expect(reportSchema.safeParse({ reason: ' ' }).success).toBe(false);
		expect(reportSchema.safeParse({ reason: 'Vraagt om geld' }).success).toBe(true);
	});
});

describe('listingSearchSchema', () => {
	it('reads a URL leniently', () => {
		const p = listingSearchSchema.parse({
			q: ' laptop ',
			categories: 'hands,bogus',
			sort: 'weird',
			page: '0',
			km: '10'
		});
		expect(p).toMatchObject({ q: 'laptop', categories: [], sort: 'relevance', page: 1, km: 10, kind: null });
		expect(listingSearchSchema.parse({ categories: 'hands,materials' }).categories).toEqual([
			'hands',
			'materials'
		]);
	});

	it('ignores dates that have the shape of a date but are none', () => {
		for (const bad of ['2027-02-31', '2027-13-01', '0000-01-01', '1900-02-29', '2027-2-1', '9999-12-31'])
			expect(listingSearchSchema.parse({ active_on: bad }).active_on, bad).toBeNull();
		expect(listingSearchSchema.parse({ active_on: '2028-02-29' }).active_on).toBe('2028-02-29');
		expect(isCalendarDate('2027-02-28')).toBe(true);
		expect(isCalendarDate('2027-02-29')).toBe(false);
	});

	it('keeps a long search as its first 200 characters, without control characters', () => {
		expect(listingSearchSchema.parse({ q: 'a\u0000b' }).q).toBe('a b');
		expect(listingSearchSchema.parse({ q: 'woord '.repeat(100) }).q).toBe('woord '.repeat(34).slice(0, 200));
		expect(listingSearchSchema.parse({ q: 'x'.repeat(5000) }).q).toHaveLength(200);
	});
});
