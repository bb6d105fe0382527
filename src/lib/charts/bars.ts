import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { barLayout } from './layout';
import type { Bar, BarGeometry } from './types';

/** Layout choices for a bar chart. */
export interface BarOptions {
  /** The largest value the axis shows; defaults to a nice value above the largest bar. */
  domainMax?: number;
  /** Formats an axis tick. */
  tickFormat: (v: number) => string;
  /** A vertical reference line, e.g. the workload target at 100. */
  reference?: { value: number; label: string };
  width?: number;
}

const { labelWidth, valueWidth, barHeight, sublabelHeight, rowGap, groupGap, groupHeading, top, axis } = barLayout;

/**
 * Lays out horizontal bars: labels on the left, bars on a linear scale from zero, the value (and rating
 * word, when there is one) printed at each bar's end, bars of a group together under its heading.
 */
export function barGeometry(bars: readonly Bar[], options: BarOptions): BarGeometry {
  const width = options.width ?? 760;
  const plotWidth = width - labelWidth - valueWidth;
  const domainMax = options.domainMax ?? (max([...bars.map((b) => b.value), options.reference?.value ?? 0]) || 1);
  const x = scaleLinear().domain([0, domainMax]).range([0, plotWidth]).nice();
  let y = top;
  let group: string | undefined;
  const groups: BarGeometry['groups'] = [];
  const laid = bars.map((bar) => {
    if (bar.group !== undefined && bar.group !== group) {
      group = bar.group;
      y += groups.length ? groupGap - rowGap : 0;
      groups.push({ label: bar.group, y: y + groupHeading.baseline });
      y += groupHeading.height;
    }
    const rowHeight = bar.sublabel ? barHeight + sublabelHeight : barHeight;
    const placed = { ...bar, x: labelWidth, y, barWidth: Math.max(x(bar.value), bar.value > 0 ? 2 : 0), barHeight };
    y += rowHeight + rowGap;
    return placed;
  });
  const plotHeight = y - top - rowGap;
  return {
    width,
    height: y - rowGap + axis,
    plot: { x: labelWidth, y: top, width: plotWidth, height: plotHeight },
    ticks: x.ticks(5).map((t) => ({ x: labelWidth + x(t), label: options.tickFormat(t) })),
    ...(options.reference ? { reference: { x: labelWidth + x(options.reference.value), label: options.reference.label } } : {}),
    groups,
    bars: laid,
  };
}
