/**
 * The layout values of the charts' forms (in SVG user units), and the re-layout the compare page does when it shows
 * only some rows of a drawn chart. The geometry modules (bars.ts, matrix.ts, line.ts) and the chart components draw
 * with these values, and the compare page's script closes up the rows with the same ones, so the two cannot drift
 * apart. Plain numbers and pure functions, with no d3, no fonts and no DOM, so the browser script can import it.
 */
import { svgNumber as n } from './svg';
import type { RowsFrame } from './types';

/** A horizontal bar chart's layout. */
export const barLayout = {
  /** Space between a label and its bar, and between a bar's end and its value. */
  labelGap: 8,
  valueGap: 6,
  /** The narrowest plot the wide form draws, and the width it aims at when its labels leave room. */
  minPlot: 240,
  width: 720,
  /** Height of one bar in the wide form, and in the narrow form (under its label and value). */
  barHeight: 22,
  stackedBarHeight: 16,
  /** Extra height of a row whose bar has a second label line under it, and that line's baseline below the bar's middle. */
  sublabelHeight: 16,
  sublabelOffset: 17,
  /** Space between one row and the next. */
  rowGap: 14,
  /** Space between the last row of a group and the next group's heading. */
  groupGap: 30,
  /** Height of a group's heading, and where its text sits in it. */
  groupHeading: { height: 22, baseline: 14 },
  /** Space above the first row, and the more kept above it for a reference line's label. */
  top: 8,
  referenceLabel: 20,
  /** Height of the axis under the plot. */
  axis: 28,
  /** How far under the plot the axis's tick labels sit. */
  tickOffset: 18,
} as const;

/** A ratings matrix's layout. */
export const matrixLayout = {
  /** Space between the row labels and the first column. */
  labelGap: 8,
  /** Height of the column labels above the cells. */
  header: 34,
  /** Width of one column, cell and gap. */
  cellWidth: 46,
  /** Height of one row, and of a row with a second label line (a letter's date). */
  rowHeight: { plain: 32, dated: 40 },
  /** In a row with a second label line, where the label's middle and the second line's baseline sit from the row's middle. */
  dated: { label: -5, sublabel: 12 },
  /** The share of a column's or row's band left empty between cells. */
  cellGap: { columns: 0.08, rows: 0.12 },
  /** Space right of and under the cells. */
  padding: 4,
  /** The narrow form of a few PDUs: the abbreviation's box, the space after it, between standards and between blocks. */
  swatch: { width: 34, height: 22 },
  swatchGap: 8,
  itemGap: 4,
  blockGap: 18,
  /**
   * The most rows drawn as blocks in the narrow form. Three blocks of nine standards are about 1,100 px high on a
   * phone, and each more block adds 360; from four rows the narrow form is the compact grid, which shows each PDU in
   * about 70 px (a name on one line).
   */
  blocksUpTo: 3,
  /** The compact form: the height of the column heads above the first row, of a cell, and between rows. */
  compact: { header: 30, cellHeight: 24, textGap: 2, rowGap: 10 },
} as const;

/** A narrow form's width: the content column at a 320 px viewport (320 less the page's 1rem margins). */
export const narrowWidth = 288;

/**
 * What the compare page reads from a drawn form: its width (viewBox) and the scale it is drawn at (its `width`
 * attribute over that), where its rows sit (`data-top`, `data-step`, `data-extent`, `data-below`), for a bar chart how
 * far under the last row its tick labels sit (`data-tick-offset`), and which of its rows, in order, are to be shown.
 */
export interface DrawnChart {
  width: number;
  scale: number;
  frame: RowsFrame;
  /** A bar chart's tick offset; undefined for a form without an axis. */
  tickOffset?: number;
  shown: readonly boolean[];
}

/** The data attributes a drawn form carries for the re-layout: where its rows sit and, for a bar chart, its tick offset. */
export function relayoutAttributes(frame: RowsFrame, axis = false): Record<string, string> {
  return {
    'data-top': n(frame.top),
    'data-step': n(frame.step),
    'data-extent': n(frame.extent),
    'data-below': n(frame.below),
    ...(axis ? { 'data-tick-offset': n(barLayout.tickOffset) } : {}),
  };
}

/**
 * The data attributes saying which PDU and region a row of a chart is about (`data-pdu`, `data-region`), which the
 * compare page reads to show a selection: for a row of a filterable chart only (ChartBase.filterable), none elsewhere.
 */
export function rowAttributes(
  filterable: boolean | undefined,
  keys: { pdu?: string; region?: string } | undefined,
): Record<string, string> {
  if (!filterable || !keys) return {};
  return { ...(keys.pdu ? { 'data-pdu': keys.pdu } : {}), ...(keys.region ? { 'data-region': keys.region } : {}) };
}

/**
 * Reads a drawn form back from its attributes (`attribute` is the SVG element's getAttribute), with which of its rows
 * are to be shown. `width` is the width of its viewBox.
 */
export function readDrawnChart(attribute: (name: string) => string | null, width: number, shown: readonly boolean[]): DrawnChart {
  const number = (name: string) => Number(attribute(name));
  const drawnWidth = Number(attribute('width'));
  const tick = attribute('data-tick-offset');
  return {
    width,
    scale: drawnWidth > 0 && width > 0 ? drawnWidth / width : 1,
    frame: { top: number('data-top'), step: number('data-step'), extent: number('data-extent'), below: number('data-below') },
    ...(tick !== null ? { tickOffset: Number(tick) } : {}),
    shown,
  };
}

/** Where each row of a re-laid-out form goes, and the form's new size. */
export interface ChartRelayout {
  /** Per row, in order: its new y (for `translate(0 y)`), or undefined when it is hidden. */
  rows: (number | undefined)[];
  /** The new height of the viewBox, and of the drawn SVG (its `height` attribute, at the form's scale). */
  height: number;
  drawnHeight: number;
  viewBox: string;
  /** For a bar chart: where the gridlines end (`y2`) and the tick labels sit (`y`). */
  axis?: { bottom: number; tickY: number };
}

/**
 * Lays out a drawn form again with only the rows to be shown, closing up the gaps with the form's own spacing: the
 * shown rows keep their order and step, and the form (with a bar chart's axis) ends under the last of them.
 */
export function relayoutChart(chart: DrawnChart): ChartRelayout {
  const { top, step, extent, below } = chart.frame;
  let shown = 0;
  const rows = chart.shown.map((visible) => (visible ? top + step * shown++ : undefined));
  const bottom = shown ? top + step * (shown - 1) + extent : top;
  const height = Math.round((bottom + below) * 10) / 10;
  return {
    rows,
    height,
    drawnHeight: Math.round(height * chart.scale * 10) / 10,
    viewBox: `0 0 ${chart.width} ${height}`,
    ...(chart.tickOffset !== undefined ? { axis: { bottom, tickY: bottom + chart.tickOffset } } : {}),
  };
}
