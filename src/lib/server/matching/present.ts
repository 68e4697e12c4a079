// Turning stored proposals into what a reader sees: a score band instead of a float, and the
// engine's language-neutral reasons rendered in the reader's language by the engine's formatter.
import type { Locale } from '$lib/i18n';
import { formatReason, isCaveat } from '$lib/matching/reasons';
import type { Reason } from '$lib/matching/types';
import type { ScoreBand } from '$lib/proposals/types';

export type { ScoreBand };

/** Bands over the engine's range: it proposes nothing under 0.4 (WEIGHTS.threshold). */
export function scoreBand(score: number): ScoreBand {
	if (score >= 0.7) return 'strong';
	if (score >= 0.55) return 'good';
	return 'possible';
}

/** The score range of a band, for filtering: [min, max), null for open ends. */
export function bandRange(band: ScoreBand): { min: number | null; max: number | null } {
	if (band === 'strong') return { min: 0.7, max: null };
	if (band === 'good') return { min: 0.55, max: 0.7 };
	return { min: null, max: 0.55 };
}

function isReason(value: unknown): value is Reason {
	if (typeof value !== 'object' || value === null) return false;
	const { code, params } = value as { code?: unknown; params?: unknown };
	return (
		typeof code === 'string' && (params === undefined || (typeof params === 'object' && params !== null))
	);
}

/**
 * Renders stored reasons. `names` replaces organisation ids in a round's links ("A helpt B") by
 * public names. A reason the engine no longer knows (stored by an older version) is skipped
 * rather than breaking the page.
 */
export function renderReasons(
	stored: unknown,
	locale: Locale,
	names?: ReadonlyMap<string, string>
): string[] {
	if (!Array.isArray(stored)) return [];
	const out: string[] = [];
	for (const reason of stored) {
		if (!isReason(reason)) continue;
		let shown = reason;
		if (reason.code === 'cycle_link' && names && reason.params) {
			const { from, to } = reason.params;
			shown = {
				...reason,
				params: { ...reason.params, from: names.get(String(from)) ?? '?', to: names.get(String(to)) ?? '?' }
			};
		}
		try {
			out.push(formatReason(shown, locale));
		} catch {
			continue;
		}
	}
	return out;
}

export type Explanation = { reasons: string[]; caveats: string[] };

/**
 * A proposal's stored reasons and caveats, rendered apart. A caveat code found among the reasons
 * (stored before proposals had caveats of their own) is shown as a caveat all the same.
 */
export function renderExplanation(reasons: unknown, caveats: unknown, locale: Locale): Explanation {
	const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
	const pro = list(reasons).filter((r) => !(isReason(r) && isCaveat(r)));
	const contra = [...list(caveats), ...list(reasons).filter((r) => isReason(r) && isCaveat(r))];
	const shownCaveats = [...new Set(renderReasons(contra, locale))];
	return { reasons: renderReasons(pro, locale), caveats: shownCaveats };
}
