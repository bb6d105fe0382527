import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barGeometry, stackedBarGeometry } from '../../../../src/lib/charts/bars';
import { breakpointFor, chartForms, drawnSize, formAt, formBreakpoints, narrowMaxScale } from '../../../../src/lib/charts/forms';
import { lineGeometry, lineRowsGeometry } from '../../../../src/lib/charts/line';
import {
  matrixBlocksGeometry,
  matrixCompactGeometry,
  matrixGeometry,
  matrixNarrowForm,
  type MatrixInput,
} from '../../../../src/lib/charts/matrix';
import { matrixLayout, narrowWidth } from '../../../../src/lib/charts/layout';
import { chartMeasure, chartText } from '../../../../src/lib/charts/text';
import type { TextLine } from '../../../../src/lib/charts/types';
import { must, root } from '../../../support';
import { charts } from '../images/model';

const measure = chartMeasure();
/** Whether a line of text, as set, ends within the width. */
const fits = (line: TextLine, width: number, size: number, bold = false) => line.x + measure(line.text, size, bold) <= width + 0.01;
const words = (lines: TextLine[]) => lines.map((l) => l.text).join(' ');

describe('the forms of every chart of the site', () => {
  it('are the wide form where it fits and the narrow one below it, one form at every width, never drawn below its own size', () => {
    for (const chart of charts.all) {
      const forms = chartForms(chart);
      const narrow = must(forms.at(-1), `the narrow form of ${chart.id}`);
      expect(narrow.from, chart.id).toBe(0);
      for (const [i, form] of forms.entries()) {
        if (i > 0) expect(form.until, chart.id).toBe(forms[i - 1]?.from);
        // A form is shown only where its container is at least as wide as it is drawn (except the narrowest, below 288 px).
        if (form !== narrow) expect(form.from, chart.id).toBeGreaterThanOrEqual(form.geometry.width);
      }
      expect(narrow.geometry.width, chart.id).toBeLessThanOrEqual(narrowWidth);
      for (const width of [288, 300, 358, 500, 640, 720, 992]) {
        const form = formAt(forms, width);
        expect(drawnSize(form, width).width / form.geometry.width, `${chart.id} at ${width}`).toBeGreaterThanOrEqual(1);
        expect(drawnSize(form, width).width, `${chart.id} at ${width}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('show the matrix as a grid on a wide page and as a block per PDU on a phone', () => {
    const matrix = must(charts.regions.get('greater-manchester')?.ratings, 'the region’s ratings');
    const forms = chartForms(matrix);
    expect(forms.map((f) => f.form)).toEqual(['grid', 'blocks']);
    expect(formAt(forms, 992).form).toBe('grid');
    expect(formAt(forms, 358).form).toBe('blocks');
    expect(formAt(forms, 288).form).toBe('blocks');
    // The narrow form grows with a phone's column, to at most 1.25 times its size.
    expect(drawnSize(formAt(forms, 358), 358).width).toBe(358);
    expect(drawnSize(formAt(forms, 500), 500).width).toBe(narrowWidth * narrowMaxScale);
  });

  it('show a matrix of up to three PDUs as blocks on a phone, and one of more as the compact grid', () => {
    expect([1, 2, 3, 4, 5, 73].map(matrixNarrowForm)).toEqual(['blocks', 'blocks', 'blocks', 'compact', 'compact', 'compact']);
    expect(matrixLayout.blocksUpTo).toBe(3);
    // The seed's matrix of its three PDUs, and the same with a fourth row.
    const three = must(charts.latest.ratings, 'the latest ratings');
    if (three.kind !== 'matrix') throw new Error('expected a matrix');
    const rows = three.geometry.rows;
    const four = matrixGeometry({
      columns: three.geometry.columns,
      rows: [...rows, { ...must(rows[0], 'a row'), key: 'fourth' }].map((r) => ({
        ...r,
        ratings: Object.fromEntries(r.cells.map((c) => [c.column, c.rating])),
      })),
    });
    expect(chartForms(three).map((f) => f.form)).toEqual(['grid', 'blocks']);
    expect(chartForms({ ...three, geometry: four }).map((f) => f.form)).toEqual(['grid', 'compact']);
  });

  it('start each wide form at the first breakpoint it fits, and the stylesheet has a container query for every breakpoint', () => {
    expect(breakpointFor(531)).toBe(560);
    expect(breakpointFor(560)).toBe(560);
    expect(breakpointFor(1200)).toBeUndefined();
    const css = readFileSync(`${root}src/styles/global.css`, 'utf8');
    for (const b of formBreakpoints) {
      expect(css, `${b}px`).toMatch(
        new RegExp(
          `@container chart \\(min-width: ${b}px\\) \\{\\s*\\.chart-form--from-${b} \\{\\s*display: block;\\s*\\}\\s*\\.chart-form--until-${b} \\{\\s*display: none;`,
        ),
      );
    }
  });
});

describe('the wide forms', () => {
  const longName = 'Hammersmith, Fulham, Kensington and Chelsea, and Westminster';

  it('keep a label column as wide as the longest PDU name, so no name is cut off', () => {
    const g = matrixGeometry({
      columns: [{ key: '1.1', label: '1.1', name: 'Leadership' }],
      rows: [
        { key: 'a', label: longName, pdu: 'a', region: 'london', ratings: { '1.1': 'good' } },
        { key: 'b', label: 'Wigan', pdu: 'b', region: 'nw', ratings: {} },
      ],
    });
    expect(g.labelWidth).toBeGreaterThan(measure(longName, chartText.size));
    expect(must(g.columns[0], 'the column').x).toBeGreaterThanOrEqual(g.labelWidth);
  });

  it('leave room for every bar’s label on its left and its value on its right', () => {
    const g = barGeometry(
      [
        { key: 'a', label: longName, value: 100, valueLabel: '27/27 (100%) · Outstanding' },
        { key: 'b', label: 'Wigan', value: 7, valueLabel: '7/27 (26%) · Requires improvement' },
      ],
      { domainMax: 100, tickFormat: String },
    );
    for (const b of g.bars) {
      expect(b.x - measure(b.label, chartText.size)).toBeGreaterThanOrEqual(0);
      expect(b.x + b.barWidth + measure(b.valueLabel, chartText.size)).toBeLessThanOrEqual(g.width);
    }
    expect(g.plot.width).toBeGreaterThanOrEqual(240);
  });
});

describe('the narrow forms', () => {
  it('write a bar’s label and value whole above it, each line within the width, and let the bar take the width', () => {
    for (const chart of charts.all) {
      if (chart.kind !== 'bars') continue;
      const g = stackedBarGeometry(chart.geometry, narrowWidth);
      g.bars.forEach((b, i) => {
        const source = must(chart.geometry.bars[i], `bar ${i} of ${chart.id}`);
        expect(b.key).toBe(source.key);
        expect(words(b.lines.filter((l) => l.kind === 'label'))).toBe(source.label);
        expect(words(b.lines.filter((l) => l.kind === 'value'))).toBe(source.valueLabel);
        for (const l of b.lines)
          expect(fits(l, g.width, l.kind === 'sublabel' ? chartText.small : chartText.size, l.kind === 'label'), l.text).toBe(true);
        expect(g.plot.x + b.bar.width).toBeLessThanOrEqual(g.width);
        // The bar sits under the lines.
        expect(b.bar.y).toBeGreaterThanOrEqual(Math.max(...b.lines.map((l) => l.y)));
      });
      const steps = g.bars.slice(1).map((b, i) => b.y - must(g.bars[i], 'the row above').y);
      if (!chart.geometry.groups.length) expect(new Set(steps).size, chart.id).toBeLessThanOrEqual(1);
    }
  });

  it('scale the bars as the wide form does: the same share of the plot', () => {
    const wide = barGeometry(
      [
        { key: 'a', label: 'A', value: 50, valueLabel: '50%' },
        { key: 'b', label: 'B', value: 100, valueLabel: '100%' },
      ],
      { domainMax: 100, tickFormat: (v) => `${v}%` },
    );
    const g = stackedBarGeometry(wide, 288);
    expect(must(g.bars[1], 'the full bar').bar.width).toBeCloseTo(g.plot.width);
    expect(must(g.bars[0], 'the half bar').bar.width).toBeCloseTo(g.plot.width / 2);
    expect(g.ticks.map((t) => t.label)).toEqual(wide.ticks.map((t) => t.label));
    // The tick labels under the plot's ends stay within the width.
    expect(must(g.ticks[0], 'the first tick').x - measure('0%', chartText.small) / 2).toBeGreaterThanOrEqual(0);
    expect(must(g.ticks.at(-1), 'the last tick').x + measure('100%', chartText.small) / 2).toBeLessThanOrEqual(288);
  });

  it('give the matrix a block per PDU, naming every standard by number and name beside its rating, all blocks alike', () => {
    const matrix = must(charts.regions.get('greater-manchester')?.ratings, 'the region’s ratings');
    if (matrix.kind !== 'matrix') throw new Error('expected a matrix');
    const g = matrixBlocksGeometry(matrix.geometry, narrowWidth);
    expect(g.blocks.map((b) => [b.pdu, words(b.heading)])).toEqual([
      ['manchester-north', 'Manchester North'],
      ['tameside', 'Tameside'],
      ['wigan', 'Wigan'],
    ]);
    for (const [i, block] of g.blocks.entries()) {
      expect(block.items.map((item) => words(item.lines))).toEqual(matrix.geometry.columns.map((c) => `${c.label} ${c.name}`));
      expect(block.items.map((item) => item.text)).toEqual(must(matrix.geometry.rows[i], 'the row').cells.map((c) => c.text));
      for (const item of block.items) for (const l of item.lines) expect(fits(l, g.width, chartText.size), l.text).toBe(true);
      if (i > 0) expect(block.y - must(g.blocks[i - 1], 'the block above').y).toBe(g.frame.step);
    }
    expect(
      words(
        must(g.blocks[0], 'the first block')
          .items.slice(4, 6)
          .flatMap((item) => item.lines),
      ),
    ).toBe('2.1 Court work 2.2 Assessment');
    expect(must(g.blocks[0], 'Manchester North').items[4]?.text).toBe('NR');
  });

  it('wrap a PDU name too long for the width onto more lines, and give every block that height', () => {
    const g = matrixBlocksGeometry(
      matrixGeometry({
        columns: [{ key: '1.1', label: '1.1', name: 'Leadership' }],
        rows: [
          { key: 'a', label: 'Hammersmith, Fulham, Kensington and Chelsea, and Westminster', pdu: 'a', region: 'l', ratings: {} },
          { key: 'b', label: 'Wigan', pdu: 'b', region: 'l', ratings: {} },
        ],
      }),
      narrowWidth,
    );
    const [long, short] = g.blocks;
    expect(long?.heading.length).toBeGreaterThan(1);
    for (const l of long?.heading ?? []) expect(fits(l, narrowWidth, chartText.heading, true)).toBe(true);
    expect(must(short, 'the short block').items[0]?.y).toBe(must(long, 'the long block').items[0]?.y);
  });

  /** A matrix of PDUs on the nine standards, each PDU's ratings from its index (every rating and not rated). */
  const nine = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.5'];
  const ratings = ['outstanding', 'good', 'requires-improvement', 'inadequate', undefined] as const;
  const manyPdus = (labels: string[], columns = nine, dated = false): MatrixInput => ({
    columns: columns.map((key) => ({ key, label: key, name: `Standard ${key}` })),
    rows: labels.map((label, r) => ({
      key: `k${r}`,
      label,
      ...(dated ? { sublabel: 'Letter 20 March 2024' } : {}),
      pdu: `p${r}`,
      region: 'r',
      ratings: Object.fromEntries(columns.map((c, i) => [c, ratings[(r + i) % ratings.length]])),
    })),
  });

  it('give a matrix of many PDUs a compact grid: each name whole on its own lines above its row of cells, every row alike', () => {
    const input = manyPdus([
      'Wigan',
      'Hammersmith, Fulham, Kensington and Chelsea, and Westminster',
      'Tameside',
      'Bolton',
      'Bury',
      'Oldham',
    ]);
    const wide = matrixGeometry(input);
    const g = matrixCompactGeometry(wide, narrowWidth);
    expect(g.width).toBe(narrowWidth);
    expect(g.columns.map((c) => c.label)).toEqual(nine);
    expect(g.rows.map((r) => [r.pdu, words(r.lines)])).toEqual(input.rows.map((r) => [r.pdu, r.label]));
    // The long name takes more than one line, each within the width; every row keeps room for it.
    expect(must(g.rows[1], 'the long name').lines.length).toBeGreaterThan(1);
    for (const row of g.rows) {
      for (const l of row.lines) expect(fits(l, g.width, chartText.size, true), l.text).toBe(true);
      // The name ends just above the row's cells: its last baseline, and a descender under it, above the cells' top.
      const last = must(row.lines.at(-1), 'the last line');
      expect(last.y + chartText.size * 0.25).toBeLessThanOrEqual(g.cell.y);
      expect(g.cell.y - last.y).toBeLessThan(chartText.line.size);
      expect(row.cells.map((c) => c.text)).toEqual(
        must(
          wide.rows.find((w) => w.key === row.key),
          'the row',
        ).cells.map((c) => c.text),
      );
    }
    g.rows.forEach((row, i) => expect(row.y).toBeCloseTo(g.frame.top + i * g.frame.step));
    expect(g.frame.extent).toBe(g.cell.y + g.cell.height);
    expect(g.height).toBeCloseTo(g.frame.top + (g.rows.length - 1) * g.frame.step + g.frame.extent + g.frame.below);
  });

  it('fit every abbreviation in the compact grid’s cells, the columns within the width and each head over its column', () => {
    const g = matrixCompactGeometry(matrixGeometry(manyPdus(['A', 'B', 'C', 'D', 'E'])), narrowWidth);
    const widest = Math.max(...['O', 'G', 'RI', 'I', 'NR'].map((a) => measure(a, chartText.size, true)));
    expect(g.cell.width).toBeGreaterThanOrEqual(widest + 4);
    const [first] = g.columns;
    const last = must(g.columns.at(-1), 'the last column');
    // Outlines 1.5 wide stay inside the chart.
    expect(must(first, 'the first column').x).toBeGreaterThanOrEqual(0.75);
    expect(last.x + last.width).toBeLessThanOrEqual(g.width - 0.75);
    for (const c of g.columns) expect(measure(c.label, chartText.small, true)).toBeLessThan(c.width);
    expect(g.headY).toBeLessThan(g.frame.top);
    for (const row of g.rows) for (const [i, cell] of row.cells.entries()) expect(cell.x).toBe(g.columns[i]?.x);
  });

  it('keep a compact grid of a few standards at the wide form’s column width, and write each PDU’s letter under its name', () => {
    const wide = matrixGeometry(manyPdus(['Wigan', 'Bolton', 'Bury', 'Oldham'], ['2.1', '2.2', '2.3', '2.4', '2.5'], true));
    const g = matrixCompactGeometry(wide, narrowWidth);
    const step = (columns: { x: number }[]) => must(columns[1], 'the second column').x - must(columns[0], 'the first column').x;
    expect(step(g.columns)).toBeCloseTo(step(wide.columns));
    expect(g.cell.width).toBeCloseTo(wide.cell.width);
    for (const row of g.rows) {
      expect(row.lines.map((l) => [l.kind, l.text])).toEqual([
        [
          'label',
          must(
            wide.rows.find((w) => w.key === row.key),
            'the row',
          ).label,
        ],
        ['sublabel', 'Letter 20 March 2024'],
      ]);
      expect(must(row.lines[1], 'the letter').y).toBeGreaterThan(must(row.lines[0], 'the name').y);
    }
  });

  it('draw a score history as rows, oldest first, a dot on each row’s track at the share of the maximum', () => {
    const wide = lineGeometry([
      { key: 'a', label: 'March 2022', percent: 66.7, sublabel: '18/27 Good', rating: 'good' },
      { key: 'b', label: 'January 2024', percent: 33.3, sublabel: '9/27 Requires improvement', rating: 'requires-improvement' },
      { key: 'c', label: 'June 2024', percent: 100, sublabel: '27/27 Outstanding', rating: 'outstanding' },
    ]);
    const g = lineRowsGeometry(wide, narrowWidth);
    expect(g.rows.map((r) => words(r.lines))).toEqual([
      'March 2022 18/27 Good',
      'January 2024 9/27 Requires improvement',
      'June 2024 27/27 Outstanding',
    ]);
    const [first, second, third] = g.rows;
    expect(first?.dot.x).toBeCloseTo(g.plot.x + (g.plot.width * 66.7) / 100);
    expect(third?.dot.x).toBeCloseTo(g.plot.x + g.plot.width);
    expect(must(second, 'the second row').y).toBeGreaterThan(must(first, 'the first row').y);
    expect(g.path.match(/[ML]/g)).toHaveLength(3);
    // Each line of text has its width, for the white backdrop that keeps the line from running through it.
    for (const row of g.rows) for (const l of row.lines) expect(l.width).toBeCloseTo(measure(l.text, chartText.size, l.kind === 'label'));
  });

  it('give the wide line chart room for every point’s labels, however many inspections', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      key: `k${i}`,
      label: `January ${2010 + i}`,
      percent: 50,
      sublabel: '9/27 Requires improvement',
      rating: 'requires-improvement' as const,
    }));
    const g = lineGeometry(many);
    const [a, b] = g.points;
    expect(must(b, 'the second point').x - must(a, 'the first point').x).toBeGreaterThan(
      measure('9/27 Requires improvement', chartText.size, true),
    );
  });
});
