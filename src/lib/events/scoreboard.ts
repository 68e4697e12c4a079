// The live scoreboard's shape, as the page and the server share it (client-safe).

export type ScoreboardCorner = { name: string | null; matches: number; value: number };
export type ScoreboardTick = {
	at: string;
	giver: string;
	receiver: string;
	corner: string | null;
	what: string;
};

export type Scoreboard = {
	title: string;
	/** yyyy-mm-dd */
	date: string;
	matches: number;
	/** Social value in euros. */
	value: number;
	/** Changes whenever a match form is ratified. */
	version: string;
	corners: ScoreboardCorner[];
	/** The latest ratified matches, newest first (at most ten). */
	ticker: ScoreboardTick[];
};

export const scoreboardPaths = {
	page: (token: string) => `/beursvloer/scorebord/${token}`,
	stream: (token: string) => `/beursvloer/scorebord/${token}/stream`
} as const;

/** A token as renew_event_scoreboard makes it: 64 hex characters. */
export const isScoreboardToken = (token: string) => /^[0-9a-f]{64}$/.test(token);

const toNumber = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0)) || 0;

/** The RPC's JSON as the page renders it (numbers may come as strings from numeric). */
export function toScoreboard(raw: unknown): Scoreboard | null {
	if (!raw || typeof raw !== 'object') return null;
	const r = raw as Record<string, unknown>;
	const corners = Array.isArray(r.corners) ? (r.corners as Record<string, unknown>[]) : [];
	const ticker = Array.isArray(r.ticker) ? (r.ticker as Record<string, unknown>[]) : [];
	return {
		title: String(r.title ?? ''),
		date: String(r.date ?? ''),
		matches: toNumber(r.matches),
		value: toNumber(r.value),
		version: String(r.version ?? ''),
		corners: corners.map((c) => ({
			name: typeof c.name === 'string' ? c.name : null,
			matches: toNumber(c.matches),
			value: toNumber(c.value)
		})),
		ticker: ticker.map((t) => ({
			at: String(t.at ?? ''),
			giver: String(t.giver ?? ''),
			receiver: String(t.receiver ?? ''),
			corner: typeof t.corner === 'string' ? t.corner : null,
			what: String(t.what ?? '')
		}))
	};
}
