import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation';

describe('invitationEmail', () => {
	const message = invitationEmail({
		invitationId: 'abc',
		to: 'ria@example.nl',
		organisationName: 'Bakkerij <Nijhuis>',
		inviterName: 'Gerrit',
		role: 'member',
		acceptUrl: 'https://beursvloer.example/uitnodigingen',
		expiresAt: '2026-12-12T10:00:00Z'
	});

	it('is written in Dutch and English and links to the invitations page', () => {
		expect(message.text).toContain('nodigt je uit om als lid mee te doen');
		expect(message.text).toContain('invites you to join Bakkerij <Nijhuis> as member');
		expect(message.text).toContain('https://beursvloer.example/uitnodigingen');
		expect(message.html).toContain('href="https://beursvloer.example/uitnodigingen"');
	});

	it('escapes names in the HTML part', () => {
		expect(message.html).toContain('Bakkerij &lt;Nijhuis&gt;');
		expect(message.html).not.toContain('<Nijhuis>');
	});
});
