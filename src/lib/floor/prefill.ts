// The matchformulier prefilled from a listing or a proposal (its offer and request): the
// category, what is given, what comes in return, and the listing's estimated hours or value
// under the column its category counts in.
import type { ListingCategory } from '$lib/listings';
import type { FloorListing } from './types';

export type FormPrefill = {
	category: ListingCategory;
	whatGiven: string;
	inReturn: string;
	hoursHands: number;
	hoursExpertise: number;
	hoursStudents: number;
	materialsValue: number;
};

export function prefillFrom(offer: FloorListing | null, request: FloorListing | null): FormPrefill | null {
	const lead = offer ?? request;
	if (!lead) return null;
	const hours = offer?.estimatedHours ?? request?.estimatedHours ?? 0;
	const value = offer?.estimatedValue ?? request?.estimatedValue ?? 0;
	const category = lead.category;
	return {
		category,
		whatGiven: lead.title,
		inReturn: (offer?.inReturn || request?.inReturn || '').slice(0, 2000),
		hoursHands: category === 'hands' || category === 'other' ? hours : 0,
		hoursExpertise: category === 'expertise' ? hours : 0,
		hoursStudents: 0,
		materialsValue: category === 'materials' || category === 'facilities' ? value : 0
	};
}
