/**
 * The embed page of a chart (/embed/<chart-id>/, src/pages/embed/[id].astro) as geometry: the words of its source line,
 * and the height it takes at any width, so the iframe another site pastes is tall enough at every width from 320 px
 * without scrolling inside. Unlike the site's other pages, the embed page is set in the shipped font, at the sizes of
 * `embedLayout` (global.css, "An embedded chart", uses the same numbers), so its title, takeaway, key and source line
 * are measured here as the browser sets them; the chart's own height comes from the geometry of the form shown at each
 * width (src/lib/charts/forms.ts).
 */
import { chartForms, drawnSize, formAt, type ChartForm } from './forms';
import { standardsKey } from './matrix';
import { shippedMeasure, type TextMeasure } from './text';
import type { Chart } from './types';
import { ratingKey } from '../language/vocabulary';
import { formatDate } from '../language/format';
import { caps, firstOf } from '../model/groups';
import { chartSourcesLead } from '../words/sentences';

/** The embed page's layout in CSS px: global.css sets exactly these. */
export const embedLayout = {
  /** The body's padding on every side. */
  padding: 12,
  /** The border a browser draws round an iframe by default, on each side (the snippet leaves it). */
  frameBorder: 2,
  title: { size: 20, line: 26, after: 4 },
  takeaway: { size: 16, line: 22, after: 12 },
  /** The grid's line naming its standards, under it. */
  standards: { size: 15, line: 21, before: 8 },
  /** The matrix's key: flex items in rows; each swatch at least `swatchMin` wide, `swatchPad` of padding and border. */
  key: { size: 15, line: 21, before: 8, rowGap: 6, columnGap: 18, swatchMin: 33, swatchPad: 9 },
  source: { size: 15, line: 21, before: 12 },
  /** Room left under the source line for what measuring cannot see (a browser's rounding of fractional heights). */
  slack: 6,
} as const;

/** The narrowest iframe the embed snippet is made for. */
export const narrowestFrame = 320;

/** A stretch of text on the embed page, bold where it is a link (links are bold on the site). */
export interface TextRun {
  text: string;
  href?: string;
}

/**
 * The source line of an embedded chart: its letters (the latest only, as on the chart's page), a link back to the
 * chart's page and one to its CSV, each saying it opens in a new tab.
 */
export function embedSourceRuns(chart: Chart, links: { back: string; csv: string; siteTitle: string }): TextRun[] {
  const sources = firstOf(chart.sources, caps.chartSources);
  const letters = sources.shown.map((s) => `${s.title}, ${formatDate(s.date)}`).join('; ');
  return [
    { text: `Source: ${chartSourcesLead(sources.shown.length, sources.total)}${letters}. ` },
    { text: `See this chart and its data on ${links.siteTitle} (opens in a new tab)`, href: links.back },
    { text: '. ' },
    { text: 'Download the data (CSV, opens in a new tab)', href: links.csv },
    { text: '.' },
  ];
}

/**
 * How many lines text takes at a width when a browser breaks it at spaces: words in the order given, each in its own
 * weight. Breaking only at spaces (a browser may also break after a hyphen) and leaving out kerning can only
 * overcount, never undercount, the lines.
 */
export function lineCount(runs: readonly { text: string; bold?: boolean }[], size: number, width: number, measure: TextMeasure): number {
  let lines = 1;
  let used = 0;
  let pendingSpace = 0;
  for (const run of runs) {
    for (const [i, part] of run.text.split(' ').entries()) {
      if (i > 0) pendingSpace = measure(' ', size, run.bold);
      if (!part) continue;
      const w = measure(part, size, run.bold);
      if (used > 0 && used + pendingSpace + w > width) {
        lines++;
        used = w;
      } else used += (used > 0 ? pendingSpace : 0) + w;
      pendingSpace = 0;
    }
  }
  return lines;
}

/** How many rows the matrix's key takes at a width (flex items wrapping), each item a swatch, a space and the word. */
function keyRows(width: number, measure: TextMeasure): number {
  const { size, columnGap, swatchMin, swatchPad } = embedLayout.key;
  let rows = 1;
  let used = 0;
  for (const k of ratingKey()) {
    const item = Math.max(swatchMin, measure(k.abbreviation, size, true) + swatchPad) + measure(` ${k.label}`, size);
    if (used > 0 && used + columnGap + item > width) {
      rows++;
      used = item;
    } else used += (used > 0 ? columnGap : 0) + item;
  }
  return rows;
}

/** The height of the embed page's content at a content width (px), with the given form of the chart at its largest in a range. */
function pageHeight(chart: Chart, form: ChartForm, width: number, chartHeight: number, source: TextRun[], measure: TextMeasure): number {
  const { title, takeaway, standards, key, source: src } = embedLayout;
  const lines = (text: string, size: number, bold = false) => lineCount([{ text, bold }], size, width, measure);
  let height = lines(chart.title, title.size, true) * title.line + title.after;
  height += lines(chart.takeaway, takeaway.size) * takeaway.line + takeaway.after;
  height += chartHeight;
  if (form.form === 'grid' || form.form === 'compact') {
    height += standards.before + lines(standardsKey(form.geometry.columns), standards.size) * standards.line;
  }
  if (chart.kind === 'matrix') {
    const rows = keyRows(width, measure);
    height += key.before + rows * key.line + (rows - 1) * key.rowGap;
  }
  const runs = source.map((r) => ({ text: r.text, bold: r.href !== undefined }));
  height += src.before + lineCount(runs, src.size, width, measure) * src.line;
  return height;
}

/** The content width of the embed page in an iframe of the given width (px): less the frame's border and the page's padding. */
export const embedContentWidth = (frameWidth: number) => frameWidth - 2 * embedLayout.frameBorder - 2 * embedLayout.padding;

/** The height of the embed page (px) in an iframe of the given width, with the form of the chart shown there. */
export function embedPageHeight(
  chart: Chart,
  source: TextRun[],
  frameWidth: number,
  forms: readonly ChartForm[] = chartForms(chart),
  measure: TextMeasure = shippedMeasure(),
): number {
  const width = embedContentWidth(frameWidth);
  const form = formAt(forms, width);
  return pageHeight(chart, form, width, drawnSize(form, width).height, source, measure) + 2 * embedLayout.padding;
}

/** The widest content the height is worked out for: past the last breakpoint no form changes and text only wraps less. */
const widestContent = 1100;

/**
 * The height an iframe of the embed page needs to show all of it at every width from `narrowestFrame` up: the most the
 * page takes at any width, and `embedLayout.slack` more. Each whole pixel of content width is measured, its text at that
 * width and the chart at its size a pixel wider (a narrow form grows with the width), so no width between two is missed.
 */
export function embedHeight(chart: Chart, source: TextRun[], measure: TextMeasure = shippedMeasure()): number {
  const { padding, slack } = embedLayout;
  const forms = chartForms(chart);
  let most = 0;
  for (let width = embedContentWidth(narrowestFrame); width <= widestContent; width++) {
    const form = formAt(forms, width);
    const wider = form.until === undefined ? width + 1 : Math.min(width + 1, form.until - 0.001);
    most = Math.max(most, pageHeight(chart, form, width, drawnSize(form, wider).height, source, measure));
  }
  return Math.ceil(most + 2 * padding + slack);
}
