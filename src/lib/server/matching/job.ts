// The matching job: runs the engine (src/lib/matching, pure) over a municipality's open listings
// and writes match_proposals and exchange_cycles through one RPC per run, so that a reader sees
// either the old result or the new one. It takes a client factory rather than importing the
// service-role client, so the integration tests drive the very same code against the stack.
import type { Json } from '$lib/database.types';
import { createEngine, type Engine } from '$lib/matching/engine';
import { isUuid } from '$lib/server/listings/errors';
import { learnWeights } from './learning';
import type { Cycle, Proposal } from '$lib/matching/types';
import {
	isLive,
	latestListingChange,
	loadChangedListings,
	loadListing,
	loadOpenListings,
	loadServedAt,
	servedAtOf,
	toEngineListing,
	toPool,
	type Client,
	type ListingRow
} from './pool';

export type RematchSummary = {
	listingId: string;
	municipalityId: string | null;
	/** Whether the listing is open and so takes part in matching. */
	live: boolean;
	/** Request lists that were recomputed and replaced. */
	lists: number;
	written: number;
	deleted: number;
	ms: number;
};

export type BatchSummary = {
	municipalityId: string;
	offers: number;
	requests: number;
	proposals: number;
	cycles: number;
	deleted: number;
	ms: number;
};

type WriteResult = { written: number; deleted: number; cycles: number | null };

/** replace_match_proposals returns jsonb, which the generated types can only call Json. */
function toWriteResult(data: Json): WriteResult {
	const result = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
	const { written, deleted, cycles } = result;
	if (typeof written !== 'number' || typeof deleted !== 'number') {
		throw new Error(`Writing match proposals returned ${JSON.stringify(data)}`);
	}
	return { written, deleted, cycles: typeof cycles === 'number' ? cycles : null };
}

/**
 * An engine kept between calls, with the version (updated_at) of every listing it was given, so
 * that each call first applies whatever changed since, whoever changed it: the expiry job, a
 * moderator, another server process, a listing page that did not call rematch. The write RPC
 * also checks every pair against the live listings, so a cache can miss a pair, never show a
 * closed listing.
 */
type CachedEngine = {
	engine: Engine;
	builtAt: number;
	/** Listing id -> updated_at as applied. */
	versions: Map<string, string>;
	/** Latest updated_at seen, by the database's clock. */
	syncedUpTo: string | null;
};

export type MatchingJob = ReturnType<typeof createMatchingJob>;

/** Rebuilt at least this often: the engine fixes "now" (time windows, fairness) when built. */
const CACHE_TTL_MS = 60 * 60_000;
/**
 * updated_at is the writing transaction's start time, so a change may commit with a time a
 * little before the last sync; changes are re-read with this overlap (and skipped if known).
 */
const SYNC_OVERLAP_MS = 2 * 60_000;
/** More changes than this at once (a bulk import): rebuilding is cheaper than patching. */
const SYNC_LIMIT = 200;

const later = (a: string | null, b: string | null) =>
	a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b;

