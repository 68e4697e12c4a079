import { deliver } from './transport';
import type { EmailMessage, SendResult } from './types';

export type { EmailMessage, SendResult } from './types';
export { invitationEmail } from './templates/invitation';

/**
 * The single entry point for sending mail. Today it delivers directly; the email outbox
 * (a later issue) will store the message here and let a worker call `deliver` with retries,
 * without changing any caller.
 */
export async function sendEmail(message: EmailMessage): Promise<SendResult> {
	const result = await deliver(message);
	if (!result.ok) console.error(`Sending email "${message.subject}" failed: ${result.error}`);
	return result;
}
