import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { barLayout } from './layout';
import { baselineIn, chartMeasure, chartText, wrapLines, type TextMeasure } from './text';
import type { Bar, BarGeometry, StackedBarGeometry, TextLine } from './types';

/** Layout choices for a bar chart. */
export interface BarOptions {
  /** The largest value the axis shows; defaults to a nice value above the largest bar. */
  domainMax?: number;
  /** Formats an axis tick. */
  tickFormat: (v: number) => string;
  /** A vertical reference line, e.g. the workload target at 100. */
  reference?: { value: number; label: string };
  /** The measure of the labels' text; the shipped font's by default. */
  measure?: TextMeasure;
}

const { labelGap, valueGap, barHeight, sublabelHeight, rowGap, groupGap, groupHeading, axis } = barLayout;

/**
 * Lays out horizontal bars (the wide form): labels on the left, bars on a linear scale from zero, the value (and rating
 * word, when there is one) printed at each bar's end, bars of a group together under its heading. The label column and
 * the room for the values are as wide as the longest of each, measured in the chart font, so nothing is cut off; the
 * plot takes what is left of `barLayout.width`, and never less than `barLayout.minPlot`.
 */
export function barGeometry(bars: readonly Bar[], options: BarOptions): BarGeometry {
  const measure = options.measure ?? chartMeasure();
  const widest = (texts: string[], size: number, bold = false) => max(texts.map((t) => measure(t, size, bold))) ?? 0;
  const labelWidth = Math.ceil(
    Math.max(
      widest(
        bars.map((b) => b.label),
        chartText.size,
      ),
      widest(
        bars.flatMap((b) => b.sublabel ?? []),
        chartText.small,
      ),
    ) + labelGap,
  );
  const valueWidth = Math.ceil(
    widest(
      bars.map((b) => b.valueLabel),
      chartText.size,
    ) +
      valueGap +
      4,
  );
  const plotWidth = Math.max(barLayout.minPlot, barLayout.width - labelWidth - valueWidth);
  const domainMax = options.domainMax ?? (max([...bars.map((b) => b.value), options.reference?.value ?? 0]) || 1);
  const x = scaleLinear().domain([0, domainMax]).range([0, plotWidth]).nice();
  // A reference line's label sits above the plot, clear of the first bar.
  const top = barLayout.top + (options.reference ? barLayout.referenceLabel : 0);
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
    const placed = {
      ...bar,
      x: labelWidth,
      y,
      barWidth: Math.max(x(bar.value), bar.value > 0 ? 2 : 0),
      barHeight,
      rowHeight,
      valueWidth: measure(bar.valueLabel, chartText.size),
    };
    y += rowHeight + rowGap;
    return placed;
  });
  const plotHeight = y - top - rowGap;
  const [first, second] = laid;
  return {
    width: labelWidth + plotWidth + valueWidth,
    height: y - rowGap + axis,
    plot: { x: labelWidth, y: top, width: plotWidth, height: plotHeight },
    domainMax: x.domain()[1] ?? domainMax,
    ticks: x.ticks(5).map((t) => ({ x: labelWidth + x(t), value: t, label: options.tickFormat(t) })),
    ...(options.reference
      ? {
          reference: {
            x: labelWidth + x(options.reference.value),
            value: options.reference.value,
            label: options.reference.label,
            labelY: top - 8,
          },
        }
      : {}),
    groups,
    bars: laid,
    frame: { top, step: first && second ? second.y - first.y : plotHeight + rowGap, extent: barHeight, below: axis },
  };
}

/**
 * The same bars for a narrow width (the narrow form): each bar's label, then its sublabel and value, written on lines
 * of their own above it (wrapped to the width, never shortened), and the bar below them free to take the whole width.
 * Every row has the same height (that of the row with most lines), so the compare page can close rows up.
 */
export function stackedBarGeometry(g: BarGeometry, width: number, measure: TextMeasure = chartMeasure()): StackedBarGeometry {
  // The plot leaves half the widest tick label free at each end, so the labels under its ends are not cut off.
  const margin = Math.ceil(Math.max(0, ...g.ticks.map((t) => measure(t.label, chartText.small))) / 2) + 1;
  const plot = { x: margin, width: width - 2 * margin };
  const x = scaleLinear()
    .domain([0, g.domainMax])
    .range([plot.x, plot.x + plot.width]);
  const wrap = (text: string, size: number, bold = false) => wrapLines(text, size, plot.width, bold);
  const texts = g.bars.map((b) => ({
    label: wrap(b.label, chartText.size, true),
    sublabel: b.sublabel ? wrap(b.sublabel, chartText.small) : [],
    value: wrap(b.valueLabel, chartText.size),
  }));
  const textHeight = Math.max(
    ...texts.map((t) => (t.label.length + t.value.length) * chartText.line.size + t.sublabel.length * chartText.line.small),
  );
  const extent = textHeight + 2 + barLayout.stackedBarHeight;
  const groups: StackedBarGeometry['groups'] = [];
  let y: number = barLayout.top;
  let group: string | undefined;
  const bars = g.bars.map((b, i) => {
    if (b.group !== undefined && b.group !== group) {
      group = b.group;
      y += groups.length ? groupGap - rowGap : 0;
      groups.push({ label: b.group, y: y + groupHeading.baseline });
      y += groupHeading.height;
    }
    const t = texts[i] ?? { label: [], sublabel: [], value: [] };
    const lines: TextLine[] = [];
    let lineTop = 0;
    const add = (texts: string[], kind: TextLine['kind'], size: number, lineHeight: number) => {
      for (const text of texts) {
        lines.push({ x: plot.x, y: lineTop + baselineIn(lineHeight, size), text, kind });
        lineTop += lineHeight;
      }
    };
    add(t.label, 'label', chartText.size, chartText.line.size);
    add(t.sublabel, 'sublabel', chartText.small, chartText.line.small);
    add(t.value, 'value', chartText.size, chartText.line.size);
    const row = {
      key: b.key,
      ...(b.rating ? { rating: b.rating } : {}),
      ...(b.pdu ? { pdu: b.pdu } : {}),
      ...(b.region ? { region: b.region } : {}),
      y,
      lines,
      bar: { y: textHeight + 2, width: Math.max(x(b.value) - plot.x, b.value > 0 ? 2 : 0), height: barLayout.stackedBarHeight },
    };
    y += extent + rowGap;
    return row;
  });
  const bottom = y - rowGap;
  const [first, second] = bars;
  // A reference line's label goes under the tick labels, centred on the line but kept within the width.
  const reference = g.reference && {
    x: x(g.reference.value),
    label: g.reference.label,
    labelX: Math.min(
      Math.max(x(g.reference.value), measure(g.reference.label, chartText.small, true) / 2 + 1),
      width - measure(g.reference.label, chartText.small, true) / 2 - 1,
    ),
    labelDy: chartText.line.small,
  };
  const below = axis + (reference ? chartText.line.small : 0);
  return {
    width,
    height: bottom + below,
    plot: { ...plot, tickY: bottom + barLayout.tickOffset },
    ticks: g.ticks.map((t) => ({ x: x(t.value), label: t.label })),
    ...(reference ? { reference } : {}),
    groups,
    bars,
    frame: { top: barLayout.top, step: first && second ? second.y - first.y : extent + rowGap, extent, below },
  };
}
