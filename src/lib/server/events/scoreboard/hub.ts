// One poller per scoreboard link, in this process: while at least one screen listens, the
// scoreboard is read once a second (one database read, whatever the number of screens) and
// pushed to every listener when it changed; when the last one leaves, polling stops. Several app
// instances each poll once a second. Plain TypeScript with relative imports: the benchmark and
// the tests run it outside SvelteKit.
import type { Scoreboard } from '../../../events/scoreboard';

export type ScoreboardReader = (token: string) => Promise<Scoreboard | null>;
/** null: the link no longer exists (renewed or the edition removed). */
export type ScoreboardListener = (board: Scoreboard | null) => void;

type Channel = {
	listeners: Set<ScoreboardListener>;
	/** undefined until the first read returned. */
	board: Scoreboard | null | undefined;
	json: string;
	timer: ReturnType<typeof setTimeout> | null;
	closed: boolean;
};

export class ScoreboardHub {
	/** Database reads made so far (calls of the reader), for the benchmark and the tests. */
	reads = 0;
	private readonly channels = new Map<string, Channel>();
	/** One read at a time per link for current(): two hundred screens opening at once read once. */
	private readonly pending = new Map<string, Promise<Scoreboard | null>>();

	constructor(
		private readonly read: ScoreboardReader,
		private readonly intervalMs = 1000,
		private readonly onError: (e: unknown) => void = (e) => console.error('scoreboard read failed', e)
	) {}

	/** Listens to a link: the current scoreboard at once (or after the first read), then every change. */
	subscribe(token: string, listener: ScoreboardListener): () => void {
		let channel = this.channels.get(token);
		if (!channel) {
			channel = { listeners: new Set(), board: undefined, json: '', timer: null, closed: false };
			this.channels.set(token, channel);
			channel.listeners.add(listener);
			void this.poll(token, channel);
		} else {
			channel.listeners.add(listener);
			if (channel.board !== undefined) listener(channel.board);
		}
		const c = channel;
		return () => {
			c.listeners.delete(listener);
			if (c.listeners.size === 0 && !c.closed) this.close(token, c);
		};
	}

	/** The scoreboard now: the polled one while screens listen, else one read. */
	async current(token: string): Promise<Scoreboard | null> {
		const channel = this.channels.get(token);
		if (channel && channel.board !== undefined) return channel.board;
		let read = this.pending.get(token);
		if (!read) {
			this.reads += 1;
			read = this.read(token).finally(() => this.pending.delete(token));
			this.pending.set(token, read);
		}
		return read;
	}

	/** Links polled now and their listeners. */
	get listening(): { links: number; listeners: number } {
		let listeners = 0;
		for (const c of this.channels.values()) listeners += c.listeners.size;
		return { links: this.channels.size, listeners };
	}

	private close(token: string, channel: Channel) {
		channel.closed = true;
		if (channel.timer) clearTimeout(channel.timer);
		if (this.channels.get(token) === channel) this.channels.delete(token);
	}

	private async poll(token: string, channel: Channel) {
		const started = Date.now();
		this.reads += 1;
		let board: Scoreboard | null | undefined;
		try {
			board = await this.read(token);
		} catch (e) {
			// Keep showing the last scoreboard; the next second tries again.
			this.onError(e);
		}
		if (channel.closed) return;
		if (board !== undefined) {
			const json = JSON.stringify(board);
			if (channel.board === undefined || json !== channel.json) {
				channel.board = board;
				channel.json = json;
				for (const listener of [...channel.listeners]) listener(board);
			}
			if (board === null) {
				this.close(token, channel);
				return;
			}
		}
		if (channel.closed) return;
		channel.timer = setTimeout(
			() => void this.poll(token, channel),
			Math.max(0, this.intervalMs - (Date.now() - started))
		);
	}
}
