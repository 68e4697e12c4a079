import { describe, expect, it } from 'vitest';
import { PLACES, findPlace, haversineKm, normalisePlaceName, placesNear, suggestPlaces } from './index';

describe('places list', () => {
	it('has every village of Hellendoorn and the nearby towns', () => {
		for (const name of ['Hellendoorn', 'Nijverdal', 'Haarle', 'Daarle', 'Daarlerveen', 'Hulsen', 'Marle']) {
			expect(findPlace(name)?.municipality, name).toBe('Hellendoorn');
		}
		for (const name of [
			'Rijssen',
			'Wierden',
			'Raalte',
			'Almelo',
			'Enschede',
			'Zwolle',
			'Deventer',
			'Ommen'
		]) {
			expect(findPlace(name)?.province, name).toBe('OV');
		}
	});

	it('covers the main town of every Dutch municipality (350+ places) with sane coordinates', () => {
		expect(PLACES.length).toBeGreaterThan(1500);
		const municipalities = new Set(PLACES.map((p) => p.municipality));
		expect(municipalities.size).toBeGreaterThanOrEqual(340);
		for (const p of PLACES) {
			expect(p.lat, p.label).toBeGreaterThan(50.7);
			expect(p.lat, p.label).toBeLessThan(53.6);
			expect(p.lon, p.label).toBeGreaterThan(3.3);
			expect(p.lon, p.label).toBeLessThan(7.3);
		}
		for (const name of [
			'Amsterdam',
			'Etten-Leur',
			'Eemnes',
			'Vlieland',
			'Maastricht',
			'Groningen',
			'Middelburg'
		]) {
			expect(findPlace(name), name).toBeDefined();
		}
	});

	it('gives every place a unique label', () => {
		const labels = PLACES.map((p) => p.label);
		expect(new Set(labels).size).toBe(labels.length);
	});
});

describe('findPlace', () => {
	it('ignores case, accents, apostrophes and hyphens', () => {
		expect(findPlace('  NIJVERDAL ')?.label).toBe('Nijverdal');
		expect(findPlace('marienheem')?.label).toBe('Mariënheem');
		expect(findPlace('s-hertogenbosch')?.label).toBe("'s-Hertogenbosch");
		expect(normalisePlaceName("'s-Hertogenbosch")).toBe('s hertogenbosch');
	});

	it('knows common aliases', () => {
		expect(findPlace('The Hague')?.label).toBe('Den Haag');
		expect(findPlace('Den Bosch')?.label).toBe("'s-Hertogenbosch");
	});

	it('resolves shared names to the municipality town, and refuses ambiguous ones', () => {
		expect(findPlace('Hengelo')?.province).toBe('OV');
		expect(findPlace('Hengelo (Bronckhorst)')?.province).toBe('GE');
		expect(findPlace('Hengelo (Gld)')?.province).toBe('GE');
		expect(findPlace('Veldhuizen')).toBeUndefined();
		expect(findPlace('Veldhuizen (Ede)')?.municipality).toBe('Ede');
	});

	it('returns undefined for unknown or empty input', () => {
		expect(findPlace('Atlantis')).toBeUndefined();
		expect(findPlace('')).toBeUndefined();
		expect(findPlace('<script>')).toBeUndefined();
	});
});

describe('suggestPlaces', () => {
	it('puts prefix matches first', () => {
		const names = suggestPlaces('daarl').map((p) => p.label);
		expect(names).toEqual(expect.arrayContaining(['Daarle', 'Daarlerveen']));
		expect(suggestPlaces('nijver')[0]?.label).toBe('Nijverdal');
	});
});

describe('haversineKm', () => {
	it('measures known distances', () => {
		const nijverdal = findPlace('Nijverdal')!;
		const rijssen = findPlace('Rijssen')!;
		const amsterdam = findPlace('Amsterdam')!;
		expect(haversineKm(nijverdal, nijverdal)).toBe(0);
		expect(haversineKm(nijverdal, rijssen)).toBeGreaterThan(5);
		expect(haversineKm(nijverdal, rijssen)).toBeLessThan(9);
		// Amsterdam – Nijverdal is about 111 km as the crow flies.
		expect(haversineKm(amsterdam, nijverdal)).toBeGreaterThan(105);
		expect(haversineKm(amsterdam, nijverdal)).toBeLessThan(118);
		expect(haversineKm(amsterdam, nijverdal)).toBeCloseTo(haversineKm(nijverdal, amsterdam), 9);
	});

	it('lists places near Hellendoorn nearest first', () => {
		const near = placesNear(findPlace('Hellendoorn')!, 10);
		expect(near[0]?.label).toBe('Hellendoorn');
		expect(near.map((p) => p.label)).toEqual(expect.arrayContaining(['Nijverdal', 'Haarle', 'Daarle']));
		expect(near.map((p) => p.label)).not.toContain('Amsterdam');
	});
});
