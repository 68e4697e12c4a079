// The one-click unsubscribe of RFC 8058 as mail clients send it: a POST of
// `List-Unsubscribe=One-Click` to the List-Unsubscribe URL, from the mail client's origin or none
// (let through the CSRF check by $lib/server/csrf, for this path only). SvelteKit routes it here
// when it does not ask for HTML; the confirmation page's own button (a browser form post, HTML
// wanted) goes to the page's action instead. Both do the same: the kind becomes "never".
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { unsubscribeByLink } from '$lib/server/email';

export const POST: RequestHandler = async ({ params }) => {
	const result = await unsubscribeByLink(params.token);
	const headers = { 'cache-control': 'no-store' };
	if (!result.ok) return json({ ok: false, reason: result.reason }, { status: 400, headers });
	return json({ ok: true, kind: result.value.kind }, { headers });
};