export function createMatchingJob(getClient: () => Client, options: { cacheTtlMs?: number } = {}) {
	const ttl = options.cacheTtlMs ?? CACHE_TTL_MS;
	let client: Client | null = null;
	const db = () => (client ??= getClient());

	const engines = new Map<string, CachedEngine>();
	const locks = new Map<string, Promise<void>>();

	/**
	 * Runs one job at a time per municipality in this process, so a rematch never computes on
	 * an engine another one is changing. (Across processes the RPC takes an advisory lock.)
	 */
	async function withLock<T>(municipalityId: string, fn: () => Promise<T>): Promise<T> {
		const previous = locks.get(municipalityId) ?? Promise.resolve();
		let release!: () => void;
		const current = previous.then(() => new Promise<void>((resolve) => (release = resolve)));
		locks.set(municipalityId, current);
		await previous;
		try {
			return await fn();
		} finally {
			release();
			if (locks.get(municipalityId) === current) locks.delete(municipalityId);
		}
	}

	async function buildEngine(municipalityId: string): Promise<CachedEngine> {
		const now = new Date();
		// The high-water mark first: a change made while the pool loads is then re-read next time.
		const syncedUpTo = await latestListingChange(db(), municipalityId);
		// What this municipality's feedback taught, learned afresh and stored on every build.
		const [rows, served, learned] = await Promise.all([
			loadOpenListings(db(), municipalityId, now),
			loadServedAt(db(), municipalityId),
			learnWeights(db(), municipalityId)
		]);
		return {
			engine: createEngine(toPool(rows, served), { now, learned }),
			builtAt: Date.now(),
			versions: new Map(rows.map((r) => [r.id, r.updated_at])),
			syncedUpTo
		};
	}

	/** The cached engine, brought up to date; returns the listings whose change it just applied. */
	async function syncedEngine(
		municipalityId: string
	): Promise<{ cached: CachedEngine; changed: ListingRow[] }> {
		let cached = engines.get(municipalityId);
		if (!cached || Date.now() - cached.builtAt >= ttl) {
			cached = await buildEngine(municipalityId);
			engines.set(municipalityId, cached);
			return { cached, changed: [] };
		}
		const since = cached.syncedUpTo
			? new Date(Date.parse(cached.syncedUpTo) - SYNC_OVERLAP_MS).toISOString()
			: new Date(0).toISOString();
		const rows = await loadChangedListings(db(), municipalityId, since, SYNC_LIMIT + 1);
		if (rows.length > SYNC_LIMIT) {
			cached = await buildEngine(municipalityId);
			engines.set(municipalityId, cached);
			return { cached, changed: [] };
		}
		const changed = rows.filter((r) => cached.versions.get(r.id) !== r.updated_at);
		await apply(municipalityId, cached, changed);
		for (const r of rows) cached.syncedUpTo = later(cached.syncedUpTo, r.updated_at);
		return { cached, changed };
	}

	/** Adds, replaces or removes listings in the engine as their current rows say. */
	async function apply(municipalityId: string, cached: CachedEngine, rows: ListingRow[]): Promise<void> {
		const live = rows.filter((r) => isLive(r));
		const served = live.length
			? await loadServedAt(
					db(),
					municipalityId,
					live.map((r) => r.id)
				)
			: new Map();
		for (const row of rows) {
			if (isLive(row)) {
				const mapped = toEngineListing(row, servedAtOf(row, served));
				cached.engine.updateListing(mapped.side, mapped.listing);
			} else {
				cached.engine.removeListing(row.id);
			}
			cached.versions.set(row.id, row.updated_at);
		}
	}

	async function write(
		municipalityId: string,
		proposals: Proposal[],
		scope: { requestIds: string[] | null; listingIds: string[]; cycles: Cycle[] | null }
	): Promise<WriteResult> {
		const { data, error } = await db().rpc('replace_match_proposals', {
			p_municipality: municipalityId,
			// Reasons stay language-neutral ({ code, params }); pages render them per reader.
			p_proposals: proposals.map((p) => ({
				request: p.request,
				offer: p.offer,
				score: p.score,
				reasons: p.reasons,
				caveats: p.caveats
			})),
			// Defaulted arguments are generated as optional, not nullable; left out it is null: every request.
			p_request_ids: scope.requestIds ?? undefined,
			p_listing_ids: scope.listingIds,
			p_cycles: scope.cycles
		});
		if (error) throw new Error(`Writing match proposals failed: ${error.message}`);
		return toWriteResult(data);
	}

	/** The requests whose stored list currently holds one of these offers. */
	async function requestsListing(offerIds: string[]): Promise<string[]> {
		if (!offerIds.length) return [];
		const { data, error } = await db().from('match_proposals').select('request_id').in('offer_id', offerIds);
		if (error) throw new Error(`Loading proposals of offers failed: ${error.message}`);
		return data.map((r) => r.request_id);
	}

	async function rematch(listingId: string): Promise<RematchSummary> {
		const started = performance.now();
		if (!isUuid(listingId)) throw new Error(`Not a listing id: ${listingId}`);

		// The municipality never changes, so it may be read before taking the lock; the listing
		// itself is read again inside, so that two quick edits are applied in order.
		const head = await loadListing(db(), listingId);
		if (!head) {
			// A deleted draft: its proposals went with it (on delete cascade).
			for (const cached of engines.values()) cached.engine.removeListing(listingId);
			return { listingId, municipalityId: null, live: false, lists: 0, written: 0, deleted: 0, ms: 0 };
		}
		const municipalityId = head.municipality_id;

		return withLock(municipalityId, async () => {
			try {
				const { cached, changed } = await syncedEngine(municipalityId);
				const row = await loadListing(db(), listingId);
				const targets = new Map(changed.map((r) => [r.id, r]));
				if (row) {
					if (cached.versions.get(row.id) !== row.updated_at) await apply(municipalityId, cached, [row]);
					targets.set(row.id, row);
				}
				const engine = cached.engine;

				// A request owns its list. An offer appears in requests' lists: those that held it
				// and those it now fits (its scored candidates, not its own shown list: that one is
				// cut and lowers recently served requests, whose lists it may still top) are
				// recomputed, in full, so that the offer also pushes out or makes room for others.
				// The full batch settles the rare request outside both sets.
				const offers = [...targets.values()].filter((r) => r.kind === 'offer');
				const requestIds = new Set(
					[...targets.values()].filter((r) => r.kind === 'request').map((r) => r.id)
				);
				for (const id of await requestsListing(offers.map((o) => o.id))) requestIds.add(id);
				for (const offer of offers.filter((o) => isLive(o))) {
					for (const id of engine.candidatesFor(offer.id)) requestIds.add(id);
				}
				const proposals = [...requestIds].flatMap((id) => engine.proposalsFor(id));
				const result = await write(municipalityId, proposals, {
					requestIds: [...requestIds],
					listingIds: [...targets.keys()],
					cycles: null
				});
				return {
					listingId,
					municipalityId,
					live: row !== null && isLive(row),
					lists: requestIds.size,
					written: result.written,
					deleted: result.deleted,
					ms: Math.round(performance.now() - started)
				};
			} catch (error) {
				// The engine may be half-updated: rebuild it from the database next time.
				engines.delete(municipalityId);
				throw error;
			}
		});
	}

	async function rematchAll(municipalityId: string): Promise<BatchSummary> {
		if (!isUuid(municipalityId)) throw new Error(`Not a municipality id: ${municipalityId}`);
		return withLock(municipalityId, async () => {
			const started = performance.now();
			engines.delete(municipalityId);
			const fresh = await buildEngine(municipalityId);
			// The engine's own full batch: every request's ranked list and the exchange cycles.
			const result = fresh.engine.proposeAll();
			const written = await write(municipalityId, result.proposals, {
				requestIds: null,
				listingIds: [],
				cycles: result.cycles
			});
			engines.set(municipalityId, fresh);
			return {
				municipalityId,
				offers: fresh.engine.size.offers,
				requests: fresh.engine.size.requests,
				proposals: written.written,
				cycles: written.cycles ?? 0,
				deleted: written.deleted,
				ms: Math.round(performance.now() - started)
			};
		});
	}

	return {
		/** Recomputes the proposals involving one listing, after it was created, edited or changed state. */
		rematchListing: rematch,
		/** Recomputes every proposal and exchange cycle of a municipality. */
		rematchAll,

		/** Runs the full batch when a municipality has open listings but no proposals yet (first start). */
		async rematchIfEmpty(municipalityId: string): Promise<BatchSummary | null> {
			const { count, error } = await db()
				.from('match_proposals')
				.select('id', { count: 'exact', head: true })
				.eq('municipality_id', municipalityId);
			if (error) throw new Error(`Counting proposals failed: ${error.message}`);
			if ((count ?? 0) > 0) return null;
			return rematchAll(municipalityId);
		}
	};
}
