// The user's own profile row (display name, language). RLS lets a user read and change only
// their own.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n';

type Client = SupabaseClient<Database>;

/** What every request of a signed-in user needs: the language and the name, in one query. */
export async function profileForRequest(supabase: Client, userId: string) {
	const { data, error } = await supabase
		.from('profiles')
		.select('locale, display_name')
		.eq('id', userId)
		.maybeSingle();
	// The page still renders without it (default language, no name): log, do not fail.
	if (error) console.error('Loading profile failed', error.message);
	return data;
}

export async function getProfile(supabase: Client, userId: string) {
	const { data, error } = await supabase
		.from('profiles')
		.select('display_name, locale')
		.eq('id', userId)
		.single();
	if (error) throw new Error(`Loading profile failed: ${error.message}`);
	return data;
}

export async function saveProfile(
	supabase: Client,
	userId: string,
	profile: { display_name: string; locale: Locale }
) {
	const { error } = await supabase
		.from('profiles')
		.update({ display_name: profile.display_name, locale: profile.locale })
		.eq('id', userId);
	if (error) throw new Error(`Saving profile failed: ${error.message}`);
}

/** Signed-in users keep their language across devices. */
export async function saveLocale(supabase: Client, userId: string, locale: Locale) {
	const { error } = await supabase.from('profiles').update({ locale }).eq('id', userId);
	if (error) throw new Error(`Saving locale failed: ${error.message}`);
}
