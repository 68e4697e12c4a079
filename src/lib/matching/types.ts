import type { LearnedWeights } from './learning';

/** Categories used at real beursvloeren (see domain notes). */
export type Category = 'hands' | 'expertise' | 'materials' | 'facilities' | 'other';

export type LatLon = { lat: number; lon: number };

/** Fields shared by offers and requests; mirrors a database row / the dev JSON. */
export type ListingBase = {
	id: string;
	org: string;
	orgKind?: string | null;
	title: string;
	description: string;
	category: Category | string;
	place?: string | null;
	location?: LatLon | null;
	quantity?: string | null;
	/** ISO timestamp of the last time this listing was served in a proposal list or matched. */
	servedAt?: string | null;
};

export type Offer = ListingBase & {
	availableFrom?: string | null;
	availableUntil?: string | null;
	/** What the business would like in return (tegenprestatie it hopes for). */
	wantsInReturn?: string | null;
};

export type Request = ListingBase & {
	neededBy?: string | null;
	/** What the organisation can give back. */
	canOfferInReturn?: string | null;
};

export type Side = 'offer' | 'request';

export type Pool = { offers: Offer[]; requests: Request[] };

export type Lang = 'nl' | 'en';

/** A reason is language-neutral; `formatReason` renders it. */
export type Reason = { code: ReasonCode; params?: Record<string, string | number> };

export type ReasonCode =
	| 'shared_theme'
	| 'same_category'
	| 'distance_km'
	| 'same_place'
	| 'materials_travel'
	| 'far_for_hands'
	| 'available_in_time'
	| 'ends_before_need'
	| 'starts_after_need'
	| 'quantity_enough'
	| 'quantity_short'
	| 'reciprocity_fit'
	| 'recently_served'
	| 'cycle_parties'
	| 'cycle_link';

export type Proposal = {
	request: string;
	offer: string;
	score: number;
	/** Why the two fit. */
	reasons: Reason[];
	/** What the reader should weigh before acting (less than asked, far away, late): not a reason to match. */
	caveats: Reason[];
};

export type Cycle = {
	/** Listing ids in the order help flows, alternating givers and receivers. */
	members: string[];
	score: number;
	reasons: Reason[];
};

export type EngineOptions = {
	/** Reference time for time windows and fairness; pass it explicitly for reproducible output. */
	now?: Date;
	/** Maximum proposals per listing list. */
	maxPerList?: number;
	/** Maximum proposals from one offering organisation in one request's list. */
	maxPerOrg?: number;
	/** Cycles to return at most. */
	maxCycles?: number;
	/** Weights learned from this municipality's feedback (see learning.ts); none: nothing learned. */
	learned?: LearnedWeights;
};

export type MatchResult = { proposals: Proposal[]; cycles: Cycle[] };
