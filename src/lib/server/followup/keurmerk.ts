// The public keurmerk page of a business that opted in (organisations.keurmerk_public): its
// carried-out deals with their social value (at the rates each deal was agreed under) and the
// total. public.keurmerk returns nothing for a business that did not opt in.
import { DEFAULT_RATES, socialValue, type Rates } from '$lib/deals';
import type { Keurmerk } from '$lib/followup';
import type { ListingCategory } from '$lib/listings';
import type { Client } from '$lib/server/deals/types';

type Raw = {
	organisation: { id: string; name: string; slug: string; place: string | null };
	deals: {
		id: string;
		category: ListingCategory;
		what_given: string;
		role: 'giver' | 'receiver';
		partner: string;
		closed_at: string | null;
		hours_hands: number;
		hours_expertise: number;
		hours_students: number;
		materials_value: number;
		other_costs: number;
		rates: Rates | null;
	}[];
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export async function keurmerkPage(
	supabase: Client,
	municipalityId: string,
	slug: string
): Promise<Keurmerk | null> {
	if (!SLUG.test(slug) || slug.length > 80) return null;
	const { data, error } = await supabase.rpc('keurmerk', { p_municipality: municipalityId, p_slug: slug });
	if (error) throw new Error(`Loading the keurmerk failed: ${error.message}`);
	if (!data) return null;
	const raw = data as unknown as Raw;
	const deals = raw.deals.map((d) => ({
		id: d.id,
		category: d.category,
		whatGiven: d.what_given,
		role: d.role,
		partner: d.partner,
		closedAt: d.closed_at,
		value: socialValue(
			{
				hoursHands: Number(d.hours_hands),
				hoursExpertise: Number(d.hours_expertise),
				hoursStudents: Number(d.hours_students),
				materialsValue: Number(d.materials_value),
				otherCosts: Number(d.other_costs)
			},
			d.rates
				? {
						hands: Number(d.rates.hands),
						expertise: Number(d.rates.expertise),
						students: Number(d.rates.students)
					}
				: DEFAULT_RATES
		).total
	}));
	// In cents, like socialValue, so the total is the sum of the amounts shown.
	const total = deals.reduce((sum, d) => sum + Math.round(d.value * 100), 0) / 100;
	return { organisation: raw.organisation, deals, total };
}

/** The business's owners switch the page on or off; false when the database refused (not an owner). */
export async function setKeurmerk(supabase: Client, organisationId: string, on: boolean): Promise<boolean> {
	const { data, error } = await supabase
		.from('organisations')
		.update({ keurmerk_public: on })
		.eq('id', organisationId)
		.select('id');
	if (error) {
		if (error.code === '42501' || error.code === '23514') return false;
		throw new Error(`Saving the keurmerk setting failed: ${error.message}`);
	}
	return data.length === 1;
}

/** Whether the organisation's page is public (for its settings page). */
export async function keurmerkEnabled(supabase: Client, organisationId: string): Promise<boolean> {
	const { data, error } = await supabase
		.from('organisations')
		.select('keurmerk_public')
		.eq('id', organisationId)
		.maybeSingle();
	if (error) throw new Error(`Loading the keurmerk setting failed: ${error.message}`);
	return data?.keurmerk_public ?? false;
}
