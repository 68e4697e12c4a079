import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, toCsv } from './csv';

describe('csv writer', () => {
	it('writes a BOM, semicolons and CRLF line ends', () => {
		const csv = toCsv(
			['Naam', 'Aantal'],
			[
				['Bakkerij', 3],
				['Vereniging', 0]
			]
		);
		expect(csv.startsWith(CSV_BOM)).toBe(true);
		expect(csv).toBe(`${CSV_BOM}Naam;Aantal\r\nBakkerij;3\r\nVereniging;0\r\n`);
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});

	it('neutralises cells a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
		expect(csvCell('+31 6 1234')).toBe("'+31 6 1234");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
		// Only the first character counts.
		expect(csvCell('a=b')).toBe('a=b');
		expect(csvCell('Jan - Piet')).toBe('Jan - Piet');
	});

	it('quotes separators, quotes and line breaks, doubling quotes', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('zeg "hoi"')).toBe('"zeg ""hoi"""');
		expect(csvCell('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
		expect(csvCell('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
		expect(csvCell('gewoon, met komma')).toBe('gewoon, met komma');
	});

	it('writes numbers, booleans and empty cells', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(2.5)).toBe('2.5');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(true)).toBe('true');
		expect(csvCell('')).toBe('');
	});

	it('keeps accented letters and the euro sign', () => {
		expect(toCsv(['Café'], [['€ 12,50']])).toBe(`${CSV_BOM}Café\r\n€ 12,50\r\n`);
	});
});
