import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeFetch } from './node-fetch';

let server: Server;
let base: string;

beforeAll(async () => {
	server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			if (req.url === '/empty') {
				res.writeHead(204, { 'x-empty': 'yes' });
				return res.end();
			}
			if (req.url === '/slow') {
				setTimeout(() => res.end('late'), 2000);
				return;
			}
			res.writeHead(req.url === '/missing' ? 404 : 200, [
				['content-type', 'application/json'],
				['content-range', '0-1/2'],
				['set-cookie', 'a=1'],
				['set-cookie', 'b=2']
			]);
			res.end(
				JSON.stringify({
					method: req.method,
					url: req.url,
					apikey: req.headers.apikey,
					length: req.headers['content-length'] ?? null,
					body: Buffer.concat(chunks).toString('utf8')
				})
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('nodeFetch', () => {
	it('sends method, headers (a Headers object too) and a string body, and reads JSON back', async () => {
		const res = await nodeFetch(`${base}/rpc/search?x=1`, {
			method: 'POST',
			headers: new Headers({ apikey: 'key', 'content-type': 'application/json' }),
			body: JSON.stringify({ q: 'schilderwerk é' })
		});
		expect(res.ok).toBe(true);
		expect(res.headers.get('content-range')).toBe('0-1/2');
		expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
		expect(await res.json()).toEqual({
			method: 'POST',
			url: '/rpc/search?x=1',
			apikey: 'key',
			length: String(Buffer.byteLength('{"q":"schilderwerk é"}')),
			body: '{"q":"schilderwerk é"}'
		});
	});

	it('passes error statuses through as responses, and 204 without a body', async () => {
		const missing = await nodeFetch(`${base}/missing`);
		expect(missing.status).toBe(404);
		expect(missing.ok).toBe(false);
		const empty = await nodeFetch(new URL(`${base}/empty`), { method: 'DELETE' });
		expect(empty.status).toBe(204);
		expect(empty.headers.get('x-empty')).toBe('yes');
		expect(await empty.text()).toBe('');
	});

	it('behaves like a Response when read once, cloned, or read as a stream', async () => {
		const res = await nodeFetch(`${base}/once`);
		const copy = res.clone();
		expect(res.bodyUsed).toBe(false);
		expect(JSON.parse(await res.text()).url).toBe('/once');
		expect(res.bodyUsed).toBe(true);
		await expect(res.text()).rejects.toThrow(TypeError);
		expect(() => res.clone()).toThrow(TypeError);
		expect(new TextDecoder().decode(await copy.arrayBuffer())).toContain('"url":"/once"');

		const streamed = await nodeFetch(`${base}/stream`);
		const reader = streamed.body!.getReader();
		const { value } = await reader.read();
		expect(new TextDecoder().decode(value)).toContain('"url":"/stream"');
		expect(streamed.bodyUsed).toBe(true);
	});

	it('rejects when aborted, before or during the request', async () => {
		await expect(nodeFetch(`${base}/slow`, { signal: AbortSignal.abort() })).rejects.toThrow();
		const controller = new AbortController();
		const pending = nodeFetch(`${base}/slow`, { signal: controller.signal });
		setTimeout(() => controller.abort(), 50);
		await expect(pending).rejects.toThrow();
	});

	it('fails like fetch when nothing listens', async () => {
		const closed = createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const port = (closed.address() as AddressInfo).port;
		await new Promise<void>((resolve) => closed.close(() => resolve()));
		await expect(nodeFetch(`http://127.0.0.1:${port}/`)).rejects.toThrow(TypeError);
	});

	it('leaves what it does not handle plainly to the global fetch', async () => {
		const res = await nodeFetch(new Request(`${base}/via-request`), undefined);
		expect((await res.json()).url).toBe('/via-request');
	});
});
