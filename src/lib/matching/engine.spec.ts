import { describe, expect, it } from 'vitest';
import { runMatch } from './cli';
import { createEngine, proposeAll } from './engine';
import { diversify } from './fairness';
import { formatReasons, themeList } from './reasons';
import type { Offer, Pool, Request } from './types';

const now = new Date('2026-12-01T00:00:00Z');
const NIJVERDAL = { lat: 52.36, lon: 6.46 };
const HELLENDOORN = { lat: 52.39, lon: 6.45 };
const GRONINGEN = { lat: 53.22, lon: 6.57 };

const offer = (
	id: string,
	org: string,
	title: string,
	description: string,
	extra: Partial<Offer> = {}
): Offer => ({
	id,
	org,
	title,
	description,
	category: 'materials',
	place: 'Nijverdal',
	location: NIJVERDAL,
	quantity: null,
	availableFrom: null,
	availableUntil: null,
	wantsInReturn: null,
	...extra
});
const request = (
	id: string,
	org: string,
	title: string,
	description: string,
	extra: Partial<Request> = {}
): Request => ({
	id,
	org,
	title,
	description,
	category: 'materials',
	place: 'Hellendoorn',
	location: HELLENDOORN,
	quantity: null,
	neededBy: null,
	canOfferInReturn: null,
	...extra
});

const laptops = offer(
	'o-1',
	'ICT Bedrijf',
	'Afgeschreven laptops',
	'Wij hebben twintig afgeschreven laptops en computers over, schoongemaakt en klaar voor gebruik.'
);
const paint = offer(
	'o-2',
	'Verfhandel',
	'Restpartij verf',
	'Emmers muurverf en buitenlak in allerlei kleuren voor verenigingen.'
);
const cakes = offer(
	'o-3',
	'Bakkerij',
	'Taarten voor feesten',
	'Wij bakken taarten en gebak voor een feest of jubileum.'
);
const homework = request(
	'r-1',
	'Huiswerkklas Noord',
	'Computers voor de huiswerkklas',
	'Onze leerlingen maken hun huiswerk maar er zijn te weinig computers en laptops.'
);

describe('scoring and threshold', () => {
	it('ranks the obviously better offer first and leaves unrelated offers out', () => {
		const res = proposeAll({ offers: [laptops, paint, cakes], requests: [homework] }, { now });
		expect(res.proposals[0]?.offer).toBe('o-1');
		expect(res.proposals.map((p) => p.offer)).not.toContain('o-2');
		expect(res.proposals.map((p) => p.offer)).not.toContain('o-3');
		expect(res.proposals[0]!.score).toBeGreaterThan(0);
		expect(res.proposals[0]!.score).toBeLessThanOrEqual(1);
	});

	it('explains a proposal in Dutch and in English', () => {
		const [p] = proposeAll({ offers: [laptops, paint], requests: [homework] }, { now }).proposals;
		const nl = formatReasons(p!.reasons, 'nl');
		const en = formatReasons(p!.reasons, 'en');
		expect(nl).toContain('zelfde categorie');
		expect(en).toContain('same category');
		// the narrower shared theme is named, not its broader parent as well
		expect(nl).toContain('gaat allebei over computers');
		expect(en).toContain('both are about computers');
	});
});

