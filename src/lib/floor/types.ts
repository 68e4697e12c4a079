// The beursvloer's day: what the matchmaker console, the notaris queue and the server share.
import type { ListingCategory } from '$lib/listings';

export type FloorMatchState = 'submitted' | 'returned' | 'ratified';

/** An organisation the console can pick as a party; registered ones for this edition first. */
export type FloorParty = { id: string; name: string; registered: boolean };

/** An open listing that can prefill the matchformulier. */
export type FloorListing = {
	id: string;
	organisationId: string;
	kind: 'offer' | 'request';
	title: string;
	category: ListingCategory;
	estimatedHours: number | null;
	estimatedValue: number | null;
	/** An offer's wish in return, or what a request's poster can give back. */
	inReturn: string;
};

/** A stored engine proposal: the giver's offer and the receiver's request. */
export type FloorProposal = { id: string; offerId: string; requestId: string; score: number };

/** The matchformulier as the console fills it in (and the endpoint receives it). */
export type FloorForm = {
	id: string;
	cornerId: string | null;
	giverId: string;
	receiverId: string;
	offerId: string | null;
	requestId: string | null;
	proposalId: string | null;
	category: ListingCategory;
	whatGiven: string;
	inReturn: string;
	quantity: number | null;
	hoursHands: number;
	hoursExpertise: number;
	hoursStudents: number;
	materialsValue: number;
	otherCosts: number;
	/** ISO time the matchmaker saved it on the tablet (maybe offline). */
	recordedAt: string;
};

/** A recorded form as the console and the notaris read it. */
export type FloorMatch = Omit<FloorForm, 'recordedAt'> & {
	state: FloorMatchState;
	remark: string;
	giverName: string;
	receiverName: string;
	cornerName: string | null;
	recordedAt: string;
	createdAt: string;
	dealId: string | null;
};
