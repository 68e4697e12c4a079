// The app's matching job, bound to the service-role client. Proposals are written only by this
// job (RLS gives nobody else write access), so it is one of the few importers of supabase-admin.
import { findMunicipality } from '$lib/server/municipalities';
import { createAdminClient } from '$lib/server/supabase-admin';
import { createMatchingJob, type BatchSummary, type MatchingJob, type RematchSummary } from './job';

export type { BatchSummary, RematchSummary };

let job: MatchingJob | null = null;
const instance = () => (job ??= createMatchingJob(createAdminClient));

/** Recomputes the proposals involving one listing, both ways; resolves when they are stored. */
export function rematchListing(listingId: string): Promise<RematchSummary> {
	return instance().rematchListing(listingId);
}

/** The full batch for one municipality ("alles opnieuw berekenen"). */
export function rematchAll(municipalityId: string): Promise<BatchSummary> {
	return instance().rematchAll(municipalityId);
}

/**
 * For the server's start (hooks.server.ts `init`): the first start of a deployment, or one after
 * the proposals were wiped, fills them without anyone running a script. Never throws.
 */
export async function matchOnStart(): Promise<void> {
	try {
		const municipality = await findMunicipality(createAdminClient());
		if (!municipality) return;
		const summary = await instance().rematchIfEmpty(municipality.id);
		if (summary) {
			console.log(
				`Matching: ${summary.proposals} proposals and ${summary.cycles} exchange cycles computed in ${summary.ms} ms`
			);
		}
	} catch (error) {
		console.error('Matching on start failed:', error);
	}
}

/**
 * Tells the matching engine that a listing changed. Awaited, so proposals are fresh on the
 * next page, but a failure only logs: the listing itself was saved.
 */
export async function notifyMatching(listingId: string): Promise<void> {
	try {
		await rematchListing(listingId);
	} catch (error) {
		console.error(`Rematching listing ${listingId} failed:`, error);
	}
}