describe('distance and time', () => {
	const painter = (id: string, location: { lat: number; lon: number }, category: string): Offer =>
		offer(
			id,
			`Schilder ${id}`,
			'Schilder helpt een week',
			'Een ervaren schilder komt schilderen: muren, plafonds en deuren.',
			{ category, location }
		);
	const clubhouse = request(
		'r-9',
		'Voetbalclub',
		'Kantine schilderen',
		'Onze kantine moet geschilderd worden, muren en deuren.',
		{ category: 'hands' }
	);

	const score = (o: Offer, r: Request) =>
		createEngine({ offers: [o, paint, cakes], requests: [r] }, { now })
			.proposalsFor(r.id)
			.find((p) => p.offer === o.id)?.score ?? 0;

	it('penalises hands-on help far away', () => {
		expect(score(painter('o-near', NIJVERDAL, 'hands'), clubhouse)).toBeGreaterThan(
			score(painter('o-far', GRONINGEN, 'hands'), clubhouse)
		);
	});

	it('does not penalise materials that travel', () => {
		const r = request('r-8', 'Club', 'Verf voor de kantine', 'Wij zoeken muurverf en buitenlak.', {
			category: 'materials'
		});
		const near = offer('o-a', 'Verf A', 'Restpartij verf', 'Emmers muurverf en buitenlak.', {
			location: NIJVERDAL
		});
		const far = offer('o-b', 'Verf B', 'Restpartij verf', 'Emmers muurverf en buitenlak.', {
			location: { lat: 52.7, lon: 6.5 }
		});
		const list = createEngine({ offers: [near, far, cakes], requests: [r] }, { now }).proposalsFor('r-8');
		const [a, b] = [list.find((p) => p.offer === 'o-a')!, list.find((p) => p.offer === 'o-b')!];
		expect(b.score).toBeGreaterThan(a.score * 0.85);
	});

	it('is weak when the offer ends long before the need', () => {
		const r = request('r-7', 'Club', 'Verf voor de kantine', 'Wij zoeken muurverf en buitenlak.', {
			neededBy: '2027-10-01'
		});
		const early = offer('o-e', 'Verf E', 'Restpartij verf', 'Emmers muurverf en buitenlak.', {
			availableUntil: '2027-03-01'
		});
		const inTime = offer('o-t', 'Verf T', 'Restpartij verf', 'Emmers muurverf en buitenlak.', {
			availableUntil: '2027-12-01'
		});
		const list = createEngine(
			{ offers: [early, inTime, cakes], requests: [r] },
			{ now, maxPerOrg: 2 }
		).proposalsFor('r-7');
		const s = (id: string) => list.find((p) => p.offer === id)?.score ?? 0;
		expect(s('o-t')).toBeGreaterThan(s('o-e'));
	});
});

describe('cycles', () => {
	// A (zaal) helps the choir; the choir sings for B (studio); B records for the band; the band plays for A.
	const pool = (closed: boolean): Pool => ({
		offers: [
			offer(
				'o-a',
				'Zalencentrum',
				'Zaal voor repetities',
				'Onze zaal met piano is op zondag vrij om te repeteren.',
				{ category: 'facilities', wantsInReturn: 'Live muziek op onze nieuwjaarsreceptie.' }
			),
			offer(
				'o-b',
				'Opnamestudio',
				'Dag in de opnamestudio',
				'Een dag gratis opnemen in onze studio, voor een cd.',
				{ category: 'facilities', wantsInReturn: 'Zangers die een jingle inzingen voor de radio.' }
			)
		],
		requests: [
			request(
				'r-c',
				'Koor',
				'Repetitieruimte gezocht',
				'Ons koor zoekt een zaal om op zondag te repeteren, liefst met piano.',
				{ category: 'facilities', canOfferInReturn: 'Wij zingen een jingle in of zingen op uw receptie.' }
			),
			request('r-d', 'Fanfare', 'Cd opnemen', 'Wij willen een cd opnemen in een echte studio.', {
				category: 'facilities',
				canOfferInReturn: closed
					? 'Muziek bij uw receptie of feest.'
					: 'Wij helpen met het opruimen van zwerfafval.'
			})
		]
	});
	const setOf = (m: string[]) => [...m].sort().join(',');

	it('finds a hand-made four-party loop', () => {
		const { cycles } = proposeAll(pool(true), { now });
		expect(cycles.map((c) => setOf(c.members))).toContain('o-a,o-b,r-c,r-d');
	});

	it('does not report the loop when one link is broken', () => {
		const { cycles } = proposeAll(pool(false), { now });
		expect(cycles.map((c) => setOf(c.members))).not.toContain('o-a,o-b,r-c,r-d');
	});
});

