import { z } from 'zod';
import { m } from '$lib/schemas/messages';

const id = z.guid(m('proposals.error.pair'));

/**
 * "Niet interessant" and "toch interessant": the pair, and the user's organisation on whose
 * behalf it is dismissed or taken back.
 */
export const dismissSchema = z.object({ request_id: id, offer_id: id, organisation_id: id });

/** "Dit past bij ons": the pair, and the user's organisation that starts the deal. */
export const fitsSchema = z.object({ request_id: id, offer_id: id, organisation_id: id });

/** A round's deals: one per leg the user's organisations are part of. */
export const cycleSchema = z.object({ cycle_id: z.guid(m('proposals.error.pair')) });
