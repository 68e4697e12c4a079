import { createClient } from '@supabase/supabase-js';
import { env } from '$env/dynamic/private';
import type { Database } from '$lib/database.types';
import { statelessClientOptions } from './client-options';
import { supabaseUrl } from './config';

// The service-role client bypasses row-level security. It lives only here, is created on
// demand and is imported solely by the few jobs that need it (deleting an auth user);
// it is never put on `locals`.
export function createAdminClient() {
	const key = env.SUPABASE_SERVICE_ROLE_KEY;
	if (!key) throw new Error('SUPABASE_SERVICE_ROLE_KEY is not set');
	return createClient<Database>(supabaseUrl(), key, statelessClientOptions);
}
