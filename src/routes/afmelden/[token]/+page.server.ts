// One-click unsubscribe (RFC 8058), without signing in (+server.ts takes the POSTs of mail
// clients that do not ask for HTML). GET only shows what the link would do
// (mail scanners and link previews follow GETs); the POST, from the button here or straight from
// a mail client (`List-Unsubscribe=One-Click`, cross-site: let through by $lib/server/csrf),
// sets the kind to never. Posting twice is harmless.
import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { emailKindInfo } from '$lib/email/kinds';
import { checkUnsubscribeLink, unsubscribeByLink } from '$lib/server/email';

function label(kind: string, locale: 'nl' | 'en') {
	return emailKindInfo(kind)?.label[locale] ?? kind;
}

export const load: PageServerLoad = async ({ params, locals, setHeaders }) => {
	// The token is a credential: keep it out of caches and out of Referer headers.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' });
	const checked = checkUnsubscribeLink(params.token);
	if (!checked.ok) return { valid: false as const, reason: checked.reason };
	return { valid: true as const, kindLabel: label(checked.value.kind, locals.locale) };
};

export const actions = {
	default: async ({ params, locals }) => {
		const result = await unsubscribeByLink(params.token);
		if (!result.ok) return fail(400, { done: false as const, reason: result.reason });
		return { done: true as const, kindLabel: label(result.value.kind, locals.locale) };
	}
} satisfies Actions;
