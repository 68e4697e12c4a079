import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { exportUserData } from '$lib/server/account';
import { requireUser } from '$lib/server/guards';

export const GET: RequestHandler = async ({ locals, url }) => {
	const user = await requireUser(locals, url);
	const data = await exportUserData(locals.supabase, user);
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="beursvloer-gegevens-${new Date().toISOString().slice(0, 10)}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
