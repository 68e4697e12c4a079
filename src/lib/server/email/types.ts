/** One email as the app wants it sent; the shape an outbox row will store later. */
export type EmailMessage = {
	to: string;
	subject: string;
	html: string;
	text: string;
	/** Same key, same email: lets a retry (or a future outbox worker) avoid duplicates. */
	idempotencyKey?: string;
};

export type SendResult = { ok: true; id: string | null } | { ok: false; error: string };
