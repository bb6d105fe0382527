/**
 * The charts' stylesheet as attributes, for the standalone SVG and PNG files, which carry no stylesheet: the marks the
 * page draws (src/lib/charts/form-marks.ts) with each class turned into the presentation attributes global.css gives
 * it on the page. The colours come from the palette; the rest mirrors global.css's chart rules. Tests hold the two
 * together: every class the marks use has its entry here (tests/unit/lib/images/chart-style.test.ts), and each mark of
 * a download, read in Chromium, looks as the same mark does on the page with global.css: fill, stroke, stroke width and
 * dashes, font size and weight, anchor and baseline (tests/unit/components/chart-downloads.test.ts).
 */
import type { ChartForm } from '../charts/forms';
import { classesOf, mapMarks, type Mark } from '../charts/marks';
import { chartText } from '../charts/text';
import type { Rating } from '../../schemas/rating';
import { inks, plainBar, ratingSwatches } from './palette';

type Attributes = Record<string, string>;

const small = { fill: inks.muted, 'font-size': String(chartText.small) };
const bold = { 'font-weight': '700' };

/** What each text class looks like (global.css: `.chart-svg .tick`, `.chart-svg .group-label`, …). */
export const textStyles: Readonly<Record<string, Attributes>> = {
  tick: small,
  'bar-sublabel': small,
  'row-sublabel': small,
  'reference-label': { ...small, ...bold },
  'group-label': bold,
  'column-label': bold,
  'bar-name': bold,
  'row-name': bold,
  'point-label': bold,
  'point-value': bold,
  'block-heading': { 'font-size': '16', ...bold },
  'bar-label': {},
  'row-label': {},
  'bar-value': {},
  'standard-name': {},
};

/** Where a form's labels sit on their x and y (global.css: `[data-form='bars'] .bar-label`, …). */
export const labelPlacement: Readonly<Partial<Record<ChartForm['form'], Record<string, Attributes>>>> = {
  bars: {
    tick: { 'text-anchor': 'middle' },
    'bar-label': { 'text-anchor': 'end', 'dominant-baseline': 'middle' },
    'bar-sublabel': { 'text-anchor': 'end' },
    'bar-value': { 'dominant-baseline': 'middle' },
  },
  'stacked-bars': { tick: { 'text-anchor': 'middle' }, 'reference-label': { 'text-anchor': 'middle' } },
  'line-rows': { tick: { 'text-anchor': 'middle' } },
  grid: {
    'column-label': { 'text-anchor': 'middle' },
    'row-label': { 'text-anchor': 'end', 'dominant-baseline': 'middle' },
    'row-sublabel': { 'text-anchor': 'end' },
  },
  compact: { 'column-label': { 'text-anchor': 'middle' } },
};

/** What each shape class looks like (global.css: `.gridline`, `.reference-line`, `.chart-svg .line`, `.chart-svg .backdrop`). */
export const shapeStyles: Readonly<Record<string, Attributes>> = {
  gridline: { stroke: inks.gridline, 'stroke-width': '1' },
  'reference-line': { stroke: inks.ink, 'stroke-width': '2', 'stroke-dasharray': '4 3' },
  line: { fill: 'none', stroke: inks.ink, 'stroke-width': '2.5' },
  backdrop: { fill: '#ffffff', stroke: 'none' },
  'bar-rect': {},
};

/** Classes that only group marks or name them for the page's scripts: nothing to draw. */
export const groupClasses: ReadonlySet<string> = new Set(['axis', 'bar', 'matrix-row', 'point', 'point-row', 'cell']);

/** A rating class's swatch as attributes: `r-good` -> its fill and stroke, dashed for a standard not rated. */
function swatchAttributes(ratingClass: string): { shape: Attributes; text: string } | undefined {
  if (ratingClass === 'r-none') return { shape: { fill: plainBar.fill, stroke: plainBar.stroke }, text: plainBar.text };
  const swatch = ratingSwatches[ratingClass.slice(2) as Rating | 'not-rated'];
  if (!ratingClass.startsWith('r-') || !swatch) return undefined;
  const dash = ratingClass === 'r-not-rated' ? { 'stroke-dasharray': '3 2' } : {};
  return { shape: { fill: swatch.fill, stroke: swatch.stroke, ...dash }, text: swatch.text };
}

/** One mark with its classes turned into attributes, given its ancestors (a cell template's rating is on its group). */
function styled(form: ChartForm['form'], m: Mark, ancestors: readonly Mark[]): Mark {
  const classes = classesOf(m);
  // Classes become attributes; data attributes (the compare page's filter keys) belong to the page's scripts.
  const attrs = Object.fromEntries(Object.entries(m.attrs).filter(([name]) => name !== 'class' && !name.startsWith('data-')));
  const extra: Attributes = {};
  // Inside a cell template, the rating is on the template's group (`.cell.r-good text`, `.cell rect` in global.css).
  const cell = ancestors.map(classesOf).find((c) => c.includes('cell'));
  const cellSwatch = cell && swatchAttributes(cell.find((c) => c.startsWith('r-')) ?? '');
  if (m.tag === 'text') {
    for (const c of classes) Object.assign(extra, textStyles[c], labelPlacement[form]?.[c]);
    // A point's value is bold over a dot, regular in a row (global.css: `.chart-svg .point-row .point-value`).
    if (classes.includes('point-value') && ancestors.some((a) => classesOf(a).includes('point-row'))) extra['font-weight'] = '400';
    if (cellSwatch) Object.assign(extra, { 'font-weight': '700', 'font-size': String(chartText.size), fill: cellSwatch.text });
  } else if (m.tag !== 'g' && m.tag !== 'defs' && m.tag !== 'use') {
    for (const c of classes) Object.assign(extra, shapeStyles[c], swatchAttributes(c)?.shape);
    if (classes.some((c) => c.startsWith('r-')) || m.tag === 'circle' || (cell && m.tag === 'rect')) extra['stroke-width'] = '1.5';
    if (cellSwatch) Object.assign(extra, cellSwatch.shape);
  }
  return { ...m, attrs: { ...attrs, ...extra } };
}

/** A form's marks drawn without a stylesheet: every class turned into the attributes global.css gives it. */
export function presentational(form: ChartForm['form'], marks: readonly Mark[]): Mark[] {
  return mapMarks(marks, (m, ancestors) => styled(form, m, ancestors));
}
