import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../../src/lib/charts/bars';
import { lineGeometry } from '../../../../src/lib/charts/line';
import { matrixGeometry } from '../../../../src/lib/charts/matrix';
import { svgNumber } from '../../../../src/lib/charts/svg';
import { must } from '../../../support';

describe('bar geometry', () => {
  const bars = [
    { key: 'a', label: 'A', value: 50, valueLabel: '50%' },
    { key: 'b', label: 'B', value: 100, valueLabel: '100%' },
    { key: 'c', label: 'C', value: 0, valueLabel: '0%' },
  ];
  const g = barGeometry(bars, { domainMax: 100, tickFormat: (v) => `${v}%` });
  const bar = (i: number) => must(g.bars[i], `bar ${i}`);

  it('draws bars in order, each as long as its value on a scale from zero', () => {
    expect(g.bars.map((b) => b.key)).toEqual(['a', 'b', 'c']);
    expect(bar(1).barWidth).toBeCloseTo(g.plot.width);
    expect(bar(0).barWidth).toBeCloseTo(g.plot.width / 2);
    expect(bar(2).barWidth).toBe(0);
    expect(bar(1).y - bar(0).y).toBe(bar(2).y - bar(1).y);
  });

  it('puts ticks at round values across the plot and a reference line where asked', () => {
    expect(g.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(g.ticks[0]?.x).toBe(g.plot.x);
    const ref = barGeometry([{ key: 'w', label: 'PO', value: 137, valueLabel: '137%' }], {
      tickFormat: String,
      reference: { value: 100, label: 'Target' },
    });
    const line = must(ref.reference, 'the reference line');
    const only = must(ref.bars[0], 'the bar');
    expect(line.x).toBeGreaterThan(ref.plot.x);
    expect(line.x).toBeLessThan(only.x + only.barWidth);
  });

  it('groups bars under headings, with space between groups', () => {
    const grouped = barGeometry(
      [
        { key: '1', label: 'Region', value: 24, valueLabel: '24%', group: 'PO' },
        { key: '2', label: 'Wigan', value: 26, valueLabel: '26%', group: 'PO' },
        { key: '3', label: 'Region', value: 25, valueLabel: '25%', group: 'PSO' },
      ],
      { domainMax: 100, tickFormat: String },
    );
    expect(grouped.groups.map((x) => x.label)).toEqual(['PO', 'PSO']);
    const y = (i: number) => must(grouped.bars[i], `bar ${i}`).y;
    expect(y(2) - y(1)).toBeGreaterThan(y(1) - y(0));
  });
});

describe('matrix geometry', () => {
  const g = matrixGeometry({
    columns: [
      { key: '1.1', label: '1.1', name: 'Leadership' },
      { key: '2.1', label: '2.1', name: 'Court work' },
    ],
    rows: [
      {
        key: 'mn',
        label: 'Manchester North',
        pdu: 'manchester-north',
        region: 'gm',
        ratings: { '1.1': 'requires-improvement', '2.1': undefined },
      },
      { key: 't', label: 'Tameside', pdu: 'tameside', region: 'gm', ratings: { '1.1': 'good', '2.1': 'inadequate' } },
    ],
  });

  it('gives every row a cell per column, with the rating’s abbreviation, NR when not rated', () => {
    expect(g.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['RI', 'NR'],
      ['G', 'I'],
    ]);
    expect(must(g.rows[0]?.cells[1], 'Manchester North’s 2.1 cell').rating).toBeUndefined();
  });

  it('places columns left to right and rows top to bottom without overlap', () => {
    const [first, second] = [must(g.columns[0], 'column 1.1'), must(g.columns[1], 'column 2.1')];
    const [top, below] = [must(g.rows[0], 'the first row'), must(g.rows[1], 'the second row')];
    expect(second.x).toBeGreaterThanOrEqual(first.x + g.cell.width);
    expect(below.y).toBeGreaterThanOrEqual(top.y + g.cell.height);
    expect(g.width).toBeGreaterThan(second.x + g.cell.width);
  });
});

describe('line geometry', () => {
  it('draws a PDU’s scores oldest to newest, higher shares higher up', () => {
    const g = lineGeometry([
      { key: 'a', label: 'Mar 2022', percent: 66.7, sublabel: '18/27 Good', rating: 'good' },
      { key: 'b', label: 'Jan 2024', percent: 33.3, sublabel: '9/27 RI', rating: 'requires-improvement' },
    ]);
    const [older, newer] = [must(g.points[0], 'the 2022 point'), must(g.points[1], 'the 2024 point')];
    expect(older.x).toBeLessThan(newer.x);
    expect(older.y).toBeLessThan(newer.y);
    expect(g.path).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(g.yTicks.map((t) => t.label)).toContain('100%');
  });
});

describe('SVG numbers', () => {
  it('round to one decimal place and never print -0', () => {
    expect(svgNumber(10.04)).toBe('10');
    expect(svgNumber(10.06)).toBe('10.1');
    expect(svgNumber(-0.01)).toBe('0');
  });
});
