import type { Chart } from '../charts/types';
import { formMarks } from '../charts/form-marks';
import { chartForms } from '../charts/forms';
import { marksToSvg } from '../charts/marks';
import { svgNumber as n } from '../charts/svg';
import { baselineIn, chartText } from '../charts/text';
import { formatDate } from '../language/format';
import { ratingKey } from '../language/vocabulary';
import type { CardFonts } from '../typesetting/fonts';
import { textWidth, type FontMetrics } from '../typesetting/font-metrics';
import { inks, ratingSwatches } from './palette';
import { presentational } from './chart-style';
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
 * its title and takeaway above it, the marks of the chart's wide form on the page (form-marks.ts, every PDU's name in full),
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
  // The chart's wide form, drawn by the page's renderer, with its classes turned into attributes.
  const [wide] = chartForms(chart);
  if (!wide) throw new Error(`${chart.id}: a chart with no form to draw`);
  const marks = marksToSvg(presentational(wide.form, formMarks(chart, wide)));
  const body = `<g transform="translate(${pad} ${n(y)})">${marks}</g>`;
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
