// The scoreboard as server-sent events: `retry:` first (EventSource reconnects after it), the
// current scoreboard at once, then each change, and a comment every 15 s so proxies keep the
// connection open. The route and the benchmark serve the same Response.
import type { Scoreboard } from '../../../events/scoreboard';
import type { ScoreboardHub } from './hub';

export type StreamOptions = { heartbeatMs?: number; retryMs?: number; signal?: AbortSignal };

export const scoreboardEvent = (board: Scoreboard) =>
	`id: ${board.version}\nevent: scoreboard\ndata: ${JSON.stringify(board)}\n\n`;

export function scoreboardResponse(hub: ScoreboardHub, token: string, options: StreamOptions = {}): Response {
	const { heartbeatMs = 15_000, retryMs = 2000, signal } = options;
	const encoder = new TextEncoder();
	let stop = () => {};
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			let open = true;
			let unsubscribe = () => {};
			const send = (text: string) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(text));
				} catch {
					stop();
				}
			};
			stop = () => {
				if (!open) return;
				open = false;
				clearInterval(heartbeat);
				unsubscribe();
				signal?.removeEventListener('abort', stop);
			};
			const heartbeat = setInterval(() => send(': ping\n\n'), heartbeatMs);
			send(`retry: ${retryMs}\n\n`);
			unsubscribe = hub.subscribe(token, (board) => {
				if (board) return send(scoreboardEvent(board));
				// The link was renewed: tell the screen, and end (EventSource would reconnect to a 404).
				send('event: gone\ndata: {}\n\n');
				stop();
				try {
					controller.close();
				} catch {
					// already closed by the client
				}
			});
			if (!open) unsubscribe();
			signal?.addEventListener('abort', stop);
		},
		cancel() {
			stop();
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-store, no-transform',
			'x-accel-buffering': 'no',
			'x-robots-tag': 'noindex'
		}
	});
}
