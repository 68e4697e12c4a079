import { PLACE_ROWS, type ProvinceCode } from './data';

export type { ProvinceCode } from './data';

export interface Place {
	/** Unique label stored on listings: the name, or "Name (Gemeente)" when the name occurs twice. */
	label: string;
	name: string;
	municipality: string;
	province: ProvinceCode;
	lat: number;
	lon: number;
}

export const PROVINCE_NAMES: Record<ProvinceCode, string> = {
	DR: 'Drenthe',
	FR: 'Friesland',
	GE: 'Gelderland',
	GR: 'Groningen',
	LI: 'Limburg',
	NB: 'Noord-Brabant',
	NH: 'Noord-Holland',
	UT: 'Utrecht',
	ZE: 'Zeeland',
	ZH: 'Zuid-Holland',
	OV: 'Overijssel',
	FL: 'Flevoland'
};

/** Lower case, no diacritics, no apostrophes, hyphens and dots as spaces: "'s-Hertogenbosch" → "s hertogenbosch". */
export function normalisePlaceName(input: string): string {
	return input
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.replace(/[^a-z0-9()]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const nameCounts = new Map<string, number>();
for (const [name] of PLACE_ROWS) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);

export const PLACES: readonly Place[] = PLACE_ROWS.map(([name, lat, lon, municipality, province]) => ({
	label: (nameCounts.get(name) ?? 0) > 1 && municipality !== name ? `${name} (${municipality})` : name,
	name,
	municipality,
	province,
	lat,
	lon
}));

const byLabel = new Map<string, Place>();
const byName = new Map<string, Place[]>();
for (const place of PLACES) {
	byLabel.set(normalisePlaceName(place.label), place);
	const key = normalisePlaceName(place.name);
	byName.set(key, [...(byName.get(key) ?? []), place]);
}

/** Names people use that differ from the official place name. */
const ALIASES: Record<string, string> = {
	'the hague': 'Den Haag',
	's gravenhage': 'Den Haag',
	'den bosch': "'s-Hertogenbosch",
	'hengelo (ov)': 'Hengelo',
	'hengelo ov': 'Hengelo',
	'hengelo (gld)': 'Hengelo (Bronckhorst)',
	'hengelo gld': 'Hengelo (Bronckhorst)'
};

/**
 * The place a user means, by label, name or alias (case and accents ignored), or undefined.
 * A bare name shared by two places ("Veldhuizen") is ambiguous and gives undefined, except
 * when one of them gives its name to the municipality ("Hengelo" is Hengelo in Overijssel).
 */
export function findPlace(input: string): Place | undefined {
	const key = normalisePlaceName(input);
	if (!key) return undefined;
	const alias = ALIASES[key];
	if (alias) return byLabel.get(normalisePlaceName(alias));
	const exact = byLabel.get(key);
	if (exact) return exact;
	const candidates = byName.get(key) ?? [];
	if (candidates.length === 1) return candidates[0];
	return candidates.find((p) => p.municipality === p.name);
}

/** Suggestions for an autocomplete: places whose name starts with the input, then names containing it. */
export function suggestPlaces(input: string, limit = 10): Place[] {
	const key = normalisePlaceName(input);
	if (!key) return [];
	const starts: Place[] = [];
	const contains: Place[] = [];
	for (const place of PLACES) {
		const name = normalisePlaceName(place.label);
		if (name.startsWith(key)) starts.push(place);
		else if (name.includes(key)) contains.push(place);
	}
	return [...starts, ...contains].slice(0, limit);
}

const EARTH_RADIUS_KM = 6371.0088;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine); the SQL search uses the same formula. */
export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
	const dLat = toRad(b.lat - a.lat);
	const dLon = toRad(b.lon - a.lon);
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places within radiusKm of a point, nearest first. */
export function placesNear(
	origin: { lat: number; lon: number },
	radiusKm: number
): Array<Place & { distanceKm: number }> {
	return PLACES.map((p) => ({ ...p, distanceKm: haversineKm(origin, p) }))
		.filter((p) => p.distanceKm <= radiusKm)
		.sort((a, b) => a.distanceKm - b.distanceKm);
}
