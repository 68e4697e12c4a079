// The permission matrix (issue 10): every table and function PostgREST exposes, tried as each
// actor, through supabase-js and the real PostgREST, against the expectations in
// expectations.ts. Writes go out with `Prefer: tx=rollback` (the local PostgREST runs with
// db-tx-end = commit-allow-override), so an allowed attempt leaves nothing behind for the next.
import type { PostgrestError } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminClient, stack } from '../clients';
import { loose } from '../fixtures';
import { rpcs, tables, type TableRule } from './expectations';
import { ACTORS, buildWorld, type Actor, type Person, type World } from './world';

type Op = 'read' | 'insert' | 'update' | 'delete' | 'rpc';
interface Cell {
	op: Op;
	target: string;
	/** The column for updates, the row's label for extra reads. */
	detail?: string;
	actor: Actor;
	expected: boolean;
	attempt: (p: Person) => Promise<{ allowed: boolean; status: number; error: PostgrestError | null }>;
}

/** What PostgREST's OpenAPI lists to the service role: every exposed table with its columns, every function. */
async function discover() {
	const { url, serviceRoleKey } = stack();
	const res = await fetch(`${url}/rest/v1/`, {
		headers: { apikey: serviceRoleKey, authorization: `Bearer ${serviceRoleKey}` }
	});
	if (!res.ok) throw new Error(`OpenAPI: ${res.status}`);
	const spec = (await res.json()) as {
		paths: Record<string, unknown>;
		definitions: Record<string, { properties?: Record<string, unknown> }>;
	};
	const rpcNames = Object.keys(spec.paths)
		.filter((p) => p.startsWith('/rpc/'))
		.map((p) => p.slice(5));
	const tableColumns = Object.fromEntries(
		Object.keys(spec.paths)
			.filter((p) => p !== '/' && !p.startsWith('/rpc/'))
			.map((p) => p.slice(1))
			.map((t) => [t, Object.keys(spec.definitions[t]?.properties ?? {}).sort()])
	);
	return { tableColumns, rpcNames: rpcNames.sort() };
}

const same = (sent: unknown, stored: unknown) => {
	if (typeof sent === 'string' && typeof stored === 'string' && /^\d{4}-\d\d-\d\dT/.test(sent)) {
		return Date.parse(sent) === Date.parse(stored);
	}
	return JSON.stringify(sent) === JSON.stringify(stored);
};

function cellsOf(w: World, table: string, rule: TableRule): Cell[] {
	const cells: Cell[] = [];
	const keyColumns = (key: Record<string, unknown>) => Object.keys(key).join(',');
	for (const actor of ACTORS) {
		const reads = [{ label: undefined as string | undefined, key: rule.key(w), who: rule.read }];
		for (const r of rule.alsoRead ?? []) reads.push({ label: r.label, key: r.key(w), who: r.who });
		for (const r of reads) {
			cells.push({
				op: 'read',
				target: table,
				detail: r.label,
				actor,
				expected: r.who.includes(actor),
				attempt: async (p) => {
					const res = await p.client.from(table).select(keyColumns(r.key)).match(r.key);
					return { allowed: !res.error && res.data?.length === 1, status: res.status, error: res.error };
				}
			});
		}
		cells.push({
			op: 'insert',
			target: table,
			actor,
			expected: rule.insert.who.includes(actor),
			attempt: async (p) => {
				const res = await p.client.from(table).insert(rule.insert.row(w, p)).rollback();
				return { allowed: !res.error && res.status === 201, status: res.status, error: res.error };
			}
		});
		for (const [column, c] of Object.entries(rule.update)) {
			cells.push({
				op: 'update',
				target: table,
				detail: column,
				actor,
				expected: c.who.includes(actor),
				attempt: async (p) => {
					const key = (c.on ?? rule.key)(w);
					const value = c.value(w, p);
					const res = await p.client
						.from(table)
						.update({ [column]: value })
						.match(key)
						.select(column)
						.rollback();
					const rows = (res.data ?? []) as unknown as Record<string, unknown>[];
					const allowed = !res.error && rows.length === 1 && same(value, rows[0][column]);
					return { allowed, status: res.status, error: res.error };
				}
			});
		}
		cells.push({
			op: 'delete',
			target: table,
			actor,
			expected: rule.delete.includes(actor),
			attempt: async (p) => {
				const key = (rule.deleteKey ?? rule.key)(w);
				const res = await p.client.from(table).delete().match(key).select(keyColumns(key)).rollback();
				return { allowed: !res.error && res.data?.length === 1, status: res.status, error: res.error };
			}
		});
	}
	return cells;
}

