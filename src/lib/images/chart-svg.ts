import type { Chart } from '../charts/types';
import { barLayout, matrixLayout } from '../charts/layout';
import { svgNumber as n } from '../charts/svg';
import { baselineIn, chartText } from '../charts/text';
import { formatDate } from '../language/format';
import { ratingKey } from '../language/vocabulary';
import type { CardFonts } from '../typesetting/fonts';
import { textWidth, type FontMetrics } from '../typesetting/font-metrics';
import { inks, plainBar, ratingSwatches } from './palette';
import { wrapText, xmlEscape } from '../typesetting/svg-text';

/** The title's size, the size of the ticks, sublabels and source lines (as on the page), and the margin. */
const titleSize = 18;
const smallSize = chartText.small;
const pad = 12;

/** A text element; attributes are written as given (numbers rounded as the charts round them). */
function t(x: number, y: number, content: string, attrs: Record<string, string | number | undefined> = {}): string {
  const rest = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : xmlEscape(v as string)}"`)
    .join('');
  return `<text x="${n(x)}" y="${n(y)}"${rest}>${xmlEscape(content)}</text>`;
}

/** The marks of a bar chart, with colours as attributes. */
function barMarks(chart: Extract<Chart, { kind: 'bars' }>): string[] {
  const g = chart.geometry;
  const out: string[] = [];
  for (const tick of g.ticks)
    out.push(
      `<line x1="${n(tick.x)}" x2="${n(tick.x)}" y1="${n(g.plot.y)}" y2="${n(g.plot.y + g.plot.height)}" stroke="${inks.gridline}" stroke-width="1"/>`,
      t(tick.x, g.plot.y + g.plot.height + barLayout.tickOffset, tick.label, {
        'text-anchor': 'middle',
        fill: inks.muted,
        'font-size': smallSize,
      }),
    );
  for (const group of g.groups) out.push(t(1, group.y, group.label, { 'font-weight': '700' }));
  for (const b of g.bars) {
    const swatch = b.rating ? ratingSwatches[b.rating] : plainBar;
    const mid = b.y + b.barHeight / 2;
    const labelX = b.x - barLayout.labelGap;
    out.push(t(labelX, mid, b.label, { 'text-anchor': 'end', 'dominant-baseline': 'middle' }));
    if (b.sublabel)
      out.push(t(labelX, mid + barLayout.sublabelOffset, b.sublabel, { 'text-anchor': 'end', fill: inks.muted, 'font-size': smallSize }));
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.barWidth)}" height="${n(b.barHeight)}" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"/>`,
    );
    // The reference line runs through the bar but not through its value, as on the page.
    if (g.reference)
      out.push(
        `<line x1="${n(g.reference.x)}" x2="${n(g.reference.x)}" y1="${n(b.y - barLayout.rowGap / 2)}" y2="${n(b.y + b.rowHeight + barLayout.rowGap / 2)}" stroke="${inks.ink}" stroke-width="2" stroke-dasharray="4 3"/>`,
        `<rect x="${n(b.x + b.barWidth + barLayout.valueGap - 2)}" y="${n(mid - chartText.line.size / 2)}" width="${n(b.valueWidth + 4)}" height="${chartText.line.size}" fill="#ffffff"/>`,
      );
    out.push(t(b.x + b.barWidth + barLayout.valueGap, mid, b.valueLabel, { 'dominant-baseline': 'middle' }));
  }
  if (g.reference) out.push(t(g.reference.x + 4, g.reference.labelY, g.reference.label, { 'font-weight': '700' }));
  return out;
}

/** The cells of a ratings matrix, with colours as attributes. */
function matrixMarks(chart: Extract<Chart, { kind: 'matrix' }>): string[] {
  const g = chart.geometry;
  const out: string[] = [];
  for (const c of g.columns) out.push(t(c.x + c.width / 2, g.header - 10, c.label, { 'text-anchor': 'middle', 'font-weight': '700' }));
  for (const row of g.rows) {
    const labelX = g.labelWidth - matrixLayout.labelGap;
    const middle = row.y + row.height / 2;
    out.push(
      t(labelX, middle + (row.sublabel ? matrixLayout.dated.label : 0), row.label, {
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
      }),
    );
    if (row.sublabel)
      out.push(
        t(labelX, middle + matrixLayout.dated.sublabel, row.sublabel, { 'text-anchor': 'end', fill: inks.muted, 'font-size': smallSize }),
      );
    for (const cell of row.cells) {
      const swatch = ratingSwatches[cell.rating ?? 'not-rated'];
      const dash = cell.rating ? '' : ' stroke-dasharray="3 2"';
      out.push(
        `<rect x="${n(cell.x)}" y="${n(row.y)}" width="${n(g.cell.width)}" height="${n(row.height)}" rx="2" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"${dash}/>`,
        t(cell.x + g.cell.width / 2, row.y + row.height / 2, cell.text, {
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
          'font-weight': '700',
          fill: swatch.text,
        }),
      );
    }
  }
  return out;
}

