import type { ParamMatcher } from '@sveltejs/kit';
import { isListingSection } from '$lib/listings';

/** The two public lists, /aanbod (offers) and /vragen (requests): one route serves both. */
export const match = isListingSection satisfies ParamMatcher;
