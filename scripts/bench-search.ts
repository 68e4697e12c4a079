// Search and browse benchmark: 10,000 open listings on a real PostgreSQL, queried by 20
// concurrent anonymous users twice over: through the data path (supabase-js → gateway →
// PostgREST → public.search_listings) and through the real pages (/aanbod, /vragen of the
// built app, which make the same calls server-side), next to a trivial request of each kind
// and a plain ILIKE scan in the same run. Prints p50/p95, requests per second and the
// machine's load average (the machine is shared: compare runs only at similar load).
// Run: npx tsx scripts/bench-search.ts
// Env: BENCH_DATABASE_URL (default: a database of its own, dropped afterwards, on the server of
//      DATABASE_URL, or else on an embedded PostgreSQL 17 kept in .local/bench-postgres),
//      BENCH_LISTINGS (10000), BENCH_CONCURRENCY (20), BENCH_REQUESTS (per scenario, 400),
//      BENCH_APP_PORT (4600), BENCH_PAGES=0 (data path only), BENCH_SKIP_BUILD=1 (reuse build/),
//      BENCH_KEEP_DB=1 (keep the database, e.g. for EXPLAIN), BENCH_THINK_MS (0: no pause
//      between a user's requests; e.g. 1000 for people who read each page),
//      BENCH_WARMUP_PAGES (400 of each page before measuring pages).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import pg from 'pg';
import ws from 'ws';
import { dropPostgresDatabase } from '../supabase/local/db.js';
import { startEmbeddedPostgres, type EmbeddedServer } from '../supabase/local/embedded-postgres.js';

let databaseUrl = '';
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
// 0: every user sends the next request as soon as the last one answered (the bar). Otherwise
// each user pauses 0.5 to 1.5 times this long between requests, as people reading a page do.
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 0);
const WARMUP_PAGES = Number(process.env.BENCH_WARMUP_PAGES ?? 400);
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4600);
const PAGES = process.env.BENCH_PAGES !== '0';
const root = new URL('..', import.meta.url).pathname;
const HELLENDOORN = '00000000-0000-4000-8000-000000000001';

// Words to build believable listings from; the search terms below are among them.
const SUBJECTS = [
	'laptops',
	'computers',
	'schilderwerk',
	'vrijwilligers',
	'vergaderruimte',
	'bestelbus',
	'tuinonderhoud',
	'jaarrekening',
	'penningmeester',
	'brood',
	'bakkerij',
	'koelkast',
	'tenten',
	'decorbouw',
	'verhuizing',
	'website',
	'drukwerk',
	'posters',
	'snoeiwerk',
	'ledverlichting',
	'zonnepanelen',
	'opslagruimte',
	'kantoorstoelen',
	'beamer',
	'keuken',
	'workshop',
	'subsidieaanvraag',
	'fietsen',
	'speeltoestellen',
	'boekhouding',
	'social media',
	'ehbo-cursus',
	'vervoer',
	'partytent',
	'gereedschap',
	'kostuums'
];
const PHRASES = [
	'voor de vereniging',
	'voor ons clubhuis',
	'voor het dorpshuis',
	'voor een buurtfeest',
	'voor de jeugd',
	'op zaterdag',
	'in het voorjaar',
	'voor een open dag',
	'voor de voedselbank',
	'voor ouderen'
];
const PLACES: [string, number, number][] = [
	['Nijverdal', 52.36, 6.4681],
	['Hellendoorn', 52.3883, 6.45],
	['Haarle', 52.3592, 6.3806],
	['Daarle', 52.4333, 6.55],
	['Daarlerveen', 52.445, 6.58],
	['Rijssen', 52.3067, 6.5181],
	['Wierden', 52.3592, 6.5931],
	['Raalte', 52.3858, 6.275],
	['Almelo', 52.3567, 6.6625],
	['Zwolle', 52.5125, 6.0944],
	['Deventer', 52.255, 6.1639],
	['Enschede', 52.2183, 6.8958]
];
const QUERIES = [
	'laptop',
	'schilderen',
	'vrijwiligers',
	'computr',
	'bakkerij',
	'vergaderruimte',
	'tuin',
	'jaarrekening penningmeester',
	'zonnepaneel',
	'bestelbus',
	'posters dorpshuis',
	'stoelen'
];
const ILIKE_TERMS = [
	'laptop',
	'schilder',
	'vrijwillig',
	'comput',
	'bakker',
	'vergader',
	'tuin',
	'penningmeester',
	'zonnepan',
	'bestelbus',
	'posters',
	'stoel'
];

