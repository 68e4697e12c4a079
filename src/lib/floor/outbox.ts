// The tablet's outbox (browser only): every match form is first stored in IndexedDB under the
// id made on the tablet, then sent. It stays queued until the server gives a definite answer
// (recorded, or refused for good); a network error, a 5xx or a lost session leave it queued for
// the next try (the `online` event, a timer, the next page load). The server is idempotent on
// the id, so a form sent twice by two tabs or a lost answer is still recorded once; a lock keeps
// one tablet from sending the queue twice at the same time.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FloorForm, FloorMatchState } from './types';

export type OutboxStatus = 'queued' | 'sent' | 'refused';

export type OutboxEntry = {
	id: string;
	editionId: string;
	form: FloorForm;
	/** For the list on the tablet, also before the server has answered. */
	giverName: string;
	receiverName: string;
	status: OutboxStatus;
	/** The server's state once sent (it moves on: returned, ratified). */
	state: FloorMatchState | null;
	/** The refusal or the notaris's remark, in the user's language. */
	message: string;
	/** The agreed deal, once ratified. */
	dealId?: string | null;
	savedAt: string;
};

interface FloorDb extends DBSchema {
	forms: { key: string; value: OutboxEntry; indexes: { edition: string } };
}

let opened: Promise<IDBPDatabase<FloorDb>> | null = null;

function db(): Promise<IDBPDatabase<FloorDb>> {
	opened ??= openDB<FloorDb>('beursvloer-floor', 1, {
		upgrade(database) {
			const store = database.createObjectStore('forms', { keyPath: 'id' });
			store.createIndex('edition', 'editionId');
		}
	});
	return opened;
}

/** Stores a form to send (a new one, or a returned one corrected under its own id). */
export async function enqueue(entry: Omit<OutboxEntry, 'status' | 'state' | 'message' | 'savedAt'>) {
	await (
		await db()
	).put('forms', {
		...entry,
		status: 'queued',
		state: null,
		message: '',
		savedAt: new Date().toISOString()
	});
}

/** The forms of this tablet for an edition, newest first. */
export async function entriesOf(editionId: string): Promise<OutboxEntry[]> {
	const all = await (await db()).getAllFromIndex('forms', 'edition', editionId);
	return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function update(id: string, change: Partial<OutboxEntry>) {
	const tx = (await db()).transaction('forms', 'readwrite');
	const current = await tx.store.get(id);
	if (current) await tx.store.put({ ...current, ...change });
	await tx.done;
}

/** What one send attempt came to. */
export type SendAnswer =
	| { kind: 'recorded'; state: FloorMatchState; remark: string }
	| { kind: 'refused'; message: string }
	/** No answer (offline, timeout, 5xx) or signed out: stays queued. */
	| { kind: 'retry'; signedOut?: boolean };

let flushing: Promise<{ sent: number; signedOut: boolean }> | null = null;

/**
 * Sends the queued forms of an edition one by one, oldest first, with `send`; returns how many
 * were recorded. Called again while running, it waits for the running flush.
 */
export function flush(editionId: string, send: (form: FloorForm) => Promise<SendAnswer>) {
	flushing ??= run(editionId, send).finally(() => (flushing = null));
	return flushing;
}

async function run(editionId: string, send: (form: FloorForm) => Promise<SendAnswer>) {
	const work = async () => {
		const queued = (await entriesOf(editionId)).filter((e) => e.status === 'queued').reverse();
		let sent = 0;
		for (const entry of queued) {
			const answer = await send(entry.form);
			if (answer.kind === 'retry') return { sent, signedOut: !!answer.signedOut };
			if (answer.kind === 'recorded') {
				await update(entry.id, { status: 'sent', state: answer.state, message: answer.remark });
				sent++;
			} else {
				await update(entry.id, { status: 'refused', message: answer.message });
			}
		}
		return { sent, signedOut: false };
	};
	// Two tabs of one tablet: one sends at a time (the server would record a form once anyway).
	if (typeof navigator !== 'undefined' && navigator.locks) {
		return navigator.locks.request(`beursvloer-floor-${editionId}`, work);
	}
	return work();
}

/** The server's later word on forms already sent (the notaris returned or ratified them). */
export async function refreshStates(
	updates: { id: string; state: FloorMatchState; remark: string; dealId: string | null }[]
): Promise<void> {
	const tx = (await db()).transaction('forms', 'readwrite');
	for (const u of updates) {
		const current = await tx.store.get(u.id);
		// A correction waiting to be sent keeps its place in the queue.
		if (current?.status === 'sent')
			await tx.store.put({ ...current, state: u.state, message: u.remark, dealId: u.dealId });
	}
	await tx.done;
}
