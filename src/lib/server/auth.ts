import { fail, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { translate, type MessageKey } from '$lib/i18n';
import { hasMemberships } from '$lib/server/memberships';
import { findMunicipality, municipalityRoles } from '$lib/server/municipalities';
import { municipalitySlug } from './config';
import { fieldError, type FormValues } from './forms';
import { safeNext } from './redirects';

/** Maps supabase-js auth error codes (never their message text) to what we tell the user. */
export function authErrorKey(error: { code?: string } | null | undefined): MessageKey {
	switch (error?.code) {
		case 'invalid_credentials':
			return 'auth.error.invalid_credentials';
		case 'email_not_confirmed':
			return 'auth.error.email_not_confirmed';
		case 'user_already_exists':
		case 'email_exists':
			return 'auth.error.user_already_exists';
		case 'weak_password':
			return 'auth.error.weak_password';
		case 'same_password':
			return 'auth.error.same_password';
		case 'otp_expired':
		case 'flow_state_expired':
		case 'flow_state_not_found':
			return 'auth.error.otp_expired';
		case 'over_email_send_rate_limit':
			return 'auth.error.over_email_send_rate_limit';
		// Supabase Auth's per-IP limits on sign-in attempts and codes (HTTP 429).
		case 'over_request_rate_limit':
			return 'auth.error.over_request_rate_limit';
		default:
			return 'auth.error.generic';
	}
}

/**
 * Where a freshly signed-in user goes: the page they asked for, else their dashboard; without
 * an organisation the municipality's staff go to their console (admins /beheer, matchmakers
 * /matchmaken) and everyone else to onboarding.
 */
export async function landingPath(
	supabase: SupabaseClient<Database>,
	userId: string,
	next: string | null | undefined
): Promise<string> {
	if (next) return safeNext(next);
	if (await hasMemberships(supabase, userId)) return '/mijn';
	const municipality = await findMunicipality(supabase);
	const roles = municipality ? await municipalityRoles(supabase, userId, municipality.id) : [];
	if (roles.includes('admin')) return '/beheer';
	if (roles.includes('matchmaker')) return '/matchmaken';
	return '/welkom';
}

/** Link in auth emails: back to our callback, which exchanges the PKCE code for a session. */
export function callbackUrl(origin: string, next: string | null | undefined): string {
	const url = new URL('/auth/callback', origin);
	if (next) url.searchParams.set('next', safeNext(next));
	return url.toString();
}

// Remembers which address we just mailed, so the "check your email" page can offer the
// 6-digit code form without putting the address in the URL.
const PENDING = 'pending_auth';

function rememberPendingSignIn(cookies: Cookies, email: string, next: string | null) {
	cookies.set(PENDING, JSON.stringify({ email, next }), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60 * 60
	});
}

export function pendingSignIn(cookies: Cookies): { email: string; next: string | null } | null {
	const raw = cookies.get(PENDING);
	if (!raw) return null;
	try {
		const value: unknown = JSON.parse(raw);
		if (value && typeof value === 'object' && 'email' in value && typeof value.email === 'string') {
			const next = 'next' in value && typeof value.next === 'string' ? value.next : null;
			return { email: value.email, next };
		}
	} catch {
		// ignore a malformed cookie
	}
	return null;
}

export function forgetPendingSignIn(cookies: Cookies) {
	cookies.delete(PENDING, { path: '/' });
}

/**
 * The magic_link action after validation: mails a sign-in link (creating the account if the
 * address is new), then goes to /controleer-je-email, or fails on the email field.
 */
export async function sendMagicLink(
	{ locals, cookies, url }: Pick<RequestEvent, 'locals' | 'cookies' | 'url'>,
	{
		email,
		next,
		values,
		profile = {}
	}: {
		email: string;
		/** Where the link leads after signing in. */
		next: string | null;
		values: FormValues;
		/** Extra fields for the profile of a new user. */
		profile?: Record<string, string>;
	}
) {
	const { error } = await locals.supabase.auth.signInWithOtp({
		email,
		options: {
			shouldCreateUser: true,
			emailRedirectTo: callbackUrl(url.origin, next),
			// Read by the database trigger that creates the profile for a new user.
			data: { ...profile, municipality: municipalitySlug(), locale: locals.locale }
		}
	});
	if (error) {
		return fail(error.status === 429 ? 429 : 400, {
			form: 'magic_link' as const,
			values,
			errors: fieldError('email', translate(locals.locale, authErrorKey(error)))
		});
	}
	rememberPendingSignIn(cookies, email, next);
	redirect(303, '/controleer-je-email');
}