async function seed(url: string) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query(
			"select count(*)::int as n from public.listings where state = 'open'"
		);
		if (rows[0].n >= LISTINGS) return;
		await client.query(
			`insert into public.municipalities (id, slug, name) values ($1, 'hellendoorn', 'Hellendoorn') on conflict do nothing`,
			[HELLENDOORN]
		);
		// 200 organisations, half businesses, half voluntary organisations.
		await client.query(
			`insert into public.organisations (id, municipality_id, kind, name, slug, place, latitude, longitude)
			 select ('c0000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, $1,
			        (case when i % 2 = 0 then 'business' else 'voluntary' end)::public.organisation_kind,
			        'Bench organisatie ' || i, 'bench-org-' || i, 'Nijverdal', 52.36, 6.4681
			   from generate_series(1, 200) i
			 on conflict do nothing`,
			[HELLENDOORN]
		);
		const started = Date.now();
		await client.query(
			`insert into public.listings (municipality_id, organisation_id, kind, state, category, title, description, amount,
			   estimated_hours, place, latitude, longitude, available_from, available_until, needed_by, wants_in_return,
			   can_offer_in_return, created_at)
			 select $1, ('c0000000-0000-4000-8000-' || lpad((1 + i % 200)::text, 12, '0'))::uuid,
			        k.kind, 'open', (array['hands','expertise','materials','facilities','other'])[1 + i % 5]::public.listing_category,
			        initcap(s.subject) || ' ' || p.phrase || ' #' || i,
			        'Wij ' || case when k.kind = 'offer' then 'bieden ' else 'zoeken ' end || s.subject || ' ' || p.phrase
			          || '. ' || s2.subject || ' en ' || s3.subject || ' zijn ook welkom. Neem contact op via het platform.',
			        (1 + i % 8) || ' personen, ' || (1 + i % 3) || ' dagen',
			        1 + i % 40, pl.name, pl.lat + ((i % 17) - 8) * 0.002, pl.lon + ((i % 13) - 6) * 0.003,
			        case when k.kind = 'offer' then current_date end,
			        case when k.kind = 'offer' then current_date + 30 + i % 300 end,
			        case when k.kind = 'request' then current_date + 10 + i % 200 end,
			        case when k.kind = 'offer' then 'Vrijwilligers bij onze open dag' end,
			        case when k.kind = 'request' then 'Een optreden op uw bedrijfsfeest' end,
			        now() - (i || ' minutes')::interval
			   from generate_series(1, $2::int) i
			   cross join lateral (select (case when i % 2 = 0 then 'offer' else 'request' end)::public.listing_kind as kind) k
			   cross join lateral (select ($3::text[])[1 + i % array_length($3::text[], 1)] as subject) s
			   cross join lateral (select ($3::text[])[1 + (i * 7) % array_length($3::text[], 1)] as subject) s2
			   cross join lateral (select ($3::text[])[1 + (i * 13) % array_length($3::text[], 1)] as subject) s3
			   cross join lateral (select ($4::text[])[1 + (i / 3) % array_length($4::text[], 1)] as phrase) p
			   cross join lateral (select ($5::text[])[1 + (i * 11) % array_length($5::text[], 1)] as name,
			                              ($6::float8[])[1 + (i * 11) % array_length($6::float8[], 1)] as lat,
			                              ($7::float8[])[1 + (i * 11) % array_length($7::float8[], 1)] as lon) pl`,
			[
				HELLENDOORN,
				LISTINGS,
				SUBJECTS,
				PHRASES,
				PLACES.map((p) => p[0]),
				PLACES.map((p) => p[1]),
				PLACES.map((p) => p[2])
			]
		);
		// As autovacuum would after a bulk load: statistics, and a visibility map for index-only counts.
		await client.query('vacuum analyze public.listings');
		await client.query('analyze');
		console.log(`seeded ${LISTINGS} listings in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	} finally {
		await client.end();
	}
}

type Scenario = {
	name: string;
	/**
	 * Counts against the speed bar: the search and browse pages (the issue's bar). The data
	 * path alone is measured to show where a page's time goes.
	 */
	target?: boolean;
	run: (client: SupabaseClient, i: number) => Promise<unknown>;
};

/**
 * CPU time (ms) used so far by each part of the system, read from /proc: this process (the
 * load), the stack's process (the gateway), the app server, PostgREST and PostgreSQL's
 * processes. Where the time goes tells what to make cheaper; on a 2-core machine it is all
 * one budget.
 */
function cpuByPart(appPid: number | undefined): Record<string, number> {
	const parts: Record<string, number> = { load: 0, gateway: 0, app: 0, postgrest: 0, postgres: 0 };
	if (process.platform !== 'linux') return parts;
	for (const entry of readdirSync('/proc')) {
		if (!/^[0-9]+$/.test(entry)) continue;
		let stat: string;
		try {
			stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
		} catch {
			continue;
		}
		const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
		const pid = Number(entry);
		if (pid === process.pid) parts.load += ms;
		else if (pid === stackPidForCpu) parts.gateway += ms;
		else if (pid === appPid) parts.app += ms;
		else if (comm.startsWith('postgrest')) parts.postgrest += ms;
		else if (comm === 'postgres') parts.postgres += ms;
	}
	return parts;
}

let appPidForCpu: number | undefined;
let stackPidForCpu: number | undefined;

type StackProcess = { url: string; anonKey: string; env: Record<string, string>; stop: () => Promise<void> };

/**
 * The local stack in a process of its own, as a project's API gateway is: then the load
 * generator and the gateway do not share an event loop, and their CPU is counted apart.
 */
async function startStackProcess(): Promise<StackProcess> {
	const stackModule = new URL('../supabase/local/stack.js', import.meta.url).href;
	const code = `
		const { startStack } = await import(${JSON.stringify(stackModule)});
		const stack = await startStack({ db: 'postgres', databaseUrl: process.env.BENCH_STACK_DB, stateDir: null, port: 0, seed: false });
		console.log(JSON.stringify({ url: stack.url, anonKey: stack.anonKey, env: stack.env }));
		process.on('SIGTERM', () => stack.stop().then(() => process.exit(0)));
	`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
		cwd: root,
		env: { ...process.env, BENCH_STACK_DB: databaseUrl },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	stackPidForCpu = child.pid;
	const line = await new Promise<string>((resolve, reject) => {
		let out = '';
		child.stdout?.on('data', (chunk) => {
			out += chunk;
			const end = out.indexOf('\n');
			if (end >= 0) resolve(out.slice(0, end));
		});
		child.on('exit', (code) => reject(new Error(`the stack exited (${code}) before it was ready`)));
	});
	const info = JSON.parse(line) as Omit<StackProcess, 'stop'>;
	return {
		...info,
		stop: async () => {
			if (child.exitCode !== null) return;
			const exited = new Promise((r) => child.once('exit', r));
			child.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
			if (child.exitCode === null) child.kill('SIGKILL');
		}
	};
}

async function measure(client: SupabaseClient, scenario: Scenario) {
	// Warm-up: plans, caches and connections.
	await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => scenario.run(client, i)));
	const latencies: number[] = [];
	let next = 0;
	const cpuBefore = cpuByPart(appPidForCpu);
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < REQUESTS) {
				const i = next++;
				const t0 = performance.now();
				await scenario.run(client, i);
				latencies.push(performance.now() - t0);
				if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	const cpuAfter = cpuByPart(appPidForCpu);
	const cpu = Object.fromEntries(
		Object.keys(cpuAfter).map((k) => [k, (cpuAfter[k] - cpuBefore[k]) / latencies.length])
	);
	latencies.sort((a, b) => a - b);
	const pct = (p: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
	return {
		name: scenario.name,
		target: scenario.target ?? false,
		p50: pct(50),
		p95: pct(95),
		rps: latencies.length / seconds,
		cpu
	};
}

function check<T>(result: { data: T; error: unknown }): T {
	if (result.error) throw new Error(JSON.stringify(result.error));
	return result.data;
}

const scenarios: Scenario[] = [
	{
		// The floor: what the gateway and PostgREST cost without any work in the database.
		name: 'baseline (one municipality row)',
		run: async (c) => check(await c.from('municipalities').select('id').limit(1))
	},
	{
		name: 'search (rpc, Dutch FTS + trigram)',
		run: async (c, i) =>
			check(
				await c.rpc('search_listings', {
					p_query: QUERIES[i % QUERIES.length],
					p_municipality: HELLENDOORN,
					p_limit: 20
				})
			)
	},
	{
		name: 'browse (rpc, filters, newest)',
		run: async (c, i) =>
			check(
				await c.rpc('search_listings', {
					p_municipality: HELLENDOORN,
					p_kind: i % 3 === 0 ? null : i % 2 === 0 ? 'offer' : 'request',
					p_categories: i % 4 === 0 ? ['hands', 'materials'] : null,
					p_sort: 'newest',
					p_limit: 20,
					p_offset: (i % 3) * 20
				})
			)
	},
	{
		name: 'browse near a place (rpc, 10 km, distance)',
		run: async (c, i) => {
			const [, lat, lon] = PLACES[i % 6];
			return check(
				await c.rpc('search_listings', {
					p_lat: lat,
					p_lon: lon,
					p_max_km: 10,
					p_sort: 'distance',
					p_limit: 20
				})
			);
		}
	},
	{
		name: 'plain ILIKE scan (rest, title or description)',
		run: async (c, i) => {
			const term = ILIKE_TERMS[i % ILIKE_TERMS.length];
			return check(
				await c
					.from('listings')
					.select('id, kind, category, title, amount, place, ends_on, created_at', { count: 'exact' })
					.eq('state', 'open')
					.or(`title.ilike.*${term}*,description.ilike.*${term}*`)
					.order('created_at', { ascending: false })
					.limit(20)
			);
		}
	}
];

// Pages are fetched over kept-alive connections, as a browser does, with node:http: the
// global fetch cost the load generator more CPU than the gateway it was measuring.
const pageAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

/**
 * One page request; anything but 200 (an error page, a redirect) fails the run. Resolves with
 * the body's size: the text is decoded only to report an error, as this process is part of
 * the machine's load.
 */
function getPage(path: string): Promise<number> {
	return new Promise((resolve, reject) => {
		http
			.get({ host: '127.0.0.1', port: APP_PORT, path, agent: pageAgent }, (res) => {
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (res.statusCode !== 200) chunks.push(chunk);
				});
				res.on('error', reject);
				res.on('end', () => {
					if (res.statusCode === 200) return resolve(size);
					const body = Buffer.concat(chunks).toString('utf8');
					reject(new Error(`GET ${path}: ${res.statusCode} ${body.slice(0, 300)}`));
				});
			})
			.on('error', reject);
	});
}

const pageScenarios: Scenario[] = [
	{
		// The floor for pages: server rendering with the layout's (cached) municipality only.
		name: 'page baseline (GET /inloggen)',
		run: () => getPage('/inloggen')
	},
	{
		name: 'page search (GET /aanbod?q=)',
		target: true,
		run: (_, i) => getPage(`/aanbod?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}`)
	},
	{
		name: 'page browse (GET /aanbod, /vragen)',
		target: true,
		run: (_, i) => getPage(i % 2 === 0 ? '/aanbod' : `/vragen?page=${1 + (i % 3)}`)
	},
	{
		name: 'page near a place (GET /vragen?place=&km=10)',
		target: true,
		run: (_, i) => getPage(`/vragen?place=${encodeURIComponent(PLACES[i % 6][0])}&km=10&sort=distance`)
	},
	{
		// A visitor with JavaScript who searches again from the list page: the router asks only
		// for the page's data (x-sveltekit-invalidated=01: the layout's is kept), no HTML.
		name: 'search in the browser (/aanbod/__data.json)',
		run: (_, i) =>
			getPage(
				`/aanbod/__data.json?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}&x-sveltekit-invalidated=01`
			)
	}
];

/**
 * Builds the app (adapter-node) and copies it aside, so that another build in the same
 * checkout cannot swap files under the running server. Inside node_modules, so that the
 * server still resolves its dependencies from the project.
 */
function buildApp(): string {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const started = Date.now();
		const built = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
		if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stdout}\n${built.stderr}`);
		console.log(`built the app in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	}
	if (!existsSync(join(root, 'build', 'index.js'))) throw new Error('no build/: run npm run build first');
	const dir = join(root, 'node_modules', '.cache', `bench-search-build-${process.pid}`);
	cpSync(join(root, 'build'), dir, { recursive: true });
	return dir;
}

async function startApp(dir: string, env: Record<string, string>): Promise<ChildProcess> {
	const origin = `http://127.0.0.1:${APP_PORT}`;
	const app = spawn(process.execPath, [dir], {
		cwd: root,
		env: { ...process.env, ...env, PORT: String(APP_PORT), HOST: '127.0.0.1', ORIGIN: origin },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	app.stdout?.on('data', (c) => (output = (output + c).slice(-5000)));
	app.stderr?.on('data', (c) => (output = (output + c).slice(-5000)));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (app.exitCode !== null) throw new Error(`the app exited: ${output}`);
		const res = await fetch(`${origin}/favicon.svg`).catch(() => null);
		if (res) {
			await res.arrayBuffer();
			return app;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	app.kill();
	throw new Error(`the app did not answer on ${origin}: ${output}`);
}

function load() {
	return loadavg()
		.map((n) => n.toFixed(2))
		.join(' ');
}

async function main() {
	console.log(
		`bench: ${LISTINGS} listings, ${CONCURRENCY} concurrent users, ${REQUESTS} requests per scenario, ` +
			(THINK_MS ? `${THINK_MS} ms think time (0.5-1.5x) between a user's requests` : 'no think time')
	);
	const keep = process.env.BENCH_KEEP_DB === '1';
	let embedded: EmbeddedServer | null = null;
	if (process.env.BENCH_DATABASE_URL) databaseUrl = process.env.BENCH_DATABASE_URL;
	else {
		if (!process.env.DATABASE_URL) {
			embedded = await startEmbeddedPostgres({ dataDir: join(root, '.local', 'bench-postgres') });
		}
		const server = new URL(embedded?.url ?? (process.env.DATABASE_URL as string));
		server.pathname = `/beursvloer_bench_search_${process.pid}`;
		databaseUrl = server.toString();
	}
	console.log(
		`database: ${embedded ? `embedded PostgreSQL ${embedded.version}` : new URL(databaseUrl).host}`
	);
	const appDir = PAGES ? buildApp() : null;
	const stack = await startStackProcess();
	let app: ChildProcess | null = null;
	try {
		// Started before the seed: the app matches a municipality on its first start when it has
		// no proposals yet, which would run during the measurements. Without the municipality
		// it finds nothing to match.
		if (appDir) app = await startApp(appDir, stack.env);
		appPidForCpu = app?.pid;
		await seed(databaseUrl);
		const client = createClient(stack.url, stack.anonKey, {
			auth: { persistSession: false, autoRefreshToken: false },
			realtime: { transport: ws as never }
		});
		const loadBefore = load();
		const results = [];
		for (const scenario of scenarios) results.push(await measure(client, scenario));
		if (app) {
			// A server that has run for a while: V8 compiles the rendering code as it gets hot,
			// and a freshly started process spends its first thousand pages or so doing that.
			// Measured here is the steady state, after WARMUP_PAGES of every kind.
			for (const scenario of pageScenarios) {
				for (let i = 0; i < WARMUP_PAGES; i += CONCURRENCY) {
					await Promise.all(Array.from({ length: CONCURRENCY }, (_, j) => scenario.run(client, i + j)));
				}
			}
			for (const scenario of pageScenarios) results.push(await measure(client, scenario));
		}
		console.log(`\nload average (1, 5, 15 min): ${loadBefore} at start, ${load()} at end (2 cores)`);
		// Ratios to a baseline of the same run, comparable across machines of different speed:
		// data calls to the one-row call, pages to the trivial page.
		const dataBaseline = results[0];
		const pageBaseline = results.find((r) => r.name.startsWith('page baseline'));
		console.log('\nscenario                                        p50 ms   p95 ms    req/s  p95 × baseline');
		for (const r of results) {
			const base = scenarios.some((s) => s.name === r.name) ? dataBaseline : pageBaseline;
			console.log(
				`${r.name.padEnd(46)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.rps.toFixed(0).padStart(8)}` +
					`${base ? (r.p95 / base.p95).toFixed(1).padStart(16) : ''}`
			);
		}
		const search = results.find((r) => r.name.startsWith('search (rpc'));
		const ilike = results.find((r) => r.name.startsWith('plain ILIKE'));
		if (search && ilike) {
			console.log(
				`\nthe ILIKE scan against the search call: p95 ${(ilike.p95 / search.p95).toFixed(1)}× slower, ` +
					`${(search.rps / ilike.rps).toFixed(1)}× fewer requests per second`
			);
		}
		console.log(
			'\nCPU ms per request   ' +
				Object.keys(results[0].cpu)
					.map((k) => k.padStart(13))
					.join('')
		);
		for (const r of results) {
			console.log(
				r.name.slice(0, 20).padEnd(20) +
					Object.values(r.cpu)
						.map((v) => v.toFixed(2).padStart(13))
						.join('')
			);
		}
		const slow = results.filter((r) => r.target && r.p95 >= 150);
		if (!app) console.log('\npages not measured (BENCH_PAGES=0): the target is not judged');
		else
			console.log(
				slow.length
					? `\ntarget missed (p95 >= 150 ms): ${slow.map((r) => r.name).join(', ')}`
					: '\ntarget met: every search and browse page p95 < 150 ms'
			);
	} finally {
		if (app && app.exitCode === null) {
			const exited = new Promise((r) => app?.once('exit', r));
			app.kill('SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
		}
		if (appDir) rmSync(appDir, { recursive: true, force: true });
		await stack.stop();
		if (!keep) await dropPostgresDatabase(databaseUrl);
		else if (embedded) console.log(`database kept in the cluster at ${embedded.dataDir}`);
		await embedded?.stop();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
