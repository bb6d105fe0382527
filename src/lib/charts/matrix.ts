import { scaleBand } from 'd3-scale';
import { max } from 'd3-array';
import type { Rating } from '../../schemas/rating';
import type { MatrixBlocksGeometry, MatrixCompactGeometry, MatrixGeometry, TextLine } from './types';
import { must } from '../must';
import { ratingAbbreviations } from '../language/vocabulary';
import { matrixLayout } from './layout';
import { baselineIn, chartMeasure, chartText, wrapLines, type TextMeasure } from './text';

/** What the matrix draws: columns (standards) and rows (PDU inspections) with a rating per column. */
export interface MatrixInput {
  columns: { key: string; label: string; name: string }[];
  rows: { key: string; label: string; sublabel?: string; pdu: string; region: string; ratings: Record<string, Rating | undefined> }[];
}

/**
 * Lays out a matrix of rating cells with d3's band scales (the wide form): one row per PDU inspection, one column per
 * standard. The row labels' column is as wide as the longest label, measured in the chart font, so no name is cut off.
 */
export function matrixGeometry(input: MatrixInput, measure: TextMeasure = chartMeasure()): MatrixGeometry {
  const { labelGap, header, cellWidth, cellGap, padding } = matrixLayout;
  const widest =
    max(input.rows.flatMap((r) => [measure(r.label, chartText.size), r.sublabel ? measure(r.sublabel, chartText.small) : 0])) ?? 0;
  const labelWidth = Math.ceil(widest + labelGap);
  const rowHeight = input.rows.some((r) => r.sublabel) ? matrixLayout.rowHeight.dated : matrixLayout.rowHeight.plain;
  const x = scaleBand<string>()
    .domain(input.columns.map((c) => c.key))
    .range([labelWidth, labelWidth + cellWidth * input.columns.length])
    .paddingInner(cellGap.columns);
  const y = scaleBand<string>()
    .domain(input.rows.map((r) => r.key))
    .range([header, header + rowHeight * input.rows.length])
    .paddingInner(cellGap.rows);
  // Every column and row key is in its scale's domain, so each has a place.
  const columnX = (key: string) => must(x(key), `the place of column "${key}"`);
  const rowY = (key: string) => must(y(key), `the place of row "${key}"`);
  const rows = input.rows.map((r) => ({
    key: r.key,
    label: r.label,
    ...(r.sublabel !== undefined ? { sublabel: r.sublabel } : {}),
    pdu: r.pdu,
    region: r.region,
    y: rowY(r.key),
    height: y.bandwidth(),
    cells: input.columns.map((c) => {
      const rating = r.ratings[c.key];
      return { column: c.key, x: columnX(c.key), ...(rating ? { rating } : {}), text: ratingAbbreviations[rating ?? 'not-rated'] };
    }),
  }));
  const last = rows.at(-1);
  const bottom = last ? last.y + last.height : header;
  return {
    width: labelWidth + cellWidth * input.columns.length + padding,
    height: bottom + padding,
    header,
    labelWidth,
    cell: { width: x.bandwidth(), height: y.bandwidth() },
    columns: input.columns.map((c) => ({ ...c, x: columnX(c.key), width: x.bandwidth() })),
    rows,
    frame: { top: header, step: y.step(), extent: y.bandwidth(), below: padding },
  };
}

/**
 * The same matrix for a narrow width (the narrow form of a few PDUs): one block per PDU inspection, its name (and
 * letter) as the block's heading, then one line per standard: the rating's abbreviation on its colour, and the
 * standard's number and name written out ("2.2 Assessment"), wrapped to the width. Every block has the same height, that
 * of the one whose heading takes most lines.
 */
