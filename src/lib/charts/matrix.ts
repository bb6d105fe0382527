import { scaleBand } from 'd3-scale';
import type { Rating } from '../../schemas/rating';
import type { MatrixGeometry } from './types';
import { must } from '../must';
import { ratingAbbreviations } from '../words/vocabulary';
import { matrixLayout } from './layout';

/** What the matrix draws: columns (standards) and rows (PDU inspections) with a rating per column. */
export interface MatrixInput {
  columns: { key: string; label: string; name: string }[];
  rows: { key: string; label: string; sublabel?: string; pdu: string; region: string; ratings: Record<string, Rating | undefined> }[];
}

/** Lays out a matrix of rating cells with d3's band scales: one row per PDU inspection, one column per standard. */
export function matrixGeometry(input: MatrixInput): MatrixGeometry {
  const { labelWidth, header, cellWidth, cellGap, padding } = matrixLayout;
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
  return {
    width: labelWidth + cellWidth * input.columns.length + padding,
    height: header + rowHeight * input.rows.length + padding,
    header,
    labelWidth,
    cell: { width: x.bandwidth(), height: y.bandwidth() },
    columns: input.columns.map((c) => ({ ...c, x: columnX(c.key), width: x.bandwidth() })),
    rows: input.rows.map((r) => ({
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
    })),
  };
}
