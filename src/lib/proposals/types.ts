// What the proposal pages render (/mijn/voorstellen, /matchmaken): built on the server from the
// stored proposals, taken by the components as they are.

/** Bands over the engine's range instead of a float: nobody acts on 0.63 versus 0.64. */
export type ScoreBand = 'strong' | 'good' | 'possible';

export type CycleView = {
	id: string;
	band: ScoreBand;
	/** "ruilrondje met 3 partijen", then "A helpt B", "B helpt C", "C helpt A". */
	reasons: string[];
	listings: { title: string; href: string; organisation: string }[];
};
