import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { scoreboardHub, scoreboardResponse } from '$lib/server/events/scoreboard';

// Server-sent events for the projector: every screen of a link shares one read per second.
export const GET: RequestHandler = async ({ params, request }) => {
	const hub = scoreboardHub();
	if (!(await hub.current(params.token))) error(404, 'Not found');
	return scoreboardResponse(hub, params.token, { signal: request.signal });
};