describe('fairness', () => {
	const big = (n: number) =>
		offer(
			`o-big-${n}`,
			'Groot ICT Bedrijf',
			`Laptops partij ${n}`,
			'Afgeschreven laptops en computers voor de huiswerkklas.'
		);
	const small = offer(
		'o-small',
		'Kleine Computerwinkel',
		'Gebruikte computers',
		'Een paar gebruikte laptops en computers voor leerlingen.'
	);

	it('caps how many proposals one business gets in a list', () => {
		const list = createEngine(
			{ offers: [big(1), big(2), big(3), big(4), small, cakes], requests: [homework] },
			{ now }
		).proposalsFor('r-1');
		expect(list.filter((p) => p.offer.startsWith('o-big')).length).toBeLessThanOrEqual(2);
		expect(list.map((p) => p.offer)).toContain('o-small');
	});

	it('keeps a small organisation in a list a large business would fill', () => {
		const ranked = [0.9, 0.89, 0.88, 0.87, 0.86].map((score, i) => ({
			id: `o-big-${i}`,
			org: 'Groot',
			score
		}));
		const out = diversify([...ranked, { id: 'o-small', org: 'Klein', score: 0.6 }], 2);
		expect(out.filter((p) => p.org === 'Groot')).toHaveLength(2);
		expect(out.map((p) => p.id)).toContain('o-small');
	});

	it('ranks a just-served listing lower for a while', () => {
		const twin = (id: string, servedAt: string | null) =>
			offer(
				id,
				`Org ${id}`,
				'Afgeschreven laptops',
				'Afgeschreven laptops en computers voor de huiswerkklas.',
				{ servedAt }
			);
		const fresh = createEngine(
			{ offers: [twin('o-x', null), twin('o-y', null), cakes], requests: [homework] },
			{ now }
		).proposalsFor('r-1');
		const served = createEngine(
			{ offers: [twin('o-x', '2026-11-30T12:00:00Z'), twin('o-y', null), cakes], requests: [homework] },
			{ now }
		).proposalsFor('r-1');
		const s = (list: typeof fresh, id: string) => list.find((p) => p.offer === id)?.score ?? 0;
		expect(s(fresh, 'o-x')).toBe(s(fresh, 'o-y'));
		expect(s(served, 'o-x')).toBeLessThan(s(served, 'o-y'));
		const later = createEngine(
			{ offers: [twin('o-x', '2026-10-01T00:00:00Z'), twin('o-y', null), cakes], requests: [homework] },
			{ now }
		).proposalsFor('r-1');
		expect(s(later, 'o-x')).toBe(s(later, 'o-y'));
	});
});

describe('incremental updates', () => {
	it('gives the same proposals for a new listing as a full batch', () => {
		const offers = [laptops, paint, cakes, small()];
		const engine = createEngine({ offers, requests: [] }, { now });
		const incremental = engine.updateListing('request', homework);
		const batch = createEngine({ offers, requests: [homework] }, { now }).proposalsFor('r-1');
		expect(incremental.length).toBeGreaterThan(0);
		expect(incremental).toEqual(batch);
	});

	function small(): Offer {
		return offer('o-4', 'Computerwinkel', 'Gebruikte pc', 'Een gebruikte pc met beeldscherm voor een club.');
	}
});

describe('command line', () => {
	it('prints proposals and cycles with Dutch reasons as strings', () => {
		const file = JSON.stringify({
			offers: [laptops, paint],
			requests: [homework],
			relevance: [],
			cycles: []
		});
		const out = runMatch(file, { now });
		expect(Object.keys(out).sort()).toEqual(['cycles', 'proposals']);
		expect(out.proposals[0]).toMatchObject({ request: 'r-1', offer: 'o-1' });
		expect(typeof out.proposals[0]!.score).toBe('number');
		expect(out.proposals[0]!.reasons.every((r) => typeof r === 'string')).toBe(true);
		expect(Array.isArray(out.cycles)).toBe(true);
	});
});

