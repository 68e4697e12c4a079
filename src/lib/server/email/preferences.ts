// A user's email preferences (table email_preferences): read and saved with the user's own
// client, so RLS keeps everyone to their own rows.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import { EMAIL_KINDS, type EmailFrequency, type EmailKind } from '$lib/email/kinds';

export type EmailPreferences = Record<EmailKind, EmailFrequency>;

/** Every kind with the user's choice, or its default where they made none. */
export async function getEmailPreferences(
	supabase: SupabaseClient<Database>,
	userId: string
): Promise<EmailPreferences> {
	const { data, error } = await supabase
		.from('email_preferences')
		.select('kind, frequency')
		.eq('user_id', userId);
	if (error) throw new Error(`Loading email preferences failed: ${error.message}`);
	const chosen = new Map(data.map((row) => [row.kind, row.frequency]));
	return Object.fromEntries(
		EMAIL_KINDS.map((k) => [k.kind, chosen.get(k.kind) ?? k.defaultFrequency])
	) as EmailPreferences;
}

/** Saves all choices in one transaction (RPC save_email_preferences, the caller's own rows). */
export async function saveEmailPreferences(
	supabase: SupabaseClient<Database>,
	preferences: Partial<EmailPreferences>
): Promise<void> {
	const { error } = await supabase.rpc('save_email_preferences', { p_preferences: preferences });
	if (error) throw new Error(`Saving email preferences failed: ${error.message}`);
}
