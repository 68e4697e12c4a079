import type { ListingKind } from '$lib/schemas/listing';

type Client = App.Locals['supabase'];

export interface MyOrganisation {
	id: string;
	name: string;
	slug: string;
	kind: 'business' | 'voluntary' | 'municipality';
}

/** The organisations the user is a member of (any role may post for them), oldest first. */
export async function myOrganisations(supabase: Client, userId: string): Promise<MyOrganisation[]> {
	const { data, error } = await supabase
		.from('memberships')
		.select('organisations ( id, name, slug, kind )')
		.eq('user_id', userId)
		.order('created_at');
	if (error) throw new Error(`Loading memberships failed: ${error.message}`);
	return data.flatMap((m) => (m.organisations ? [m.organisations] : []));
}

/** Businesses offer, voluntary organisations ask: the default kind of a new listing. */
export function defaultKind(organisation: MyOrganisation | undefined): ListingKind {
	return organisation?.kind === 'voluntary' ? 'request' : 'offer';
}

/** The kind in a ?soort= parameter (Dutch, as the links say it), or undefined. */
export function kindFromParam(value: string | null): ListingKind | undefined {
	if (value === 'aanbod') return 'offer';
	if (value === 'hulpvraag') return 'request';
	return undefined;
}