/** The line and points of a score history, with colours as attributes. */
function lineMarks(chart: Extract<Chart, { kind: 'line' }>): string[] {
  const g = chart.geometry;
  const out: string[] = [];
  for (const tick of g.yTicks)
    out.push(
      `<line x1="${n(g.plot.x)}" x2="${n(g.plot.x + g.plot.width)}" y1="${n(tick.y)}" y2="${n(tick.y)}" stroke="${inks.gridline}" stroke-width="1"/>`,
      t(g.plot.x - 6, tick.y, tick.label, {
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
        fill: inks.muted,
        'font-size': smallSize,
      }),
    );
  out.push(`<path d="${g.path}" fill="none" stroke="${inks.ink}" stroke-width="2.5"/>`);
  for (const p of g.points) {
    const swatch = ratingSwatches[p.rating];
    out.push(
      `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="6" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"/>`,
      `<rect x="${n(p.x - p.sublabelWidth / 2 - 2)}" y="${n(p.y - 12 - chartText.size * 0.85)}" width="${n(p.sublabelWidth + 4)}" height="${n(chartText.line.size - 1)}" fill="#ffffff"/>`,
      t(p.x, p.y - 12, p.sublabel, { 'text-anchor': 'middle', 'font-weight': '700' }),
      t(p.x, g.plot.y + g.plot.height + 20, p.label, { 'text-anchor': 'middle', fill: inks.muted, 'font-size': smallSize }),
    );
  }
  return out;
}

/** The matrix's key to its abbreviations, each with its word, in rows that fit the width; returns the SVG and the height it takes. */
function matrixKey(fonts: CardFonts, width: number, top: number): { svg: string[]; height: number } {
  const size = chartText.size;
  const svg: string[] = [];
  let x = 0;
  let y = top;
  for (const k of ratingKey()) {
    const swatch = ratingSwatches[k.rating];
    const box = textWidth(fonts.bold, k.abbreviation, size) + 12;
    const item = box + 6 + textWidth(fonts.regular, k.label, size) + 18;
    if (x > 0 && x + item > width) {
      x = 0;
      y += 28;
    }
    const dash = k.rating === 'not-rated' ? ' stroke-dasharray="3 2"' : '';
    svg.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(box)}" height="22" rx="2" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"${dash}/>`,
      t(x + box / 2, y + 11, k.abbreviation, {
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-weight': '700',
        fill: swatch.text,
      }),
      t(x + box + 6, y + 11, k.label, { 'dominant-baseline': 'central' }),
    );
    x += item;
  }
  return { svg, height: y - top + 28 };
}

/**
 * Lines of text wrapped to the width, each a text element one line height under the last, from `y` (the top of the
 * first line); returns the elements and the y under the last line.
 */
function paragraph(
  text: string,
  font: FontMetrics,
  size: number,
  width: number,
  y: number,
  attrs: Record<string, string | number>,
): { svg: string[]; y: number } {
  const lineHeight = Math.round(size * 1.35);
  const svg: string[] = [];
  for (const line of wrapText(text, font, size, width, 20).lines) {
    svg.push(t(pad, y + baselineIn(lineHeight, size), line, { 'font-size': size, ...attrs }));
    y += lineHeight;
  }
  return { svg, y };
}

/** What a matrix's cells stand for, from the framework's standards: "Standards: 1.1 Leadership; 1.2 Staff; …". */
export function standardsLine(chart: Extract<Chart, { kind: 'matrix' }>): string {
  return `Standards: ${chart.geometry.columns.map((c) => `${c.label} ${c.name}`).join('; ')}.`;
}

/**
 * A chart as a standalone SVG file, to download or to draw as a PNG, that can be read alone wherever it is republished:
 * its title and takeaway above it, the same geometry as the chart's wide form on the page (every PDU's name in full),
 * for a matrix the standard each column is (from the framework's reference data) and the key to its abbreviations in
 * words, and its source line and the site's address below it. Its title and accessible description are elements of
 * the file. Every colour, size and font is an attribute, so it needs no stylesheet (and is allowed by a
 * Content-Security-Policy that forbids inline styles).
 */
export function standaloneChartSvg(chart: Chart, fonts: CardFonts, credit: string): string {
  const g = chart.geometry;
  const width = Math.max(g.width, 480);
  const head: string[] = [];
  let y = pad;
  const title = paragraph(chart.title, fonts.bold, titleSize, width, y, { 'font-weight': '700' });
  const takeaway = paragraph(chart.takeaway, fonts.regular, chartText.size, width, title.y + 2, { fill: inks.muted });
  head.push(...title.svg, ...takeaway.svg);
  y = takeaway.y + pad;
  const marks = chart.kind === 'bars' ? barMarks(chart) : chart.kind === 'matrix' ? matrixMarks(chart) : lineMarks(chart);
  const body = `<g transform="translate(${pad} ${n(y)})">${marks.join('')}</g>`;
  y += g.height + pad;
  const foot: string[] = [];
  if (chart.kind === 'matrix') {
    const standards = paragraph(standardsLine(chart), fonts.regular, chartText.size, width, y, {});
    foot.push(...standards.svg);
    y = standards.y + 8;
    const key = matrixKey(fonts, width, 0);
    foot.push(`<g transform="translate(${pad} ${n(y)})">${key.svg.join('')}</g>`);
    y += key.height;
  }
  const source = `Source: ${chart.sources.map((s) => `${s.title}, ${formatDate(s.date)}`).join('; ')}. ${credit}`;
  const sourceLines = paragraph(source, fonts.regular, smallSize, width, y + 4, { fill: inks.muted });
  foot.push(...sourceLines.svg);
  const height = Math.ceil(sourceLines.y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width + 2 * pad)}" height="${height}" viewBox="0 0 ${n(width + 2 * pad)} ${height}" role="img" aria-labelledby="title desc" font-family="${xmlEscape(fonts.regular.family)}, system-ui, sans-serif" font-size="${chartText.size}" fill="${inks.ink}">`,
    `<title id="title">${xmlEscape(chart.title)}</title>`,
    `<desc id="desc">${xmlEscape(`${chart.description} ${chart.takeaway}`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...head,
    body,
    ...foot,
    '</svg>',
  ].join('\n');
}
