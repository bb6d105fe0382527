/**
 * Table cells whose text wraps: a row's cell that runs onto a second line ("Manchester North Fieldwork started
 * February" above "2023") leaves a line whose words start under one of the row's cells, at the spacing of lines within
 * a cell rather than the larger step to the next row. Each such line's text is put back into its cell, by position, so
 * a rating never depends on the order the words were drawn in.
 */
import type { PdfLine, Piece } from './pdf-lines';

/** A row's pieces split into its cells (a piece opening with a tab starts the next cell). */
function cellsOf(line: PdfLine): Piece[][] {
  const cells: Piece[][] = [];
  for (const piece of line.pieces) {
    if (!cells.length || piece.text.startsWith('\t')) cells.push([{ ...piece, text: piece.text.replace(/^\t/, '') }]);
    else cells.at(-1)?.push(piece);
  }
  return cells;
}

const near = (a: number, b: number) => Math.abs(a - b) <= 2;

/**
 * Merges each line that carries on cells of the table row above it into that row, returning the lines left. A line
 * carries on a row when it is on the same page, at the same size, within `spacing` of the row's last line, and every
 * one of its cells starts where one of the row's cells starts.
 */
export function mergeCellContinuations(lines: readonly PdfLine[], spacing: (size: number) => number): PdfLine[] {
  const out: PdfLine[] = [];
  let row: { line: PdfLine; cells: Piece[][]; lastY: number } | undefined;
  for (const line of lines) {
    const carries =
      row &&
      line.page === row.line.page &&
      Math.abs(line.size - row.line.size) <= 0.5 &&
      !line.bullet &&
      !line.footnote &&
      row.lastY - line.y > 0 &&
      row.lastY - line.y <= 1.3 * spacing(line.size) &&
      line.cellXs.every((x) => row?.line.cellXs.some((cx) => near(cx, x)));
    if (row && carries) {
      const target = row;
      cellsOf(line).forEach((cell, k) => {
        const at = target.line.cellXs.findIndex((cx) => near(cx, line.cellXs[k] ?? NaN));
        const into = target.cells[at];
        if (into) into.push({ ...(cell[0] ?? { text: '' }), text: ` ${(cell[0]?.text ?? '').trimStart()}` }, ...cell.slice(1));
      });
      target.lastY = line.y;
      target.line.pieces = target.cells.flatMap((cell, k) => cell.map((p, i) => (k > 0 && i === 0 ? { ...p, text: `\t${p.text}` } : p)));
      continue;
    }
    row = line.cells ? { line: { ...line }, cells: cellsOf(line), lastY: line.y } : undefined;
    out.push(row ? row.line : line);
  }
  return out;
}
