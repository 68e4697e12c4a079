// Real supabase-js clients against the stack the global setup started, one per role.
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { inject } from 'vitest';
import ws from 'ws';
import type { Database } from '../../src/lib/database.types';

export const stack = () => inject('stack');

const options = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	// Node 20 has no global WebSocket; supabase-js insists on a transport even unused.
	realtime: { transport: ws as never }
} as const;

export function anonClient(): SupabaseClient<Database> {
	const { url, anonKey } = stack();
	return createClient<Database>(url, anonKey, options);
}

export function adminClient(): SupabaseClient<Database> {
	const { url, serviceRoleKey } = stack();
	return createClient<Database>(url, serviceRoleKey, options);
}

let counter = 0;
/** A unique address per call, so tests never collide in the shared database. */
export function uniqueEmail(prefix = 'user') {
	counter += 1;
	return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}@test.beursvloer.local`;
}

/** Creates a confirmed user through the admin API and returns a client signed in as them. */
export async function signedInUser(prefix = 'user', metadata: Record<string, unknown> = {}) {
	const email = uniqueEmail(prefix);
	const password = 'test-wachtwoord-123';
	const admin = adminClient();
	const { data, error } = await admin.auth.admin.createUser({
		email,
		password,
		email_confirm: true,
		user_metadata: metadata
	});
	if (error) throw error;
	const client = anonClient();
	const signIn = await client.auth.signInWithPassword({ email, password });
	if (signIn.error) throw signIn.error;
	return { client, email, password, userId: data.user.id };
}

/** Messages the stack's mail sink holds for one address, newest first. */
export async function inbox(
	email: string
): Promise<{ id: string; subject: string; html: string; text: string; headers: Record<string, string> }[]> {
	const res = await fetch(`${stack().url}/inbox/api/messages?to=${encodeURIComponent(email)}`);
	return res.json();
}
