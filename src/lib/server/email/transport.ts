import { Resend } from 'resend';
import { env } from '$env/dynamic/private';
import { emailFrom } from '../config';
import type { EmailMessage, SendResult } from './types';

// Resend reads RESEND_BASE_URL from the environment itself; locally it points at the
// stack's mail sink, so the same code path runs in development, tests and production.
export async function deliver(message: EmailMessage): Promise<SendResult> {
	const key = env.RESEND_API_KEY;
	if (!key) return { ok: false, error: 'RESEND_API_KEY is not set' };
	try {
		const resend = new Resend(key);
		const { data, error } = await resend.emails.send(
			{
				from: emailFrom(),
				to: message.to,
				subject: message.subject,
				html: message.html,
				text: message.text
			},
			message.idempotencyKey ? { idempotencyKey: message.idempotencyKey } : undefined
		);
		if (error) return { ok: false, error: `${error.name}: ${error.message}` };
		return { ok: true, id: data?.id ?? null };
	} catch (e) {
		return { ok: false, error: e instanceof Error ? e.message : String(e) };
	}
}
