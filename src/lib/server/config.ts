import { env as publicEnv } from '$env/dynamic/public';
import { env } from '$env/dynamic/private';

// The local stack generates keys at start-up, so everything is read at runtime.
export function supabaseUrl(): string {
	const url = publicEnv.PUBLIC_SUPABASE_URL;
	if (!url) throw new Error('PUBLIC_SUPABASE_URL is not set');
	return url;
}

export function supabaseAnonKey(): string {
	const key = publicEnv.PUBLIC_SUPABASE_ANON_KEY;
	if (!key) throw new Error('PUBLIC_SUPABASE_ANON_KEY is not set');
	return key;
}

/** Slug of the municipality (tenant) this deployment serves. */
export function municipalitySlug(): string {
	return publicEnv.PUBLIC_MUNICIPALITY || 'hellendoorn';
}

export function devInboxUrl(): string | null {
	return publicEnv.PUBLIC_DEV_INBOX_URL || null;
}

export function emailFrom(): string {
	return env.EMAIL_FROM || 'Beursvloer <noreply@beursvloer.local>';
}
