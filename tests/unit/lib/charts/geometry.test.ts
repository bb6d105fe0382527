import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../../src/lib/charts/bars';
import { lineGeometry } from '../../../../src/lib/charts/line';
import { matrixGeometry } from '../../../../src/lib/charts/matrix';
import { svgNumber } from '../../../../src/lib/charts/svg';

describe('bar geometry', () => {
  const bars = [
    { key: 'a', label: 'A', value: 50, valueLabel: '50%' },
    { key: 'b', label: 'B', value: 100, valueLabel: '100%' },
    { key: 'c', label: 'C', value: 0, valueLabel: '0%' },
  ];
  const g = barGeometry(bars, { domainMax: 100, tickFormat: (v) => `${v}%` });

  it('draws bars in order, each as long as its value on a scale from zero', () => {
    expect(g.bars.map((b) => b.key)).toEqual(['a', 'b', 'c']);
    expect(g.bars[1].barWidth).toBeCloseTo(g.plot.width);
    expect(g.bars[0].barWidth).toBeCloseTo(g.plot.width / 2);
    expect(g.bars[2].barWidth).toBe(0);
    expect(g.bars[1].y - g.bars[0].y).toBe(g.bars[2].y - g.bars[1].y);
  });

  it('puts ticks at round values across the plot and a reference line where asked', () => {
    expect(g.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(g.ticks[0].x).toBe(g.plot.x);
    const ref = barGeometry([{ key: 'w', label: 'PO', value: 137, valueLabel: '137%' }], {
      tickFormat: String,
      reference: { value: 100, label: 'Target' },
    });
    expect(ref.reference!.x).toBeGreaterThan(ref.plot.x);
    expect(ref.reference!.x).toBeLessThan(ref.bars[0].x + ref.bars[0].barWidth);
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
    expect(grouped.bars[2].y - grouped.bars[1].y).toBeGreaterThan(grouped.bars[1].y - grouped.bars[0].y);
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
    expect(g.rows[0].cells[1].rating).toBeUndefined();
  });

  it('places columns left to right and rows top to bottom without overlap', () => {
    expect(g.columns[1].x).toBeGreaterThanOrEqual(g.columns[0].x + g.cell.width);
    expect(g.rows[1].y).toBeGreaterThanOrEqual(g.rows[0].y + g.cell.height);
    expect(g.width).toBeGreaterThan(g.columns[1].x + g.cell.width);
  });
});

describe('line geometry', () => {
  it('draws a PDU’s scores oldest to newest, higher shares higher up', () => {
    const g = lineGeometry([
      { key: 'a', label: 'Mar 2022', percent: 66.7, sublabel: '18/27 Good', rating: 'good' },
      { key: 'b', label: 'Jan 2024', percent: 33.3, sublabel: '9/27 RI', rating: 'requires-improvement' },
    ]);
    expect(g.points[0].x).toBeLessThan(g.points[1].x);
    expect(g.points[0].y).toBeLessThan(g.points[1].y);
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
