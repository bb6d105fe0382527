import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { max } from 'd3-array';
import type { Rating } from '../../schemas/rating';
import type { LineGeometry, LineRowsGeometry, TextLine } from './types';
import { must } from '../must';
import { barLayout } from './layout';
import { baselineIn, chartMeasure, chartText, wrapLines, type TextMeasure } from './text';

/** One inspection on a PDU's history chart. */
export interface HistoryPoint {
  key: string;
  /** Date label under the point, e.g. "Jan 2024". */
  label: string;
  /** Score as a share of its maximum, 0..100. */
  percent: number;
  /** Printed beside the point, e.g. "9/27". */
  sublabel: string;
  rating: Rating;
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The line through points, as an SVG path. */
const pathThrough = (points: readonly { x: number; y: number }[]) =>
  line<{ x: number; y: number }>()
    .x((p) => round(p.x))
    .y((p) => round(p.y))(points) ?? '';

/** The line chart's margins: left of the plot for the axis labels, right, above for the point labels, below for the dates. */
const margin = { left: 48, right: 40, top: 32, bottom: 56 };

/**
 * Lays out a PDU's score (as a share of its maximum) across inspections, oldest to newest (the wide form). Each point
 * has a band at least as wide as its labels (measured in the chart font), so labels never overlap: the chart is 640
 * wide or, with many inspections, as wide as their labels need.
 */
export function lineGeometry(points: readonly HistoryPoint[], measure: TextMeasure = chartMeasure()): LineGeometry {
  const widest = max(points.flatMap((p) => [measure(p.sublabel, chartText.size, true), measure(p.label, chartText.small)])) ?? 0;
  const band = Math.ceil(widest + 12);
  const plotWidth = Math.max(640 - margin.left - margin.right, band * points.length);
  const width = plotWidth + margin.left + margin.right;
  const height = 272;
  const plot = { x: margin.left, y: margin.top, width: plotWidth, height: height - margin.top - margin.bottom };
  const x = scalePoint<string>()
    .domain(points.map((p) => p.key))
    .range([plot.x, plot.x + plot.width])
    .padding(0.5);
  const y = scaleLinear()
    .domain([0, 100])
    .range([plot.y + plot.height, plot.y]);
  const placed = points.map((p) => ({
    x: must(x(p.key), `the place of point "${p.key}"`),
    y: y(p.percent),
    percent: p.percent,
    label: p.label,
    sublabel: p.sublabel,
    sublabelWidth: measure(p.sublabel, chartText.size, true),
    rating: p.rating,
  }));
  return { width, height, plot, path: pathThrough(placed), yTicks: y.ticks(5).map((t) => ({ y: y(t), label: `${t}%` })), points: placed };
}

/**
 * The same history for a narrow width (the narrow form): one row per inspection, oldest first, its month and score
 * written above a track across the width, a dot on the track at the share of the maximum, and a line joining the dots
 * from row to row. Ticks (0% to 100%) under the last row.
 */
export function lineRowsGeometry(g: LineGeometry, width: number, measure: TextMeasure = chartMeasure()): LineRowsGeometry {
  const ticks = [0, 20, 40, 60, 80, 100];
  const inset = Math.ceil(measure('100%', chartText.small) / 2) + 1;
  const plot = { x: inset, width: width - 2 * inset };
  const x = scaleLinear()
    .domain([0, 100])
    .range([plot.x, plot.x + plot.width]);
  const texts = g.points.map((p) => ({
    label: wrapLines(p.label, chartText.size, width, true),
    value: wrapLines(p.sublabel, chartText.size, width),
  }));
  const textHeight = Math.max(...texts.map((t) => (t.label.length + t.value.length) * chartText.line.size));
  const track = 16;
  const step = textHeight + 2 + track + barLayout.rowGap;
  const rows = g.points.map((p, i) => {
    const t = texts[i] ?? { label: [], value: [] };
    const lines: TextLine[] = [
      ...t.label.map((text) => ({ text, kind: 'label' as const, width: measure(text, chartText.size, true) })),
      ...t.value.map((text) => ({ text, kind: 'value' as const, width: measure(text, chartText.size) })),
    ].map((l, n) => ({ ...l, x: 0, y: n * chartText.line.size + baselineIn(chartText.line.size, chartText.size) }));
    return { key: `${i}`, y: barLayout.top + i * step, lines, track: textHeight + 2, dot: { x: x(p.percent), rating: p.rating } };
  });
  const bottom = barLayout.top + g.points.length * step - barLayout.rowGap;
  return {
    width,
    height: bottom + barLayout.axis,
    trackHeight: track,
    plot: { ...plot, tickY: bottom + barLayout.tickOffset },
    ticks: ticks.map((t) => ({ x: x(t), label: `${t}%` })),
    path: pathThrough(rows.map((r) => ({ x: r.dot.x, y: r.y + r.track + track / 2 }))),
    rows,
  };
}
