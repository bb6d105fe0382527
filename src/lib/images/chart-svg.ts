import type { Chart } from '../charts/types';
import { barLayout } from '../charts/layout';
import { svgNumber as n } from '../charts/svg';
import { formatDate } from '../words/format';
import { ratingKey } from '../words/vocabulary';
import type { CardFonts } from './card';
import { textWidth } from './font-metrics';
import { inks, plainBar, ratingSwatches } from './palette';
import { wrapText, xmlEscape } from './svg-text';

/** Space above the chart for its title, and the line height of the title and the source lines. */
const titleSize = 18;
const smallSize = 12;
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
  for (const group of g.groups) out.push(t(0, group.y, group.label, { 'font-weight': '700' }));
  for (const b of g.bars) {
    const swatch = b.rating ? ratingSwatches[b.rating] : plainBar;
    const mid = b.y + b.barHeight / 2;
    out.push(t(b.x - 8, mid, b.label, { 'text-anchor': 'end', 'dominant-baseline': 'middle' }));
    if (b.sublabel) out.push(t(b.x - 8, mid + 15, b.sublabel, { 'text-anchor': 'end', fill: inks.muted, 'font-size': smallSize }));
    out.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.barWidth)}" height="${n(b.barHeight)}" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"/>`,
      t(b.x + b.barWidth + 6, mid, b.valueLabel, { 'dominant-baseline': 'middle' }),
    );
  }
  if (g.reference)
    out.push(
      `<line x1="${n(g.reference.x)}" x2="${n(g.reference.x)}" y1="${n(g.plot.y - 4)}" y2="${n(g.plot.y + g.plot.height)}" stroke="${inks.ink}" stroke-width="2" stroke-dasharray="4 3"/>`,
      t(g.reference.x + 4, g.plot.y + 8, g.reference.label, { 'font-weight': '700' }),
    );
  return out;
}

/** The cells of a ratings matrix, with colours as attributes. */
function matrixMarks(chart: Extract<Chart, { kind: 'matrix' }>): string[] {
  const g = chart.geometry;
  const out: string[] = [];
  for (const c of g.columns) out.push(t(c.x + c.width / 2, g.header - 10, c.label, { 'text-anchor': 'middle', 'font-weight': '700' }));
  for (const row of g.rows) {
    out.push(
      t(g.labelWidth - 8, row.y + (row.sublabel ? row.height / 2 - 3 : row.height / 2), row.label, {
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
      }),
    );
    if (row.sublabel)
      out.push(
        t(g.labelWidth - 8, row.y + row.height / 2 + 11, row.sublabel, { 'text-anchor': 'end', fill: inks.muted, 'font-size': smallSize }),
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
      t(p.x, p.y - 12, p.sublabel, { 'text-anchor': 'middle', 'font-weight': '700' }),
      t(p.x, g.plot.y + g.plot.height + 20, p.label, { 'text-anchor': 'middle', fill: inks.muted, 'font-size': smallSize }),
    );
  }
  return out;
}

/** The matrix's key to its abbreviations, in rows that fit the width; returns the SVG and the height it takes. */
function matrixKey(fonts: CardFonts, width: number, top: number): { svg: string[]; height: number } {
  const svg: string[] = [];
  let x = 0;
  let y = top;
  for (const k of ratingKey()) {
    const swatch = ratingSwatches[k.rating];
    const box = textWidth(fonts.bold, k.abbreviation, 13) + 12;
    const item = box + 6 + textWidth(fonts.regular, k.label, 13) + 18;
    if (x > 0 && x + item > width) {
      x = 0;
      y += 26;
    }
    const dash = k.rating === 'not-rated' ? ' stroke-dasharray="3 2"' : '';
    svg.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(box)}" height="20" rx="2" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="1.5"${dash}/>`,
      t(x + box / 2, y + 10, k.abbreviation, {
        'text-anchor': 'middle',
        'dominant-baseline': 'central',
        'font-weight': '700',
        fill: swatch.text,
      }),
      t(x + box + 6, y + 10, k.label, { 'dominant-baseline': 'central' }),
    );
    x += item;
  }
  return { svg, height: y - top + 26 };
}

/**
 * A chart as a standalone SVG file, to download or to draw as a PNG: the same geometry as the chart on the page, with
 * its title and accessible description, its heading drawn above it, the matrix's key, and its source line and the site's
 * address below it. Every colour, size and font is an attribute, so it needs no stylesheet (and is allowed by a
 * Content-Security-Policy that forbids inline styles).
 */
export function standaloneChartSvg(chart: Chart, fonts: CardFonts, credit: string): string {
  const g = chart.geometry;
  const width = Math.max(g.width, 480);
  const inner = width;
  const head: string[] = [];
  let y = pad;
  for (const line of wrapText(chart.title, fonts.bold, titleSize, inner, 3).lines)
    head.push(t(pad, (y += titleSize + 4), line, { 'font-size': titleSize, 'font-weight': '700' }));
  y += pad;
  const marks = chart.kind === 'bars' ? barMarks(chart) : chart.kind === 'matrix' ? matrixMarks(chart) : lineMarks(chart);
  const body = `<g transform="translate(${pad} ${n(y)})">${marks.join('')}</g>`;
  y += g.height + pad;
  const foot: string[] = [];
  if (chart.kind === 'matrix') {
    const key = matrixKey(fonts, inner, 0);
    foot.push(`<g transform="translate(${pad} ${n(y)})">${key.svg.join('')}</g>`);
    y += key.height + 4;
  }
  const source = `Source: ${chart.sources.map((s) => `${s.title}, ${formatDate(s.date)}`).join('; ')}. ${credit}`;
  for (const line of wrapText(source, fonts.regular, smallSize, inner, 8).lines)
    foot.push(t(pad, (y += smallSize + 5), line, { fill: inks.muted, 'font-size': smallSize }));
  const height = Math.ceil(y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width + 2 * pad)}" height="${height}" viewBox="0 0 ${n(width + 2 * pad)} ${height}" role="img" aria-labelledby="title desc" font-family="${xmlEscape(fonts.regular.family)}, system-ui, sans-serif" font-size="13" fill="${inks.ink}">`,
    `<title id="title">${xmlEscape(chart.title)}</title>`,
    `<desc id="desc">${xmlEscape(`${chart.description} ${chart.takeaway}`)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...head,
    body,
    ...foot,
    '</svg>',
  ].join('\n');
}
