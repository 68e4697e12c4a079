// One formatter for the process: building an Intl formatter costs far more than formatting.
const dutchDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/**
 * Today in the Netherlands as YYYY-MM-DD, as the database's private.today() sees it
 * (listings end at the end of a Dutch day).
 */
export function todayInNetherlands(now: Date = new Date()): string {
	return dutchDay.format(now);
}

export function addDays(isoDate: string, days: number): string {
	const d = new Date(`${isoDate}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}
