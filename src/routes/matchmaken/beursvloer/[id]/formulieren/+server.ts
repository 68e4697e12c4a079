// The console's JSON endpoint: POST records a match form under the tablet's id (sent again, it
// answers the form already recorded), GET ?ids= answers the states of the tablet's forms. Answers
// are always JSON, also "signed out" (401), so the tablet's outbox can tell a definite answer
// from one to retry. Not a form post, so SvelteKit's CSRF rule does not apply; a JSON body from
// another site needs a CORS preflight, which this endpoint never grants, and the origin is
// checked besides.
import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { translate } from '$lib/i18n';
import { floorFormSchema } from '$lib/schemas/floor';
import { listMatches, recordMatch } from '$lib/server/floor';
import { getMunicipality, municipalityRoles } from '$lib/server/municipalities';

const refuse = (status: number, reason: string, message: string) =>
	json({ ok: false, reason, message }, { status });

async function staff(locals: App.Locals) {
	const { user } = await locals.safeGetSession();
	if (!user) return 'signed_out' as const;
	const municipality = await getMunicipality(locals.supabase);
	const roles = await municipalityRoles(locals.supabase, user.id, municipality.id);
	return roles.length ? municipality : ('forbidden' as const);
}

export const POST: RequestHandler = async ({ locals, params, request, url }) => {
	const origin = request.headers.get('origin');
	if (origin && origin !== url.origin) return refuse(403, 'forbidden', 'cross-site');
	const who = await staff(locals);
	if (who === 'signed_out') return refuse(401, 'signed_out', translate(locals.locale, 'floor.signed_out'));
	if (who === 'forbidden')
		return refuse(403, 'forbidden', translate(locals.locale, 'floor.failure.forbidden'));
	if (!request.headers.get('content-type')?.startsWith('application/json')) {
		return refuse(415, 'invalid', translate(locals.locale, 'floor.failure.invalid'));
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return refuse(400, 'invalid', translate(locals.locale, 'floor.failure.invalid'));
	}
	const parsed = floorFormSchema.safeParse(body);
	if (!parsed.success) return refuse(400, 'invalid', translate(locals.locale, 'floor.failure.invalid'));
	const result = await recordMatch(locals.supabase, params.id, parsed.data);
	if (!result.ok) return refuse(422, result.reason, result.messages[locals.locale]);
	return json({ ok: true, match: result.value });
};

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const who = await staff(locals);
	if (who === 'signed_out') return refuse(401, 'signed_out', translate(locals.locale, 'floor.signed_out'));
	if (who === 'forbidden')
		return refuse(403, 'forbidden', translate(locals.locale, 'floor.failure.forbidden'));
	const ids = (url.searchParams.get('ids') ?? '')
		.split(',')
		.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
		.slice(0, 500);
	const matches = ids.length ? await listMatches(locals.supabase, params.id, { ids }) : [];
	return json({
		ok: true,
		matches: matches.map((m) => ({ id: m.id, state: m.state, remark: m.remark, dealId: m.dealId }))
	});
};
