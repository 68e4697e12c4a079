// Social value (maatschappelijke waarde) in euros: hours times the municipality's rate for each
// kind, plus materials at their stated value and other direct costs. A deal agreed under a rate
// version keeps it (deals.rate_id); one not yet agreed is valued at today's rates.

export type Rates = { hands: number; expertise: number; students: number };
export type ValueInput = {
	hoursHands: number;
	hoursExpertise: number;
	hoursStudents: number;
	materialsValue: number;
	otherCosts: number;
};
export type SocialValue = {
	hands: number;
	expertise: number;
	students: number;
	materials: number;
	otherCosts: number;
	total: number;
};

/** The seed's and the default rates (one Dutch city's published figures). */
export const DEFAULT_RATES: Rates = { hands: 50, expertise: 80, students: 20 };

/** In cents, rounded once per line, so that the parts always add up to the total shown. */
const cents = (x: number) => Math.round(x * 100);

export function socialValue(input: ValueInput, rates: Rates): SocialValue {
	const hands = cents(input.hoursHands * rates.hands);
	const expertise = cents(input.hoursExpertise * rates.expertise);
	const students = cents(input.hoursStudents * rates.students);
	const materials = cents(input.materialsValue);
	const otherCosts = cents(input.otherCosts);
	const total = hands + expertise + students + materials + otherCosts;
	return {
		hands: hands / 100,
		expertise: expertise / 100,
		students: students / 100,
		materials: materials / 100,
		otherCosts: otherCosts / 100,
		total: total / 100
	};
}

/** "€ 1.250,00" / "€1,250.00". */
export function formatEuro(amount: number, locale: 'nl' | 'en'): string {
	return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		style: 'currency',
		currency: 'EUR'
	}).format(amount);
}
