import { describe, expect, it } from 'vitest';
import { barGeometry, stackedBarGeometry } from '../../../../src/lib/charts/bars';
import { measureAxis } from '../../../../src/lib/charts/key-figure-charts';
import {
  barLayout,
  matrixLayout,
  readDrawnChart,
  relayoutAttributes,
  relayoutChart,
  rowAttributes,
} from '../../../../src/lib/charts/layout';
import { matrixBlocksGeometry, matrixCompactGeometry, matrixGeometry } from '../../../../src/lib/charts/matrix';
import type { RowsFrame } from '../../../../src/lib/charts/types';

const bars = ['a', 'b', 'c', 'd'].map((key, i) => ({ key, label: key.toUpperCase(), value: 10 * (i + 1), valueLabel: `${10 * (i + 1)}%` }));
const barChart = barGeometry(bars, { domainMax: 100, tickFormat: (v) => `${v}%` });
const stacked = stackedBarGeometry(barChart, 288);
const matrix = matrixGeometry({
  columns: [
    { key: '1.1', label: '1.1', name: 'Leadership' },
    { key: '1.2', label: '1.2', name: 'Staff' },
  ],
  rows: ['a', 'b', 'c'].map((key) => ({ key, label: key, pdu: key, region: 'r', ratings: { '1.1': 'good', '1.2': undefined } })),
});
const blocks = matrixBlocksGeometry(matrix, 288);

/** A form as the compare page reads it: through the attributes the component writes, drawn at `scale` times its size. */
const drawn = (frame: RowsFrame, axis: boolean, width: number, shown: boolean[], scale = 1) => {
  const attributes: Record<string, string> = { ...relayoutAttributes(frame, axis), width: String(width * scale) };
  return readDrawnChart((name) => attributes[name] ?? null, width, shown);
};

describe('re-laying out a bar chart for the compare page', () => {
  it('gives back the drawn chart when every row is shown: rows, height and axis', () => {
    const layout = relayoutChart(drawn(barChart.frame, true, barChart.width, [true, true, true, true]));
    expect(layout.rows).toEqual(barChart.bars.map((b) => b.y));
    expect(layout.height).toBe(barChart.height);
    expect(layout.axis).toEqual({
      bottom: barChart.plot.y + barChart.plot.height,
      tickY: barChart.plot.y + barChart.plot.height + barLayout.tickOffset,
    });
    expect(layout.viewBox).toBe(`0 0 ${barChart.width} ${barChart.height}`);
  });

  it('closes up the rows shown, in order, with the chart’s own step, and ends the axis under the last', () => {
    const layout = relayoutChart(drawn(barChart.frame, true, barChart.width, [false, true, false, true]));
    const step = barLayout.barHeight + barLayout.rowGap;
    expect(layout.rows).toEqual([undefined, barLayout.top, undefined, barLayout.top + step]);
    expect(layout.axis?.bottom).toBe(barLayout.top + step + barLayout.barHeight);
    expect(layout.height).toBe(barLayout.top + step + barLayout.barHeight + barLayout.axis);
  });

  it('reads a chart of one bar, whose step is its own height', () => {
    const one = barGeometry([bars[0] ?? { key: 'x', label: 'X', value: 1, valueLabel: '1' }], { tickFormat: String });
    const layout = relayoutChart(drawn(one.frame, true, one.width, [true]));
    expect(layout.height).toBe(one.height);
  });

  it('closes up the narrow form’s rows the same way, labels and all, and gives its height at the scale it is drawn', () => {
    const all = relayoutChart(drawn(stacked.frame, true, stacked.width, [true, true, true, true], 1.25));
    expect(all.rows).toEqual(stacked.bars.map((b) => b.y));
    expect(all.height).toBeCloseTo(stacked.height, 1);
    expect(all.drawnHeight).toBeCloseTo(stacked.height * 1.25, 0);
    expect(all.axis?.tickY).toBeCloseTo(stacked.plot.tickY, 1);
    const two = relayoutChart(drawn(stacked.frame, true, stacked.width, [true, false, false, true]));
    expect(two.rows).toEqual([stacked.bars[0]?.y, undefined, undefined, stacked.bars[1]?.y]);
    expect(two.height).toBeCloseTo(stacked.height - 2 * stacked.frame.step, 1);
  });
});

