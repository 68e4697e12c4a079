// What the proposal pages render (/mijn/voorstellen, /matchmaken): built on the server from the
// stored proposals, taken by the components as they are.

/** Bands over the engine's range instead of a float: nobody acts on 0.63 versus 0.64. */
export type ScoreBand = 'strong' | 'good' | 'possible';

/** A listing as a link; null when the reader may not see it (closed since the last run). */
export type ListingLink = { title: string; href: string } | null;

/**
 * One hand-off of a round: `giver` gives `gift` to `receiver`, for the receiver's listing `for`.
 * The gift is the giver's offer, or what the giver can do in return (a request's "kan in ruil
 * bieden"); `for` is the receiver's request, or the offer for which it wants something back.
 */
export type CycleHandoff = {
	giver: string;
	receiver: string;
	gift: ListingLink;
	for: (ListingLink & { kind: 'offer' | 'request' }) | null;
	/** Whether the giver or receiver is one of the reader's organisations. */
	giverIsReader: boolean;
	receiverIsReader: boolean;
};

export type CycleView = {
	id: string;
	band: ScoreBand;
	/** "ruilrondje met 3 partijen" (the hand-offs say who helps whom). */
	reasons: string[];
	/** In the order help flows round: A gives to B, B to C, C to A. */
	handoffs: CycleHandoff[];
	listings: { title: string; href: string; organisation: string }[];
};