function rpcCells(w: World): Cell[] {
	return Object.entries(rpcs).flatMap(([name, rule]) =>
		ACTORS.map((actor): Cell => ({
			op: 'rpc',
			target: name,
			actor,
			expected: rule.who.includes(actor),
			attempt: async (p) => {
				const res = await p.client.rpc(name, rule.args(w, p)).rollback();
				return { allowed: !res.error && res.status < 300, status: res.status, error: res.error };
			}
		}))
	);
}

/** Runs the attempts a few at a time; each is its own request and its own transaction. */
async function runAll(w: World, cells: Cell[], concurrency: number) {
	const results = new Array<{ allowed: boolean; status: number; error: PostgrestError | null }>(cells.length);
	let next = 0;
	const worker = async () => {
		while (next < cells.length) {
			const i = next++;
			results[i] = await cells[i].attempt(w.people[cells[i].actor]);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return results;
}

/** The rows the attempts aim at, as the service role sees them: unchanged afterwards. */
async function snapshot(w: World) {
	const db = loose(adminClient());
	const out: Record<string, unknown> = {};
	for (const [table, rule] of Object.entries(tables)) {
		const keys = [rule.key(w), ...(rule.deleteKey ? [rule.deleteKey(w)] : [])];
		for (const c of Object.values(rule.update)) if (c.on) keys.push(c.on(w));
		for (const key of keys) {
			const { data, error } = await db.from(table).select('*').match(key);
			if (error) throw error;
			out[`${table} ${JSON.stringify(key)}`] = data;
		}
		const { count, error } = await db.from(table).select('*', { count: 'exact', head: true });
		if (error) throw error;
		out[`${table} count`] = count;
	}
	return out;
}

describe('permission matrix', () => {
	let world: World;
	let cells: Cell[] = [];
	let results: Awaited<ReturnType<typeof runAll>> = [];
	let before: Record<string, unknown>;

	beforeAll(async () => {
		world = await buildWorld();
		before = await snapshot(world);
		cells = [...Object.entries(tables).flatMap(([t, rule]) => cellsOf(world, t, rule)), ...rpcCells(world)];
		const started = performance.now();
		results = await runAll(world, cells, stack().db === 'pglite' ? 4 : 8);
		const seconds = (performance.now() - started) / 1000;
		console.log(`permission matrix: ${cells.length} cells in ${seconds.toFixed(1)} s (${stack().db})`);
	}, 300_000);

	it('has expectations for every exposed table, column and function, and none for what is gone', async () => {
		const found = await discover();
		const expectedColumns = Object.fromEntries(
			Object.entries(tables).map(([t, rule]) => [t, Object.keys(rule.update).sort()])
		);
		expect({ tables: found.tableColumns, functions: found.rpcNames }).toEqual({
			tables: expectedColumns,
			functions: Object.keys(rpcs).sort()
		});
	});

	const groups = [
		...Object.keys(tables).map((t) => ['table', t]),
		...Object.keys(rpcs).map((r) => ['function', r])
	];
	it.each(groups)('%s %s: every actor gets what the expectations say', (_kind, target) => {
		const mismatches = cells.flatMap((cell, i) => {
			if (cell.target !== target) return [];
			const got = results[i];
			const what = `${cell.op}${cell.detail ? ` ${cell.detail}` : ''} as ${cell.actor}`;
			if (got.status >= 500) return [`${what}: HTTP ${got.status} ${got.error?.code} ${got.error?.message}`];
			if (got.allowed === cell.expected) return [];
			return [
				`${what}: expected ${cell.expected ? 'allowed' : 'refused'}, got ${got.allowed ? 'allowed' : `refused (HTTP ${got.status} ${got.error?.code ?? ''} ${got.error?.message ?? 'no row'})`}`
			];
		});
		expect(mismatches).toEqual([]);
	});

	it('leaves every row it tried as it was (each attempt was rolled back)', async () => {
		expect(await snapshot(world)).toEqual(before);
	});

	it('tries every actor on every table, column and function', () => {
		const columns = Object.values(tables).reduce((n, t) => n + Object.keys(t.update).length, 0);
		expect(cells.length).toBeGreaterThanOrEqual(ACTORS.length * (columns + Object.keys(rpcs).length));
	});
});
