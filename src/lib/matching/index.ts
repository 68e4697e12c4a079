/**
 * Public API of the matching engine: pure functions over plain listing objects
 * (a database row maps onto Offer/Request directly), no I/O.
 */
export { createEngine, proposeAll, type Engine } from './engine';
export { formatReason, formatReasons } from './reasons';
export { runMatch, parsePool, formatResult, type CliOutput } from './cli';
export { baselineProposals } from './baseline-tfidf';
export { WEIGHTS } from './score';
export {
	describeLearned,
	learnFromFeedback,
	NOTHING_LEARNED,
	type FeedbackEvent,
	type FeedbackKind,
	type LearnedLine,
	type LearnedWeights
} from './learning';
export { isCaveat } from './reasons';
export type {
	Category,
	Cycle,
	EngineOptions,
	Lang,
	LatLon,
	MatchResult,
	Offer,
	Pool,
	Proposal,
	Reason,
	ReasonCode,
	Request,
	Side
} from './types';
