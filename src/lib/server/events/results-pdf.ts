// The council's report of an edition as a PDF, made on the server with pdfkit (no browser in
// production). pdfkit's built-in Helvetica writes WinAnsi, which holds the Dutch accents (ë, é),
// the euro sign, the arrow-less "naar" we use instead of → and the non-breaking space that
// Intl puts after "€"; nothing else is needed (no font files).
import PDFDocument from 'pdfkit';
import { formatEuro } from '$lib/deals/value';
import { FOLLOWUP_STATES, followupCount, type EditionResults } from '$lib/events/results';
import { formatDate, translator, type Locale } from '$lib/i18n';

type Column = { label: string; width: number; align?: 'left' | 'right' };
type Cell = string | number;

const MARGIN = 56;
const ROW = 16;

/** The report as PDF bytes. */
export function resultsPdf(r: EditionResults, locale: Locale, now = new Date()): Promise<Buffer> {
	const t = translator(locale);
	const euro = (v: number) => formatEuro(v, locale);
	const kind = (k: 'business' | 'voluntary' | 'municipality') => t(`results.kind.${k}`);
	const doc = new PDFDocument({
		size: 'A4',
		margin: MARGIN,
		info: {
			Title: t('results.heading', { title: r.edition.title }),
			Author: r.edition.municipality,
			Subject: t('results.report')
		},
		lang: locale === 'nl' ? 'nl-NL' : 'en-GB'
	});
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const width = doc.page.width - 2 * MARGIN;
	const heading = (text: string) => {
		if (doc.y > doc.page.height - MARGIN - 5 * ROW) doc.addPage();
		doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text, MARGIN, doc.y).moveDown(0.3);
	};
	const table = (columns: Column[], rows: Cell[][]) => {
		const line = (cells: Cell[], bold: boolean) => {
			if (doc.y > doc.page.height - MARGIN - ROW) doc.addPage();
			const y = doc.y;
			let x = MARGIN;
			doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
			columns.forEach((c, i) => {
				doc.text(String(cells[i] ?? ''), x + 2, y + 3, {
					width: c.width - 4,
					align: c.align ?? 'left',
					lineBreak: false,
					ellipsis: true
				});
				x += c.width;
			});
			doc
				.moveTo(MARGIN, y + ROW)
				.lineTo(MARGIN + width, y + ROW)
				.lineWidth(bold ? 1 : 0.3)
				.strokeColor('#666666')
				.stroke();
			doc.x = MARGIN;
			doc.y = y + ROW;
		};
		line(
			columns.map((c) => c.label),
			true
		);
		for (const row of rows) line(row, false);
		doc.moveDown(0.5);
	};
	const col = (label: string, share: number, align?: 'right'): Column => ({
		label,
		width: width * share,
		align
	});
	const name = col(t('results.col.name'), 0.55);
	const matches = col(t('results.col.matches'), 0.2, 'right');
	const value = col(t('results.col.value'), 0.25, 'right');

	// Title and facts.
	doc.font('Helvetica').fontSize(10).fillColor('#333333').text(t('results.report'));
	doc.moveDown(0.3).font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(r.edition.title);
	doc
		.moveDown(0.3)
		.font('Helvetica')
		.fontSize(11)
		.text(
			t('results.intro', {
				date: formatDate(locale, r.edition.eventDate),
				start: r.edition.startsAt,
				end: r.edition.endsAt,
				venue: r.edition.venue
			})
		);

	heading(t('results.totals'));
	table(
		[col(t('results.col.section'), 0.6), col(t('results.col.count'), 0.4, 'right')],
		[
			[t('results.matches'), r.totals.matches],
			[t('results.value'), euro(r.totals.value)],
			[
				t('results.registered'),
				t('results.registered_people', {
					organisations: r.totals.registeredOrganisations,
					people: r.totals.people
				})
			],
			[t('results.participants'), r.totals.organisations],
			...(['business', 'voluntary', 'municipality'] as const).map((k) => [`  ${kind(k)}`, r.totals.byKind[k]])
		]
	);

	heading(t('results.by_corner'));
	table(
		[{ ...name, label: t('results.col.corner') }, matches, value],
		r.corners.map((c) => [c.name ?? t('results.no_corner'), c.matches, euro(c.value)])
	);

	heading(t('results.by_place'));
	doc.font('Helvetica').fontSize(9).text(t('results.by_place_note')).moveDown(0.3);
	table(
		[{ ...name, label: t('results.col.place') }, matches, value],
		r.places.map((p) => [p.place ?? t('results.unknown_place'), p.matches, euro(p.value)])
	);

	heading(t('results.by_kind'));
	doc.font('Helvetica').fontSize(9).text(t('results.by_kind_note')).moveDown(0.3);
	table(
		[{ ...name, label: t('results.col.kind') }, matches, value],
		// WinAnsi has no arrow: "Bedrijf > Gemeente".
		r.kinds.map((k) => [`${kind(k.giverKind)} > ${kind(k.receiverKind)}`, k.matches, euro(k.value)])
	);

	heading(t('results.comparison'));
	table(
		[
			col(t('results.col.edition'), 0.25),
			col(t('results.col.matches'), 0.15, 'right'),
			col(t('results.col.value'), 0.22, 'right'),
			col(t('results.col.organisations'), 0.2, 'right'),
			col(t('results.col.people'), 0.18, 'right')
		],
		r.editions.map((e) => [
			formatDate(locale, e.eventDate),
			e.matches,
			euro(e.value),
			e.organisations,
			e.people
		])
	);

	heading(t('results.followup'));
	table(
		[col(t('results.col.section'), 0.6), col(t('results.col.matches'), 0.4, 'right')],
		FOLLOWUP_STATES.map((s) => [t(`results.state.${s}`), followupCount(r.followup, s)])
	);

	heading(t('results.organisations'));
	table(
		[col(t('results.col.organisation'), 0.6), col(t('results.col.type'), 0.4)],
		r.organisations.map((o) => [o.name, kind(o.kind)])
	);

	doc
		.moveDown(1)
		.font('Helvetica')
		.fontSize(8)
		.fillColor('#555555')
		.text(t('results.generated', { date: formatDate(locale, now.toISOString()) }), MARGIN);
	doc.end();
	return done;
}
