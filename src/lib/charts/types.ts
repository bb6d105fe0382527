import type { Rating } from '../../schemas/rating';

/** A chart's data as a table: what the chart's disclosure shows and its CSV download holds. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Which PDU and region each row is about, so the compare page can show just a selection. */
  rowKeys?: { pdu?: string; region?: string }[];
}

/** A letter a chart draws on, for its source line. */
export interface ChartSource {
  letterId: string;
  title: string;
  date: string;
}

/** What every chart has besides its geometry. */
export interface ChartBase {
  /** Stable id: the chart's anchor and its CSV's file name. */
  id: string;
  title: string;
  /** One line saying what the chart shows. */
  takeaway: string;
  /** The accessible description of the image. */
  description: string;
  table: ChartTable;
  sources: ChartSource[];
}

/** One bar of a horizontal bar chart. */
export interface Bar {
  key: string;
  label: string;
  /** Optional second line under the label, e.g. a date. */
  sublabel?: string;
  value: number;
  /** The value as printed at the bar's end, e.g. "10/24 (42%)". */
  valueLabel: string;
  /** When the bar is a PDU's result, its rating colours the bar and its word is printed. */
  rating?: Rating;
  /** Bars of one group are drawn together under the group's heading. */
  group?: string;
  /** Data attributes for the compare page's row filter. */
  pdu?: string;
  region?: string;
}

/** Laid-out geometry of a horizontal bar chart, in SVG user units. */
export interface BarGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  ticks: { x: number; label: string }[];
  /** A vertical reference line, e.g. 100 per cent of target. */
  reference?: { x: number; label: string };
  groups: { label: string; y: number }[];
  bars: (Bar & { x: number; y: number; barWidth: number; barHeight: number })[];
}

/** Laid-out geometry of a ratings matrix. */
export interface MatrixGeometry {
  width: number;
  height: number;
  columns: { key: string; label: string; name: string; x: number; width: number }[];
  rows: {
    key: string;
    label: string;
    sublabel?: string;
    y: number;
    height: number;
    pdu: string;
    region: string;
    cells: { column: string; x: number; rating?: Rating; text: string }[];
  }[];
  cell: { width: number; height: number };
  header: number;
  labelWidth: number;
}

/** Laid-out geometry of a line chart of scores over time. */
export interface LineGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  path: string;
  yTicks: { y: number; label: string }[];
  points: { x: number; y: number; label: string; sublabel: string; rating: Rating }[];
}

export type Chart =
  | (ChartBase & { kind: 'bars'; geometry: BarGeometry })
  | (ChartBase & { kind: 'matrix'; geometry: MatrixGeometry })
  | (ChartBase & { kind: 'line'; geometry: LineGeometry });
