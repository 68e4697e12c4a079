import { describe, expect, it } from 'vitest';
import { proposalsDigestEmail, type DigestItem } from './proposals-digest';

const items: DigestItem[] = [
	{
		mine: { kind: 'request', title: 'Bijenkasten timmeren' },
		other: { organisation: 'Timmerbedrijf <Kuipers>', title: 'Wij timmeren bijenkasten' },
		band: 'strong',
		pinned: true,
		reasons: ['gaat allebei over timmeren', 'in dezelfde plaats']
	},
	{
		mine: { kind: 'request', title: 'Bijenkasten timmeren' },
		other: { organisation: 'Houthandel Nijverdal', title: 'Restpartij steigerhout' },
		band: 'possible',
		pinned: false,
		reasons: []
	}
];

const digest = (locale: 'nl' | 'en') =>
	proposalsDigestEmail({
		to: 'imkers@example.nl',
		locale,
		organisationName: 'Imkersvereniging',
		items,
		more: 2,
		url: 'https://beursvloer.example/mijn/voorstellen',
		idempotencyKey: 'proposals_digest/x'
	});

describe('proposalsDigestEmail', () => {
	it('lists each proposal under the recipient’s listing with band, reasons and the matchmaker’s pin', () => {
		const { subject, text } = digest('nl');
		expect(subject).toBe('Nieuwe matchvoorstellen voor Imkersvereniging');
		expect(text).toContain('Bij jullie vraag “Bijenkasten timmeren”');
		expect(text).toContain(
			'“Wij timmeren bijenkasten” van Timmerbedrijf <Kuipers> (Sterke match · Aangeraden door de matchmaker)'
		);
		expect(text).toContain('gaat allebei over timmeren; in dezelfde plaats');
		expect(text).toContain('(Mogelijke match)');
		expect(text).toContain('En nog 2 andere voorstellen.');
		expect(text).toContain('https://beursvloer.example/mijn/voorstellen');
		// One heading for the two proposals of the same listing.
		expect(text.match(/Bij jullie vraag/g)).toHaveLength(1);
	});

	it('speaks English to an English reader', () => {
		const { subject, text, html } = digest('en');
		expect(subject).toBe('New match proposals for Imkersvereniging');
		expect(text).toContain('For your request “Bijenkasten timmeren”');
		expect(text).toContain('(Strong match · Recommended by the matchmaker)');
		expect(html).toContain('<html lang="en">');
	});

	it('escapes names in the HTML part and links to the proposals page', () => {
		const { html } = digest('nl');
		expect(html).toContain('Timmerbedrijf &lt;Kuipers&gt;');
		expect(html).not.toContain('<Kuipers>');
		expect(html).toContain('href="https://beursvloer.example/mijn/voorstellen"');
	});
});