describe('the rows of a chart', () => {
  it('say which PDU and region they are about on a chart the compare page filters, and nothing on another', () => {
    expect(rowAttributes(true, { pdu: 'wigan', region: 'greater-manchester' })).toEqual({
      'data-pdu': 'wigan',
      'data-region': 'greater-manchester',
    });
    expect(rowAttributes(true, { region: 'greater-manchester' })).toEqual({ 'data-region': 'greater-manchester' });
    expect(rowAttributes(false, { pdu: 'wigan', region: 'greater-manchester' })).toEqual({});
    expect(rowAttributes(undefined, { pdu: 'wigan' })).toEqual({});
    expect(rowAttributes(true, undefined)).toEqual({});
  });
});

describe('re-laying out a ratings matrix for the compare page', () => {
  it('keeps every row where the geometry put it when all are shown, to within the attributes’ rounding', () => {
    const layout = relayoutChart(drawn(matrix.frame, false, matrix.width, [true, true, true]));
    layout.rows.forEach((y, i) => expect(Math.abs((y ?? NaN) - (matrix.rows[i]?.y ?? NaN))).toBeLessThan(0.2));
    expect(Math.abs(layout.height - matrix.height)).toBeLessThan(0.3);
    expect(layout.axis).toBeUndefined();
  });

  it('moves the rows shown up under the header, a row step apart, and ends the chart the padding below them', () => {
    const layout = relayoutChart(drawn(matrix.frame, false, matrix.width, [false, false, true]));
    expect(layout.rows).toEqual([undefined, undefined, matrixLayout.header]);
    expect(layout.height).toBeCloseTo(matrixLayout.header + matrix.cell.height + matrixLayout.padding, 1);
  });

  it('closes up the narrow form’s blocks, one per PDU, and ends under the last block shown', () => {
    const all = relayoutChart(drawn(blocks.frame, false, blocks.width, [true, true, true]));
    expect(all.rows).toEqual(blocks.blocks.map((b) => b.y));
    expect(all.height).toBeCloseTo(blocks.height, 1);
    const last = relayoutChart(drawn(blocks.frame, false, blocks.width, [false, false, true]));
    expect(last.rows).toEqual([undefined, undefined, blocks.frame.top]);
    expect(last.height).toBeCloseTo(blocks.frame.top + blocks.frame.extent, 1);
  });
});

describe('re-laying out the compact form of a matrix of many PDUs', () => {
  const many = matrixGeometry({
    columns: matrix.columns,
    rows: ['a', 'b', 'c', 'd', 'e'].map((key) => ({ key, label: key, pdu: key, region: 'r', ratings: { '1.1': 'good' } })),
  });
  const compact = matrixCompactGeometry(many, 288);

  it('keeps every row where the geometry put it when all are shown', () => {
    const all = relayoutChart(drawn(compact.frame, false, compact.width, [true, true, true, true, true]));
    expect(all.rows).toEqual(compact.rows.map((r) => r.y));
    expect(all.height).toBeCloseTo(compact.height, 1);
  });

  it('moves the rows shown up under the column heads, a row apart, and ends the padding below the last', () => {
    const two = relayoutChart(drawn(compact.frame, false, compact.width, [false, true, false, false, true], 1.25));
    expect(two.rows).toEqual([undefined, compact.frame.top, undefined, undefined, compact.frame.top + compact.frame.step]);
    expect(two.height).toBeCloseTo(compact.frame.top + compact.frame.step + compact.frame.extent + compact.frame.below, 1);
    expect(two.drawnHeight).toBeCloseTo(two.height * 1.25, 1);
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
