import type { MessageKey } from '$lib/i18n';

/** Zod messages are dictionary keys, translated per request by parseForm; typed here so a typo fails the build. */
export function m(key: MessageKey) {
	return { error: key };
}
