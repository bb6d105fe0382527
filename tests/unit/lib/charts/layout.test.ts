import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../../src/lib/charts/bars';
import { measureAxis } from '../../../../src/lib/charts/key-figure-charts';
import {
  barLayout,
  barRelayoutAttributes,
  matrixLayout,
  matrixRelayoutAttributes,
  readDrawnChart,
  relayoutChart,
} from '../../../../src/lib/charts/layout';
import { matrixGeometry } from '../../../../src/lib/charts/matrix';

const bars = ['a', 'b', 'c', 'd'].map((key, i) => ({ key, label: key.toUpperCase(), value: 10 * (i + 1), valueLabel: `${10 * (i + 1)}%` }));
const barChart = barGeometry(bars, { domainMax: 100, tickFormat: (v) => `${v}%` });
const matrix = matrixGeometry({
  columns: [
    { key: '1.1', label: '1.1', name: 'Leadership' },
    { key: '1.2', label: '1.2', name: 'Staff' },
  ],
  rows: ['a', 'b', 'c'].map((key) => ({ key, label: key, pdu: key, region: 'r', ratings: { '1.1': 'good', '1.2': undefined } })),
});

/** The chart as the compare page reads it: through the attributes the component writes. */
const drawn = (attributes: Record<string, string>, width: number, shown: boolean[]) =>
  readDrawnChart((name) => attributes[name] ?? null, width, shown);

describe('re-laying out a bar chart for the compare page', () => {
  const attributes = barRelayoutAttributes(barChart);

  it('gives back the drawn chart when every row is shown: rows, height and axis', () => {
    const layout = relayoutChart(drawn(attributes, barChart.width, [true, true, true, true]));
    expect(layout.rows).toEqual(barChart.bars.map((b) => b.y));
    expect(layout.height).toBe(barChart.height);
    expect(layout.axis).toEqual({
      bottom: barChart.plot.y + barChart.plot.height,
      tickY: barChart.plot.y + barChart.plot.height + barLayout.tickOffset,
    });
    expect(layout.viewBox).toBe(`0 0 ${barChart.width} ${barChart.height}`);
  });

  it('closes up the rows shown, in order, with the chart’s own step, and ends the axis under the last', () => {
    const layout = relayoutChart(drawn(attributes, barChart.width, [false, true, false, true]));
    const step = barLayout.barHeight + barLayout.rowGap;
    expect(layout.rows).toEqual([undefined, barLayout.top, undefined, barLayout.top + step]);
    expect(layout.axis?.bottom).toBe(barLayout.top + step + barLayout.barHeight);
    expect(layout.height).toBe(barLayout.top + step + barLayout.barHeight + barLayout.axis);
  });

  it('reads a chart of one bar, whose step is its own height', () => {
    const one = barGeometry([bars[0] ?? { key: 'x', label: 'X', value: 1, valueLabel: '1' }], { tickFormat: String });
    const layout = relayoutChart(drawn(barRelayoutAttributes(one), one.width, [true]));
    expect(layout.height).toBe(one.height);
  });
});

describe('re-laying out a ratings matrix for the compare page', () => {
  const attributes = matrixRelayoutAttributes(matrix);

  it('is read as a matrix from its attributes', () => {
    expect(drawn(attributes, matrix.width, [true]).kind).toBe('matrix');
    expect(drawn(barRelayoutAttributes(barChart), barChart.width, [true]).kind).toBe('bars');
  });

  it('keeps every row where the geometry put it when all are shown, to within the attributes’ rounding', () => {
    const layout = relayoutChart(drawn(attributes, matrix.width, [true, true, true]));
    layout.rows.forEach((y, i) => expect(Math.abs((y ?? NaN) - (matrix.rows[i]?.y ?? NaN))).toBeLessThan(0.2));
  });

  it('moves the rows shown up under the header, a row step apart, and ends the chart the padding below them', () => {
    const step = Number(attributes['data-row-height']);
    const layout = relayoutChart(drawn(attributes, matrix.width, [false, false, true]));
    expect(layout.rows).toEqual([undefined, undefined, matrixLayout.header]);
    expect(layout.height).toBe(matrixLayout.header + step + matrixLayout.padding);
    expect(layout.axis).toBeUndefined();
  });
});

describe('the axis of each key-figure chart', () => {
  it('follows from the measure’s unit: percentages tick in %, a target is marked, rates run to 100%', () => {
    expect(measureAxis('vacancy-rate')).toMatchObject({ domainMax: 100 });
    expect(measureAxis('vacancy-rate').tickFormat(40)).toBe('40%');
    expect(measureAxis('workload')).toMatchObject({ reference: { value: 100, label: 'Target' } });
    expect(measureAxis('workload').domainMax).toBeUndefined();
    expect(measureAxis('average-caseload').tickFormat(40)).toBe('40');
    expect(measureAxis('workload-under-capacity').reference).toBeUndefined();
  });
});
