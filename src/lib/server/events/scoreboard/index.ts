// The live scoreboard: the secret link per edition (staff read it, admins renew it) and the
// process-wide hub that polls each watched link once a second for all its screens.
import type { SupabaseClient } from '@supabase/supabase-js';
import { renderSVG } from 'uqr';
import type { Database } from '$lib/database.types';
import { scoreboardPaths } from '$lib/events/scoreboard';
import { publicClient } from '$lib/server/supabase';
import { ScoreboardHub } from './hub';
import { readScoreboard } from './read';

export { ScoreboardHub } from './hub';
export { readScoreboard } from './read';
export { scoreboardResponse } from './stream';

type Client = SupabaseClient<Database>;

let hub: ScoreboardHub | undefined;

/** The one hub of this process, reading with the anonymous client. */
export function scoreboardHub(): ScoreboardHub {
	return (hub ??= new ScoreboardHub((token) => readScoreboard(publicClient(), token)));
}

/** The edition's scoreboard token, if one was made (staff only, by RLS). */
export async function scoreboardToken(db: Client, editionId: string): Promise<string | null> {
	const { data, error } = await db
		.from('event_scoreboards')
		.select('token')
		.eq('edition_id', editionId)
		.maybeSingle();
	if (error) throw new Error(`Loading the scoreboard link failed: ${error.message}`);
	return data?.token ?? null;
}

/** Makes or replaces the edition's scoreboard link (admins); null when refused. */
export async function renewScoreboardToken(db: Client, editionId: string): Promise<string | null> {
	const { data, error } = await db.rpc('renew_event_scoreboard', { p_edition: editionId });
	if (error) {
		if (error.code === 'P0001') return null;
		throw new Error(`Renewing the scoreboard link failed: ${error.message}`);
	}
	return data;
}

export type ScoreboardLinkView = { url: string; qr: string };

/** The link as the admin's edition page shows it: the full address and a QR code (an SVG data URL). */
export async function scoreboardLinkView(
	db: Client,
	editionId: string,
	origin: string
): Promise<ScoreboardLinkView | null> {
	const token = await scoreboardToken(db, editionId);
	if (!token) return null;
	const url = new URL(scoreboardPaths.page(token), origin).href;
	const svg = renderSVG(url, { border: 2 });
	return { url, qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}
