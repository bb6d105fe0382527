/**
 * The forms a chart takes at different widths. A chart is never shrunk until its text is too small to read: each form
 * is drawn for a width, and shown only where its container is at least that wide (a CSS container query on
 * `.chart__svg`, global.css), so its text is rendered at its own size or larger. Where the wide form does not fit, the
 * chart changes shape: the matrix becomes a block per PDU (or, for many PDUs, a compact grid with each PDU's name above
 * its row), the bars move their labels above them, the line's inspections become rows. The narrow form is drawn for the
 * content column at a 320 px viewport (288 px), and may grow to `narrowMaxScale` times that to fill a phone's wider
 * column.
 */
import { stackedBarGeometry } from './bars';
import { narrowWidth } from './layout';
import { lineRowsGeometry } from './line';
import { matrixBlocksGeometry, matrixCompactGeometry, matrixNarrowForm } from './matrix';
import type {
  BarGeometry,
  Chart,
  LineGeometry,
  LineRowsGeometry,
  MatrixBlocksGeometry,
  MatrixCompactGeometry,
  MatrixGeometry,
  StackedBarGeometry,
} from './types';

/** One form of a chart, with the geometry it is drawn from. */
export type ChartFormGeometry =
  | { form: 'bars'; geometry: BarGeometry }
  | { form: 'stacked-bars'; geometry: StackedBarGeometry }
  | { form: 'grid'; geometry: MatrixGeometry }
  | { form: 'blocks'; geometry: MatrixBlocksGeometry }
  | { form: 'compact'; geometry: MatrixCompactGeometry }
  | { form: 'line'; geometry: LineGeometry }
  | { form: 'line-rows'; geometry: LineRowsGeometry };

/**
 * A form as a page shows it: shown while its container is `from` px wide or more and less than `until` (none for the
 * widest); drawn `scale` times its geometry's size at most (its SVG's `width` attribute), and shrunk with the container
 * below that, never below its own size except for the narrowest form in a container narrower than `narrowWidth`.
 */
export type ChartForm = ChartFormGeometry & { from: number; until?: number; scale: number };

/**
 * The container widths at which a wider form can take over (px). global.css has a container query for each; a form is
 * shown from the first of these at least as wide as it is. A form wider than the last is not shown on a page.
 */
export const formBreakpoints: readonly number[] = Array.from({ length: 18 }, (_, i) => 320 + 40 * i);

/** How much the narrow form may grow beyond its own size to fill a wider phone column (text at 13 × 1.25 = 16 px at most). */
export const narrowMaxScale = 1.25;

/** The first breakpoint at which a form of this width fits, or undefined when none does. */
export function breakpointFor(width: number): number | undefined {
  return formBreakpoints.find((b) => b >= Math.ceil(width));
}

/** A chart's forms, widest first: the wide form where it fits, the narrow form below that. */
export function chartForms(chart: Chart): ChartForm[] {
  const [wide, narrow] = formGeometries(chart);
  // A wide form no wider than the narrow one is the only form; one that fits no breakpoint is not shown on a page.
  if (wide.geometry.width <= narrowWidth) return [{ ...wide, from: 0, scale: 1 }];
  const from = breakpointFor(wide.geometry.width);
  if (from === undefined) return [{ ...narrow, from: 0, scale: narrowMaxScale }];
  return [
    { ...wide, from, scale: 1 },
    { ...narrow, from: 0, until: from, scale: narrowMaxScale },
  ];
}

/** The wide and the narrow geometry of a chart. */
function formGeometries(chart: Chart): [ChartFormGeometry, ChartFormGeometry] {
  switch (chart.kind) {
    case 'bars':
      return [
        { form: 'bars', geometry: chart.geometry },
        { form: 'stacked-bars', geometry: stackedBarGeometry(chart.geometry, narrowWidth) },
      ];
    case 'matrix':
      return [
        { form: 'grid', geometry: chart.geometry },
        matrixNarrowForm(chart.geometry.rows.length) === 'blocks'
          ? { form: 'blocks', geometry: matrixBlocksGeometry(chart.geometry, narrowWidth) }
          : { form: 'compact', geometry: matrixCompactGeometry(chart.geometry, narrowWidth) },
      ];
    case 'line':
      return [
        { form: 'line', geometry: chart.geometry },
        { form: 'line-rows', geometry: lineRowsGeometry(chart.geometry, narrowWidth) },
      ];
  }
}

/** The form a chart shows in a container of the given width (px), as the container queries choose it. */
export function formAt(forms: readonly ChartForm[], container: number): ChartForm {
  const form = forms.find((f) => container >= f.from && (f.until === undefined || container < f.until));
  if (!form) throw new Error(`no form of the chart is shown at ${container} px`);
  return form;
}

/** How wide and high a form is drawn in a container of the given width (px): its size times its scale, shrunk to fit. */
export function drawnSize(form: ChartForm, container: number): { width: number; height: number } {
  const width = Math.min(form.geometry.width * form.scale, container);
  return { width, height: (form.geometry.height * width) / form.geometry.width };
}
