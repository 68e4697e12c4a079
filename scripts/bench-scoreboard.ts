/**
 * Scoreboard benchmark: npm run bench:scoreboard
 *
 * Starts the local stack (embedded PostgreSQL 17, PostgREST, the auth stand-in) with the demo
 * seed, makes an edition with two corners and its scoreboard link, and serves the app's own hub
 * and SSE stream (src/lib/server/events/scoreboard: the module the route uses) on an HTTP server
 * in this process. Then, for 20 and for 200 simulated viewers (HTTP streaming clients reading the
 * event stream), the demo admin records and ratifies match forms through supabase-js at
 * irregular intervals, and for every viewer and every ratification the time from the
 * ratification RPC's return to the arrival of the event carrying the new count is measured. The
 * hub counts its own database reads (calls of the scoreboard RPC).
 *
 * The last line is exactly:
 *   scoreboard: 200 viewers, p95 X ms from ratification to screen, Y database reads per second
 */
import { randomUUID } from 'node:crypto';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@supabase/supabase-js';
import ws from 'ws';
import type { Database } from '../src/lib/database.types';
import { ScoreboardHub } from '../src/lib/server/events/scoreboard/hub';
import { readScoreboard } from '../src/lib/server/events/scoreboard/read';
import { scoreboardResponse } from '../src/lib/server/events/scoreboard/stream';
import { startStack } from '../supabase/local/stack.js';

