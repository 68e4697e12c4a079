import http from 'node:http';
import https from 'node:https';

// The server's Supabase clients make one or two small JSON requests per page. Node's global
// fetch (undici) spent more CPU per call than the page's own rendering: a Request object,
// web streams in both directions and an abort signal for every call. This fetch does the
// same over node:http with kept-alive connections and hands back a Response over the body
// it already holds in memory (see BufferedResponse). Anything it does not handle plainly
// (a Request object, a streamed or multipart body, another scheme) goes to the global fetch
// unchanged.

const agents = {
	'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
	'https:': new https.Agent({ keepAlive: true, maxSockets: 64 })
};

// Statuses whose Response may not have a body (the constructor throws otherwise).
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

function plainHeaders(init: HeadersInit | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	if (!init) return out;
	if (init instanceof Headers || Array.isArray(init)) {
		for (const [name, value] of init) out[name] = value;
		return out;
	}
	for (const name of Object.keys(init)) out[name] = init[name];
	return out;
}

/**
 * A Response whose body is already in memory. undici's Response wraps even a Buffer in a web
 * ReadableStream, and reading it back as text goes through that stream: ~10x the CPU of
 * decoding the Buffer. supabase-js only reads status, headers and text() or json(); the
 * stream itself (`body`, formData) is built from a real Response on first use.
 */
class BufferedResponse implements Response {
	readonly type: ResponseType = 'default';
	readonly redirected = false;
	readonly url = '';
	readonly ok: boolean;
	#buffer: Buffer<ArrayBuffer> | null;
	#used = false;
	#real: Response | null = null;

	constructor(
		readonly status: number,
		readonly statusText: string,
		readonly headers: Headers,
		buffer: Buffer<ArrayBuffer> | null
	) {
		this.ok = status >= 200 && status <= 299;
		this.#buffer = buffer;
	}

	get body() {
		return this.#toReal().body;
	}

	get bodyUsed() {
		return this.#real ? this.#real.bodyUsed : this.#used;
	}

	/** The same response as undici's own, for what this class does not do itself. */
	#toReal(): Response {
		if (!this.#real) {
			this.#real = new Response(this.#used ? null : this.#buffer, {
				status: this.status,
				statusText: this.statusText,
				headers: this.headers
			});
			this.#used = true;
		}
		return this.#real;
	}

	#take(): Buffer {
		if (this.bodyUsed) throw new TypeError('Body is unusable: Body has already been read');
		this.#used = true;
		return this.#buffer ?? Buffer.alloc(0);
	}

	async text(): Promise<string> {
		if (this.#real) return this.#real.text();
		const text = this.#take().toString('utf8');
		// As fetch decodes: a byte order mark is not part of the text.
		return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	}

	async json(): Promise<unknown> {
		return JSON.parse(await this.text());
	}

	async bytes(): Promise<Uint8Array<ArrayBuffer>> {
		if (this.#real) return this.#real.bytes();
		return new Uint8Array(this.#take());
	}

	async arrayBuffer(): Promise<ArrayBuffer> {
		return (await this.bytes()).buffer;
	}

	async blob(): Promise<Blob> {
		return this.#toReal().blob();
	}

	async formData(): Promise<FormData> {
		return this.#toReal().formData();
	}

	clone(): Response {
		if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
		return new BufferedResponse(this.status, this.statusText, new Headers(this.headers), this.#buffer);
	}
}

function abortError(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export const nodeFetch: typeof fetch = (input, init) => {
	const target = typeof input === 'string' ? input : input instanceof URL ? input.href : null;
	const body = init?.body;
	const plainBody =
		body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
	if (target === null || !plainBody) return fetch(input, init);
	const url = new URL(target);
	const agent = agents[url.protocol as keyof typeof agents];
	if (!agent) return fetch(input, init);

	const signal = init?.signal ?? undefined;
	if (signal?.aborted) return Promise.reject(abortError(signal));
	const headers = plainHeaders(init?.headers);
	if (body != null && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) {
		headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength);
	}

	return new Promise<Response>((resolve, reject) => {
		const request = (url.protocol === 'https:' ? https : http).request(
			url,
			{ method: init?.method ?? 'GET', headers, agent },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('error', reject);
				res.on('end', () => {
					signal?.removeEventListener('abort', onAbort);
					const responseHeaders = new Headers();
					for (let i = 0; i < res.rawHeaders.length; i += 2) {
						responseHeaders.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
					}
					const status = res.statusCode ?? 502;
					resolve(
						new BufferedResponse(
							status,
							res.statusMessage ?? '',
							responseHeaders,
							NULL_BODY.has(status) ? null : Buffer.concat(chunks)
						)
					);
				});
			}
		);
		const onAbort = () => request.destroy(abortError(signal as AbortSignal) as Error);
		signal?.addEventListener('abort', onAbort, { once: true });
		request.on('error', (error) => {
			signal?.removeEventListener('abort', onAbort);
			// The same shape as fetch's network failure, which supabase-js recognises.
			reject(signal?.aborted ? error : new TypeError('fetch failed', { cause: error }));
		});
		request.end(body ?? undefined);
	});
};
