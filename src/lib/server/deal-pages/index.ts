// What the deal pages need around the deals domain module ($lib/server/deals): the reader's
// open listings to attach to a new deal, the organisations a listing can be matched with, and
// turning a domain refusal into the reader's language. Reads under the caller's RLS.
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '$lib/database.types';
import type { Locale } from '$lib/i18n';
import type { ListingKind } from '$lib/listings';

type Client = SupabaseClient<Database>;

export type OwnListingOption = { id: string; title: string; organisationId: string };

/** The open listings of one kind of these organisations, newest first (to attach to a deal). */
export async function openListingsOf(
	supabase: Client,
	organisationIds: string[],
	kind: ListingKind
): Promise<OwnListingOption[]> {
	if (!organisationIds.length) return [];
	const { data, error } = await supabase
		.from('listings')
		.select('id, title, organisation_id')
		.in('organisation_id', organisationIds)
		.eq('kind', kind)
		.eq('state', 'open')
		.order('created_at', { ascending: false })
		.limit(100);
	if (error) throw new Error(`Loading own listings failed: ${error.message}`);
	return data.map((l) => ({ id: l.id, title: l.title, organisationId: l.organisation_id }));
}

export type OrganisationOption = { id: string; name: string };

/** The organisations of a municipality a listing of `ownId` can be matched with, by name. */
export async function counterpartyOptions(
	supabase: Client,
	municipalityId: string,
	ownId: string
): Promise<OrganisationOption[]> {
	const { data, error } = await supabase
		.from('organisations')
		.select('id, name')
		.eq('municipality_id', municipalityId)
		.neq('id', ownId)
		.order('name');
	if (error) throw new Error(`Loading organisations failed: ${error.message}`);
	return data;
}

/** A domain refusal ({ messages: { nl, en } }) in the reader's language. */
export function refusal(result: { messages: { nl: string; en: string } }, locale: Locale): string {
	return result.messages[locale];
}