const RATIFICATIONS = Number(process.env.BENCH_RATIFICATIONS ?? 12);
const HELLENDOORN = '00000000-0000-4000-8000-000000000001';
const BAKERY = '00000000-0000-4000-8000-0000000000b2';
const CLUB = '00000000-0000-4000-8000-0000000000b3';
const options = {
	auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
	realtime: { transport: ws as never }
} as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** The app's stream on a plain Node server: the Response's body piped to the socket. */
function serve(hub: ScoreboardHub): Promise<Server> {
	const server = createServer(async (req, res) => {
		const token = /^\/stream\/([0-9a-f]{64})$/.exec(req.url ?? '')?.[1];
		if (!token || !(await hub.current(token))) {
			res.writeHead(404).end();
			return;
		}
		const abort = new AbortController();
		const response = scoreboardResponse(hub, token, { signal: abort.signal });
		res.writeHead(response.status, Object.fromEntries(response.headers));
		res.flushHeaders();
		const reader = response.body!.getReader();
		res.on('close', () => {
			abort.abort();
			void reader.cancel();
		});
		for (;;) {
			const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
			if (done) break;
			res.write(value);
		}
		res.end();
	});
	server.keepAliveTimeout = 0;
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type Viewer = { arrivals: Map<number, number>; close: () => void };

/** One screen: an HTTP streaming client that notes when each count first arrived. */
function openViewer(url: string): Promise<Viewer> {
	return new Promise((resolve, reject) => {
		const arrivals = new Map<number, number>();
		const req = get(url, (res: IncomingMessage) => {
			if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
			res.setEncoding('utf8');
			let buffer = '';
			res.on('data', (chunk: string) => {
				const now = Date.now();
				buffer += chunk;
				let end: number;
				while ((end = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, end);
					buffer = buffer.slice(end + 2);
					if (!block.includes('event: scoreboard')) continue;
					const data = block.split('\n').find((l) => l.startsWith('data: '));
					const matches = JSON.parse(data!.slice(6)).matches as number;
					if (!arrivals.has(matches)) arrivals.set(matches, now);
				}
			});
			res.on('error', () => {});
			resolve({ arrivals, close: () => req.destroy() });
		});
		req.on('error', (e) => {
			if (!arrivals.size) reject(e);
		});
	});
}

async function main() {
	const started = Date.now();
	const stack = await startStack({ db: 'embedded', stateDir: null, port: 0, seed: true });
	let server: Server | null = null;
	try {
		console.log(`stack ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${stack.dbLabel})`);
		const service = createClient<Database>(stack.url, stack.serviceRoleKey, options);
		const anon = createClient<Database>(stack.url, stack.anonKey, options);
		const staff = createClient<Database>(stack.url, stack.anonKey, options);
		const signIn = await staff.auth.signInWithPassword({
			email: 'admin@hellendoorn.demo',
			password: 'demo-wachtwoord-2026'
		});
		if (signIn.error) throw signIn.error;

		const { data: edition, error } = await service
			.from('event_editions')
			.insert({
				municipality_id: HELLENDOORN,
				title: 'Bench Beursvloer',
				event_date: new Date().toISOString().slice(0, 10),
				starts_at: '19:30',
				ends_at: '21:00',
				venue: 'Sporthal De Kolk',
				published: true
			})
			.select('id')
			.single();
		if (error) throw error;
		const { data: corners, error: cornerError } = await service
			.from('event_corners')
			.insert([
				{ edition_id: edition.id, municipality_id: HELLENDOORN, name: 'Helpende handen', position: 0 },
				{ edition_id: edition.id, municipality_id: HELLENDOORN, name: 'Middelen en materialen', position: 1 }
			])
			.select('id');
		if (cornerError) throw cornerError;
		const renewed = await staff.rpc('renew_event_scoreboard', { p_edition: edition.id });
		if (renewed.error) throw renewed.error;
		const token = renewed.data;

		const hub = new ScoreboardHub((t) => readScoreboard(anon, t), 1000);
		server = await serve(hub);
		const streamUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stream/${token}`;

		let count = 0;
		const ratify = async (i: number) => {
			const id = randomUUID();
			const recorded = await staff.rpc('record_event_match', {
				p_id: id,
				p_edition: edition.id,
				p_giver: i % 2 ? BAKERY : CLUB,
				p_receiver: i % 2 ? CLUB : BAKERY,
				p_category: 'materials',
				p_what_given: `Bench match ${i}`,
				p_corner: corners[i % 2].id,
				p_materials_value: 50 + i
			});
			if (recorded.error) throw recorded.error;
			const decided = await staff.rpc('decide_event_match', { p_id: id, p_ratify: true });
			if (decided.error) throw decided.error;
			count += 1;
			return Date.now();
		};

		const results: { viewers: number; p95: number; p50: number; max: number; readsPerSecond: number }[] = [];
		for (const n of [20, 200]) {
			const viewers = await Promise.all(Array.from({ length: n }, () => openViewer(streamUrl)));
			const deadline = Date.now() + 10_000;
			while (viewers.some((v) => !v.arrivals.has(count)) && Date.now() < deadline) await sleep(20);
			const readsBefore = hub.reads;
			const from = Date.now();
			const latencies: number[] = [];
			let missed = 0;
			for (let i = 0; i < RATIFICATIONS; i += 1) {
				// Irregular, so ratifications fall at every point of the hub's one-second cycle.
				await sleep(700 + Math.floor(Math.random() * 900));
				const returned = await ratify(count + 1);
				const expected = count;
				const until = Date.now() + 5000;
				while (viewers.some((v) => !v.arrivals.has(expected)) && Date.now() < until) await sleep(5);
				for (const v of viewers) {
					const at = v.arrivals.get(expected);
					if (at === undefined) missed += 1;
					// An event may beat the RPC's answer home: it was on screen already.
					else latencies.push(Math.max(0, at - returned));
				}
			}
			const seconds = (Date.now() - from) / 1000;
			const readsPerSecond = (hub.reads - readsBefore) / seconds;
			for (const v of viewers) v.close();
			const closeBy = Date.now() + 5000;
			while (hub.listening.listeners > 0 && Date.now() < closeBy) await sleep(20);
			const result = {
				viewers: n,
				p95: percentile(latencies, 95),
				p50: percentile(latencies, 50),
				max: percentile(latencies, 100),
				readsPerSecond
			};
			results.push(result);
			console.log(
				`${n} viewers: ${RATIFICATIONS} ratifications, ${latencies.length} deliveries (${missed} missed), ` +
					`p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms, ` +
					`${hub.reads - readsBefore} reads in ${seconds.toFixed(1)} s; screens left listening: ${hub.listening.listeners}`
			);
			await sleep(1500);
		}
		const idle = hub.reads;
		await sleep(2000);
		console.log(`with no viewers: ${hub.reads - idle} reads in 2 s`);
		const [small, large] = results;
		console.log(
			`scoreboard: ${small.viewers} viewers, p95 ${small.p95} ms from ratification to screen, ` +
				`${small.readsPerSecond.toFixed(1)} database reads per second`
		);
		console.log(
			`scoreboard: ${large.viewers} viewers, p95 ${large.p95} ms from ratification to screen, ` +
				`${large.readsPerSecond.toFixed(1)} database reads per second`
		);
	} finally {
		server?.closeAllConnections();
		server?.close();
		await stack.stop();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
