import { describe, expect, it } from 'vitest';
import type { FollowupRow } from '$lib/followup';
import { followupCsv } from './list';

const row: FollowupRow = {
	dealId: 'd1',
	whatGiven: '=HYPERLINK("https://kwaad.example";"klik")',
	category: 'hands',
	state: 'agreed',
	giverName: '@Bouw; en zo',
	receiverName: '+Vereniging "De Club"',
	agreedAt: '2026-11-01T10:00:00Z',
	ageDays: 31,
	deadline: '2027-11-01',
	overdue: false,
	openQuestion: null,
	lastAnswer: null,
	call: { organisationName: '-Vereniging', name: 'Ria\nde Vries', phone: '+31 6 12345678', email: null },
	urgency: 4
};

describe('follow-up CSV', () => {
	it('neutralises and quotes what organisations typed', () => {
		const csv = followupCsv([row], 'nl', { state: () => 'Afgesproken', category: () => 'Helpende handen' });
		const [header, line, end] = csv.split('\r\n');
		expect(header.startsWith('\uFEFFMatch;ID;Status;Categorie;Partij A;Partij B;')).toBe(true);
		expect(end).toBe('');
		expect(line).toBe(
			[
				`"'=HYPERLINK(""https://kwaad.example"";""klik"")"`,
				'd1',
				'Afgesproken',
				'Helpende handen',
				`"'@Bouw; en zo"`,
				`"'+Vereniging ""De Club"""`,
				'2026-11-01',
				'31',
				'2027-11-01',
				'nee',
				'',
				'',
				"'-Vereniging",
				'"Ria\nde Vries"',
				"'+31 6 12345678",
				''
			].join(';')
		);
	});

	it('writes the header in English for English readers', () => {
		const csv = followupCsv([], 'en', { state: String, category: String });
		expect(csv).toBe(
			'\uFEFFMatch;ID;State;Category;Party A;Party B;Agreed on;Running (days);Carried out by;Past the date;Open question;Last answer;Organisation;Contact person;Phone;Email\r\n'
		);
	});
});
