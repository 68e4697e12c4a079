// The scoreboard RPC (security definer, granted to anon): the poller calls it with the anonymous
// client, so it works the same against the local stack and a hosted Supabase project.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../../database.types';
import { isScoreboardToken, toScoreboard, type Scoreboard } from '../../../events/scoreboard';

export async function readScoreboard(
	db: SupabaseClient<Database>,
	token: string
): Promise<Scoreboard | null> {
	if (!isScoreboardToken(token)) return null;
	const { data, error } = await db.rpc('event_scoreboard', { p_token: token });
	if (error) throw new Error(`Reading the scoreboard failed: ${error.message}`);
	return toScoreboard(data);
}
