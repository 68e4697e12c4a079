// A small CSV writer for spreadsheet exports (Excel in Dutch: `;` separates, UTF-8 with a BOM so
// that é and € survive, CRLF line ends). Cells that a spreadsheet would read as a formula (=, +,
// -, @, tab or carriage return first) get a leading apostrophe, so an exported name like
// "=HYPERLINK(...)" stays text (CSV injection); cells holding the separator, a quote or a line
// break are quoted, quotes doubled.

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** One cell as text: neutralised and quoted where needed. Numbers are written as they are. */
export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') {
		// A negative number is a number, not a formula; written plainly with a decimal comma
		// would need locale knowledge the caller has, so callers format decimals themselves.
		return Number.isFinite(value) ? String(value) : '';
	}
	let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
	if (FORMULA_START.test(text)) text = `'${text}`;
	if (NEEDS_QUOTES.test(text)) text = `"${text.replaceAll('"', '""')}"`;
	return text;
}

/** The whole file: BOM, the header and the rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const line = (cells: readonly CsvCell[]) => cells.map(csvCell).join(SEPARATOR) + '\r\n';
	return CSV_BOM + line(header) + rows.map(line).join('');
}
