import type { Rating } from '../../schemas/rating';

/** A chart's data as a table: what the chart's disclosure shows and its CSV download holds. */
export interface ChartTable {
  caption: string;
  head: string[];
  rows: string[][];
  /** Which PDU and region each row is about, so the compare page can show just a selection (of a filterable chart). */
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
  /**
   * Whether a page shows only some of its rows (the compare page, src/scripts/compare.ts): only then do its drawn rows
   * and its table's rows say which PDU and region each is about (`data-pdu`, `data-region`), which elsewhere would be
   * bytes no one reads.
   */
  filterable?: boolean;
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

/**
 * Where the rows of a drawn form sit, so the compare page can show some of them and close up the gaps
 * (src/lib/charts/layout.ts): the first row's top, the distance from one row to the next, the height of a row's own
 * marks, and the height the form keeps below its last row (a bar chart's axis, a matrix's padding).
 */
export interface RowsFrame {
  top: number;
  step: number;
  extent: number;
  below: number;
}

/** Laid-out geometry of a horizontal bar chart with its labels left of the bars (the wide form), in SVG user units. */
export interface BarGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** The scale's domain, 0 to its (nice) maximum. */
  domainMax: number;
  ticks: { x: number; value: number; label: string }[];
  /** A vertical reference line, e.g. 100 per cent of target, its label's baseline above the plot. */
  reference?: { x: number; value: number; label: string; labelY: number };
  groups: { label: string; y: number }[];
  /** Each bar, with the height of its row (more with a sublabel) and the room its value label takes. */
  bars: (Bar & { x: number; y: number; barWidth: number; barHeight: number; rowHeight: number; valueWidth: number })[];
  frame: RowsFrame;
}

/** A line of text in a narrow form: where its baseline is (in its row), what it says and how it is set. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
  kind: 'label' | 'sublabel' | 'value' | 'heading';
  /** Its width, where a form draws a white backdrop under it (a line crossing it). */
  width?: number;
}

/**
 * Laid-out geometry of a horizontal bar chart with each bar's label and value written above it (the narrow form): every
 * bar can take the whole width, and no label is shortened. Rows are drawn at `translate(0 y)`; a row's lines, bar and
 * gridline segments are in its own coordinates.
 */
export interface StackedBarGeometry {
  width: number;
  height: number;
  /** Where the bars run across (x, width), and where the tick labels sit under the last row (tickY, a baseline). */
  plot: { x: number; width: number; tickY: number };
  ticks: { x: number; label: string }[];
  /** A reference line through every bar, its label centred under it (`labelX`) a line (`labelDy`) below the ticks. */
  reference?: { x: number; label: string; labelX: number; labelDy: number };
  groups: { label: string; y: number }[];
  bars: (Pick<Bar, 'key' | 'rating' | 'pdu' | 'region'> & {
    y: number;
    lines: TextLine[];
    bar: { y: number; width: number; height: number };
  })[];
  frame: RowsFrame;
}

/** Laid-out geometry of a ratings matrix (the wide form: one row per PDU, one column per standard). */
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
  frame: RowsFrame;
}

/**
 * Laid-out geometry of a ratings matrix as one block per PDU (the narrow form of a few PDUs): the PDU's name, then a line per
 * standard with the rating's abbreviation on its colour and the standard's number and name written out. Every block has
 * the same height, so the compare page can close them up.
 */
export interface MatrixBlocksGeometry {
  width: number;
  height: number;
  /** The abbreviation's box, left of each standard's name. */
  swatch: { width: number; height: number };
  blocks: {
    key: string;
    y: number;
    pdu: string;
    region: string;
    heading: TextLine[];
    /** A standard's line: its top and height in the block (the swatch is centred in it), rating and abbreviation, and name. */
    items: { column: string; y: number; height: number; rating?: Rating; text: string; lines: TextLine[] }[];
  }[];
  frame: RowsFrame;
}

/**
 * Laid-out geometry of a ratings matrix of many PDUs for a narrow width (the compact form): still a grid a phone can
 * scan, each PDU's name (and letter) on lines of its own above its row of cells, the standards' numbers as the column
 * heads; the standards' names are written out once under it (ChartSvg). Every row has the same height, so the compare
 * page can close rows up.
 */
export interface MatrixCompactGeometry {
  width: number;
  height: number;
  /** Each column's standard number (its label, centred over its cells, its baseline at `headY`) and name. */
  columns: { key: string; label: string; name: string; x: number; width: number }[];
  headY: number;
  /** Every cell's size, and its top in its row (the same in every row). */
  cell: { width: number; height: number; y: number };
  rows: {
    key: string;
    y: number;
    pdu: string;
    region: string;
    /** The PDU's name (kind 'label') and letter (kind 'sublabel'), ending just above the cells. */
    lines: TextLine[];
    cells: { column: string; x: number; rating?: Rating; text: string }[];
  }[];
  frame: RowsFrame;
}

/** Laid-out geometry of a line chart of scores over time (the wide form: time across, the share of the maximum up). */
export interface LineGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  path: string;
  yTicks: { y: number; label: string }[];
  /** Each point, with the width of its label above it (drawn on a white backdrop, so the line never runs through it). */
  points: { x: number; y: number; percent: number; label: string; sublabel: string; sublabelWidth: number; rating: Rating }[];
}

/**
 * Laid-out geometry of a score history as rows (the narrow form): each inspection a row, oldest first, with its
 * month and score written above a track on which a dot marks the share of the maximum; a line joins the dots.
 */
export interface LineRowsGeometry {
  width: number;
  height: number;
  plot: { x: number; width: number; tickY: number };
  ticks: { x: number; label: string }[];
  path: string;
  /** Each row's track (where its dot sits) starts `track` below the row's top and is `trackHeight` high. */
  trackHeight: number;
  rows: { key: string; y: number; lines: TextLine[]; track: number; dot: { x: number; rating: Rating } }[];
}

export type Chart =
  | (ChartBase & { kind: 'bars'; geometry: BarGeometry })
  | (ChartBase & { kind: 'matrix'; geometry: MatrixGeometry })
  | (ChartBase & { kind: 'line'; geometry: LineGeometry });