export function matrixBlocksGeometry(g: MatrixGeometry, width: number): MatrixBlocksGeometry {
  const { swatch, swatchGap, itemGap, blockGap } = matrixLayout;
  const textX = swatch.width + swatchGap;
  const headings = g.rows.map((r) => ({
    label: wrapLines(r.label, chartText.heading, width, true),
    sublabel: r.sublabel ? wrapLines(r.sublabel, chartText.small, width) : [],
  }));
  const headingHeight =
    Math.max(...headings.map((h) => h.label.length * chartText.line.heading + h.sublabel.length * chartText.line.small)) + 6;
  // Each standard's line is the same in every block: its name wrapped beside the swatch, centred on it.
  const items: { column: string; y: number; height: number; lines: TextLine[] }[] = [];
  let y = headingHeight;
  for (const c of g.columns) {
    const names = wrapLines(`${c.label} ${c.name}`, chartText.size, width - textX);
    const height = Math.max(swatch.height, names.length * chartText.line.size);
    const first = (height - names.length * chartText.line.size) / 2;
    items.push({
      column: c.key,
      y,
      height,
      lines: names.map((text, i) => ({
        x: textX,
        y: first + i * chartText.line.size + baselineIn(chartText.line.size, chartText.size),
        text,
        kind: 'label',
      })),
    });
    y += height + itemGap;
  }
  const blockHeight = y - itemGap;
  const step = blockHeight + blockGap;
  // Room above the first heading for its tallest letters (an accent on a capital).
  const top = 2;
  const blocks = g.rows.map((r, b) => {
    const h = headings[b] ?? { label: [], sublabel: [] };
    const heading: TextLine[] = [
      ...h.label.map((text, i) => ({
        x: 0,
        y: i * chartText.line.heading + baselineIn(chartText.line.heading, chartText.heading),
        text,
        kind: 'heading' as const,
      })),
      ...h.sublabel.map((text, i) => ({
        x: 0,
        y: h.label.length * chartText.line.heading + i * chartText.line.small + baselineIn(chartText.line.small, chartText.small),
        text,
        kind: 'sublabel' as const,
      })),
    ];
    return {
      key: r.key,
      y: top + b * step,
      pdu: r.pdu,
      region: r.region,
      heading,
      items: items.map((item, i) => {
        const cell = must(r.cells[i], `the cell of ${r.key} for ${item.column}`);
        return { ...item, ...(cell.rating ? { rating: cell.rating } : {}), text: cell.text };
      }),
    };
  });
  return {
    width,
    height: top + Math.max(0, g.rows.length * step - blockGap),
    swatch,
    blocks,
    frame: { top, step, extent: blockHeight, below: 0 },
  };
}

/**
 * The narrow form of a matrix of so many rows: a block per PDU, with each standard's name beside its rating, for a
 * few (`matrixLayout.blocksUpTo`); the compact grid for more, where blocks would run to many screens on a phone.
 */
export function matrixNarrowForm(rows: number): 'blocks' | 'compact' {
  return rows <= matrixLayout.blocksUpTo ? 'blocks' : 'compact';
}

/**
 * The same matrix for a narrow width as a grid (the compact form, for many PDUs): the standards' numbers as column
 * heads, then for each PDU its name (and letter) wrapped on lines of their own and, under them, its row of cells, each
 * column as wide as the width allows and at most as wide as the wide form's. A name shorter than the longest ends just
 * above its cells like the others, so every row has the same height and each name sits on its own cells.
 */
export function matrixCompactGeometry(g: MatrixGeometry, width: number): MatrixCompactGeometry {
  const { header, cellHeight, textGap, rowGap } = matrixLayout.compact;
  const { padding } = matrixLayout;
  // A pixel inside each edge, so the cells' outlines are not cut off.
  const step = Math.min(matrixLayout.cellWidth, (width - 2) / Math.max(1, g.columns.length));
  const x = scaleBand<string>()
    .domain(g.columns.map((c) => c.key))
    .range([1, 1 + step * g.columns.length])
    .paddingInner(matrixLayout.cellGap.columns);
  const columnX = (key: string) => must(x(key), `the place of column "${key}"`);
  const texts = g.rows.map((r) => ({
    label: wrapLines(r.label, chartText.size, width, true),
    sublabel: r.sublabel ? wrapLines(r.sublabel, chartText.small, width) : [],
  }));
  const heightOf = (t: { label: string[]; sublabel: string[] }) =>
    t.label.length * chartText.line.size + t.sublabel.length * chartText.line.small;
  const textHeight = Math.max(0, ...texts.map(heightOf));
  const extent = textHeight + textGap + cellHeight;
  const rows = g.rows.map((r, i) => {
    const t = texts[i] ?? { label: [], sublabel: [] };
    let top = textHeight - heightOf(t);
    const lines: TextLine[] = [];
    for (const text of t.label) {
      lines.push({ x: 0, y: top + baselineIn(chartText.line.size, chartText.size), text, kind: 'label' });
      top += chartText.line.size;
    }
    for (const text of t.sublabel) {
      lines.push({ x: 0, y: top + baselineIn(chartText.line.small, chartText.small), text, kind: 'sublabel' });
      top += chartText.line.small;
    }
    return {
      key: r.key,
      y: header + i * (extent + rowGap),
      pdu: r.pdu,
      region: r.region,
      lines,
      cells: r.cells.map((c) => ({ ...c, x: columnX(c.column) })),
    };
  });
  return {
    width,
    height: header + Math.max(0, rows.length * (extent + rowGap) - rowGap) + padding,
    columns: g.columns.map((c) => ({ ...c, x: columnX(c.key), width: x.bandwidth() })),
    headY: header - 12,
    cell: { width: x.bandwidth(), height: cellHeight, y: textHeight + textGap },
    rows,
    frame: { top: header, step: extent + rowGap, extent, below: padding },
  };
}

/** The line under a matrix's grid naming its standards: "Standards: 1.1 Leadership; 1.2 Staff; …". */
export function standardsKey(columns: readonly { label: string; name: string }[]): string {
  return `Standards: ${columns.map((c) => `${c.label} ${c.name}`).join('; ')}.`;
}