describe('reasons that read well', () => {
	it('shows less than asked for as a caveat, not as a reason', () => {
		const chairs = offer('o-c', 'Meubelzaak', 'Stapelstoelen', 'Tien stapelstoelen voor een vereniging.', {
			quantity: '10 stoelen'
		});
		const hall = request('r-c', 'Buurthuis', 'Stoelen voor de zaal', 'Wij zoeken stoelen voor onze zaal.', {
			quantity: '60 stoelen'
		});
		const [p] = proposeAll({ offers: [chairs, cakes], requests: [hall] }, { now }).proposals;
		expect(formatReasons(p!.caveats)).toContain('minder dan gevraagd');
		expect(formatReasons(p!.reasons)).not.toContain('minder dan gevraagd');
	});

	it('names a theme once, with its diacritics', () => {
		const [p] = proposeAll({ offers: [laptops, paint], requests: [homework] }, { now }).proposals;
		const theme = formatReasons(p!.reasons).find((r) => r.startsWith('gaat allebei over'))!;
		const words = theme
			.replace('gaat allebei over ', '')
			.split(/\s+/)
			.filter((w) => w !== 'en');
		expect(new Set(words).size).toBe(words.length);
		expect(formatReasons([{ code: 'shared_theme', params: { themes: 'finance' } }])).toEqual([
			'gaat allebei over financiën'
		]);
	});

	it('never repeats a theme in one reason, whatever the stored ids say', () => {
		expect(
			formatReasons([{ code: 'shared_theme', params: { themes: 'devices|devices|ict|devices' } }])
		).toEqual(['gaat allebei over computers en ICT']);
		expect(
			formatReasons([{ code: 'shared_theme', params: { themes: 'devices|network|software' } }], 'en')
		).toEqual(['both are about computers, internet and software']);
		expect(themeList(['finance', 'sponsor', 'finance'], 'nl')).toBe('financiën en fondsenwerving');
	});

	it('matches a need told as a symptom with the help that fixes it', () => {
		const cases: [Request, Offer][] = [
			[
				request(
					'r-s1',
					'Sportclub',
					'Ons veld staat steeds blank',
					'Na een regenbui is het een modderpoel.',
					{
						category: 'hands'
					}
				),
				offer(
					'o-s1',
					'Grondwerk BV',
					'Drainage aanleggen',
					'Met onze minigraver leggen we drainage aan en egaliseren we.',
					{
						category: 'hands'
					}
				)
			],
			[
				request('r-s2', 'Tennisclub', 'Aardedonker na de training', 'Het parkeerterrein is pikkedonker.', {
					category: 'hands'
				}),
				offer('o-s2', 'Elektro', 'Buitenverlichting plaatsen', 'Wij plaatsen LED-lampen en lichtmasten.', {
					category: 'hands'
				})
			],
			[
				request('r-s3', 'Scouting', 'Het clubhuis lekt', 'Bij elke bui druppelt het door het plafond.', {
					category: 'hands'
				}),
				offer('o-s3', 'Dakdekker', 'Daken repareren', 'Wij repareren platte daken en dakgoten.', {
					category: 'hands'
				})
			]
		];
		for (const [r, o] of cases) {
			const list = proposeAll({ offers: [o, cakes, paint], requests: [r] }, { now }).proposals;
			expect(list[0]?.offer, r.title).toBe(o.id);
		}
	});

	it('reads symptoms of plumbing, memory loss, pests and ice as needs for the help that fixes them', () => {
		const cases: [Request, Offer][] = [
			[
				request(
					'r-p1',
					'Buurthuis',
					'Water op de keukenvloer',
					'De gootsteen loopt niet door en het drupt.',
					{
						category: 'hands'
					}
				),
				offer(
					'o-p1',
					'Installateur',
					'Loodgieter voor clubs',
					'Wij ontstoppen afvoeren en vervangen kranen.',
					{
						category: 'hands'
					}
				)
			],
			[
				request('r-p2', 'Buurtcafé', 'Buurvrouw wordt vergeetachtig', 'Ze raakt de weg kwijt in de wijk.', {
					category: 'expertise'
				}),
				offer('o-p2', 'Thuiszorg', 'Voorlichtingsavond', 'Onze verpleegkundigen vertellen over dementie.', {
					category: 'expertise'
				})
			],
			[
				request('r-p3', 'Volkstuin', 'Ratten in de schuur', 'Er lopen muizen tussen het zaaigoed.', {
					category: 'hands'
				}),
				offer(
					'o-p3',
					'Plaagdierbeheer',
					'Ongediertebestrijding',
					'Wij bestrijden ongedierte diervriendelijk.',
					{
						category: 'hands'
					}
				)
			],
			[
				request('r-p4', 'Seniorensoos', 'Stoep is spekglad', 'Bij ijzel durft niemand naar de soos.', {
					category: 'hands'
				}),
				offer('o-p4', 'Hovenier', 'Strooien in de winter', 'Wij strooien zout en schuiven sneeuw.', {
					category: 'hands'
				})
			]
		];
		for (const [r, o] of cases) {
			const list = proposeAll({ offers: [o, cakes, paint], requests: [r] }, { now }).proposals;
			expect(list[0]?.offer, r.title).toBe(o.id);
		}
	});
});

describe('command line input', () => {
	it('reads the snake_case fields of the JSON contract', () => {
		const file = JSON.stringify({
			offers: [
				{
					id: 'o-1',
					org: 'A',
					title: 'Afgeschreven laptops',
					description: 'Twintig laptops.',
					category: 'materials',
					available_until: '2026-01-01'
				},
				{
					id: 'o-2',
					org: 'B',
					title: 'Laptops over',
					description: 'Tien laptops en computers.',
					category: 'materials',
					quantity: '2 laptops'
				}
			],
			requests: [
				{
					id: 'r-1',
					org: 'C',
					title: 'Computers voor de klas',
					description: 'Wij zoeken laptops.',
					category: 'materials',
					quantity: '20 laptops',
					can_offer_in_return: 'Een rondleiding.'
				}
			]
		});
		const out = runMatch(file, { now });
		// the first offer ended before now (available_until was read), the second is short (quantity)
		expect(out.proposals.map((p) => p.offer)).toEqual(['o-2']);
		expect(out.proposals[0]!.caveats).toContain('minder dan gevraagd');
	});
});
