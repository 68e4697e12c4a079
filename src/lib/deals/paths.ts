/** The deal page (matchformulier, timeline, contact details once agreed). */
export function dealPath(id: string): string {
	return `/deals/${id}`;
}

/** An organisation's deals. */
export const DEALS_PATH = '/deals';
