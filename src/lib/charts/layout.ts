/**
 * The layout values of the bar chart and the ratings matrix (in SVG user units), and the re-layout the compare page
 * does when it shows only some rows of a drawn chart. The geometry modules (bars.ts, matrix.ts) and the chart
 * components draw with these values, and the compare page's script closes up the rows with the same ones, so the two
 * cannot drift apart. Plain numbers and pure functions, with no d3 and no DOM, so the browser script can import it.
 */
import { svgNumber as n } from './svg';
import type { BarGeometry, MatrixGeometry } from './types';

/** A horizontal bar chart's layout. */
export const barLayout = {
  /** Width of the labels left of the bars. */
  labelWidth: 190,
  /** Width kept right of the plot for the longest value label. */
  valueWidth: 230,
  /** Height of one bar. */
  barHeight: 22,
  /** Extra height of a row whose bar has a second label line under it. */
  sublabelHeight: 14,
  /** Space between one row and the next. */
  rowGap: 14,
  /** Space between the last row of a group and the next group's heading. */
  groupGap: 30,
  /** Height of a group's heading, and where its text sits in it. */
  groupHeading: { height: 22, baseline: 14 },
  /** Space above the first row. */
  top: 8,
  /** Height of the axis under the plot. */
  axis: 28,
  /** How far under the plot the axis's tick labels sit. */
  tickOffset: 18,
} as const;

/** A ratings matrix's layout. */
export const matrixLayout = {
  /** Width of the row labels left of the cells. */
  labelWidth: 200,
  /** Height of the column labels above the cells. */
  header: 34,
  /** Width of one column, cell and gap. */
  cellWidth: 46,
  /** Height of one row, and of a row with a second label line (a letter's date). */
  rowHeight: { plain: 32, dated: 40 },
  /** The share of a column's or row's band left empty between cells. */
  cellGap: { columns: 0.08, rows: 0.12 },
  /** Space right of and under the cells. */
  padding: 4,
} as const;

/**
 * What the compare page reads from a drawn chart: its kind, its width, where its first row starts (`data-top` of a
 * bar chart, `data-header` of a matrix), the distance from one row to the next (`data-step`, `data-row-height`),
 * for a bar chart the height of its axis (`data-axis`), and which of its rows, in order, are to be shown.
 */
export interface DrawnChart {
  kind: 'bars' | 'matrix';
  width: number;
  top: number;
  step: number;
  /** A bar chart's axis height; unused for a matrix. */
  axis: number;
  shown: readonly boolean[];
}

/** The data attributes a drawn bar chart carries for the re-layout: where its rows start, their step and its axis height. */
export function barRelayoutAttributes(g: BarGeometry): { 'data-top': string; 'data-step': string; 'data-axis': string } {
  const [first, second] = g.bars;
  return {
    'data-top': n(g.plot.y),
    'data-step': n(first && second ? second.y - first.y : g.plot.height),
    'data-axis': n(g.height - g.plot.y - g.plot.height),
  };
}

/** The data attributes a drawn matrix carries for the re-layout: its row step and where its rows start. */
export function matrixRelayoutAttributes(g: MatrixGeometry): { 'data-row-height': string; 'data-header': string } {
  const [first, second] = g.rows;
  return { 'data-row-height': n(first && second ? second.y - first.y : g.cell.height), 'data-header': n(g.header) };
}

/**
 * Reads a drawn chart back from its attributes (`attribute` is the SVG element's getAttribute), with which of its
 * rows are to be shown. A chart with `data-header` is a matrix; any other is a bar chart.
 */
export function readDrawnChart(attribute: (name: string) => string | null, width: number, shown: readonly boolean[]): DrawnChart {
  const number = (name: string) => Number(attribute(name));
  return attribute('data-header') !== null
    ? { kind: 'matrix', width, top: number('data-header'), step: number('data-row-height'), axis: 0, shown }
    : { kind: 'bars', width, top: number('data-top'), step: number('data-step'), axis: number('data-axis'), shown };
}

/** Where each row of a re-laid-out chart goes, and the chart's new size. */
export interface ChartRelayout {
  /** Per row, in order: its new y (for `translate(0 y)`), or undefined when it is hidden. */
  rows: (number | undefined)[];
  height: number;
  viewBox: string;
  /** For a bar chart: where the gridlines end (`y2`) and the tick labels sit (`y`). */
  axis?: { bottom: number; tickY: number };
}

/**
 * Lays out a drawn chart again with only the rows to be shown, closing up the gaps with the chart's own spacing:
 * the shown rows keep their order and step, and the chart (with a bar chart's axis) ends under the last of them.
 */
export function relayoutChart(chart: DrawnChart): ChartRelayout {
  let shown = 0;
  const rows = chart.shown.map((visible) => (visible ? chart.top + chart.step * shown++ : undefined));
  if (chart.kind === 'matrix') {
    const height = chart.top + chart.step * shown + matrixLayout.padding;
    return { rows, height, viewBox: `0 0 ${chart.width} ${height}` };
  }
  // The last bar ends one bar height below its top, not a whole step.
  const bottom = chart.top + chart.step * shown - (chart.step - barLayout.barHeight);
  const height = bottom + chart.axis;
  return { rows, height, viewBox: `0 0 ${chart.width} ${height}`, axis: { bottom, tickY: bottom + barLayout.tickOffset } };
}
