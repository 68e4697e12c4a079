import type { Session, SupabaseClient, User } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale, MessageKey } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Reference logged by handleError, shown so a user can quote it. */
			id?: string;
		}
		interface Locals {
			supabase: SupabaseClient<Database>;
			/** Validated with the auth server; never trusts the cookie alone. */
			safeGetSession: () => Promise<{ session: Session | null; user: User | null }>;
			session: Session | null;
			user: User | null;
			locale: Locale;
			/** The signed-in user's display name, read with the locale in one query per request. */
			displayName: string | null;
		}
		interface PageData {
			locale: Locale;
			user: { email: string; displayName: string } | null;
			flash: MessageKey | null;
			flashParams: Record<string, string> | null;
			flashId: string | null;
			isAdmin: boolean;
			isStaff: boolean;
			municipalityName: string;
			themeClass: string;
			devInboxUrl: string | null;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
