// Deals: from a proposal or a listing to an agreed match, carried out, with its history, the
// contact details once agreed, and its social value. Every function takes the caller's Supabase
// client, so RLS applies; the state changes are RPCs that lock what they decide on. Emails are
// sent when a `DealMail` is passed (routes: `mailDeps(origin)` from $lib/server/email, which binds
// the environment and is therefore not imported here, so the integration tests can import this).
export * from './types';
export {
	getDeal,
	dealHistory,
	dealContacts,
	listDealsForOrganisation,
	listDealsForListing,
	activeDealsByPair,
	dealPairKey,
	listDealsForMunicipality,
	dealTotals,
	currentRates,
	rateHistory,
	type DealFilters,
	type DealTotals
} from './queries';
export {
	startDeal,
	markListingMatched,
	respondToDeal,
	transitionDeal,
	updateDealForm,
	updateDealContact,
	startCycleDeals,
	setRates
} from './mutations';
export { sendDealEmails } from './emails';
export { failure } from './errors';
