import { describe, expect, it } from 'vitest';
import { renderExplanation } from './present';

describe('rendering a stored proposal', () => {
	it('shows caveats apart from reasons, also those stored among the reasons by an older run', () => {
		const shown = renderExplanation(
			[{ code: 'shared_theme', params: { themes: 'devices|devices|ict' } }, { code: 'quantity_short' }],
			[{ code: 'far_for_hands' }],
			'nl'
		);
		expect(shown.reasons).toEqual(['gaat allebei over computers en ICT']);
		expect(shown.caveats).toEqual(['ver weg voor hulp ter plaatse', 'minder dan gevraagd']);
	});

	it("names a theme with its diacritics, in the reader's language", () => {
		expect(
			renderExplanation([{ code: 'shared_theme', params: { themes: 'finance' } }], [], 'nl').reasons
		).toEqual(['gaat allebei over financiën']);
		expect(renderExplanation([], [{ code: 'quantity_short' }], 'en').caveats).toEqual([
			'less than asked for'
		]);
	});

	it('skips what it cannot read instead of failing the page', () => {
		expect(renderExplanation('nonsense', null, 'nl')).toEqual({ reasons: [], caveats: [] });
		expect(renderExplanation([{ code: 'no_such_code' }, 42], [{}], 'nl')).toEqual({
			reasons: [],
			caveats: []
		});
	});
});
