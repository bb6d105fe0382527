import { csvFormatValue, csvParseRows } from 'd3-dsv';

/**
 * The characters that make a spreadsheet program (Excel, LibreOffice Calc, Google Sheets) read a
 * cell as a formula, per OWASP's CSV Injection guidance: `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
export const formulaStarts = ['=', '+', '-', '@', '\t', '\r'] as const;

/** A plain decimal number as text ("7", "-3", "0.5", "-12.25"): a spreadsheet reads it as a number, never a formula. */
const plainNumber = /^-?\d+(\.\d+)?$/;

/**
 * The text of one cell, made safe to open in a spreadsheet (OWASP CSV Injection): a text cell
 * that begins with a formula character (see `formulaStarts`) gets a leading apostrophe, so it is
 * shown as text instead of being run. Numbers stay numbers: a finite `number` value, or a string
 * that is a plain decimal number such as "-3", is written unchanged, so negative values keep
 * working in sums and charts. `undefined` is an empty cell.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  if (typeof value === 'number' && Number.isFinite(value)) return text;
  if (plainNumber.test(text)) return text;
  return formulaStarts.some((c) => text.startsWith(c)) ? `'${text}` : text;
}

/**
 * One CSV field per RFC 4180 (d3-dsv's csvFormatValue: quoted when it holds a comma, quote, CR or LF, quotes doubled),
 * safe to open in a spreadsheet: the cell text from `csvCell` (a leading apostrophe before a formula character). A
 * neutralised cell, or one asked for with `quote` (a text id such as "2.10"), is always quoted, which d3-dsv has no
 * option for.
 */
export function csvField(value: string | number | undefined, quote = false): string {
  const text = csvCell(value);
  const neutralised = text !== (value === undefined ? '' : String(value));
  return quote || neutralised ? `"${text.replaceAll('"', '""')}"` : csvFormatValue(text);
}

/**
 * A CSV document per RFC 4180: a header row, CRLF line ends, UTF-8 with a byte-order mark so
 * spreadsheet programs read accented letters and typographic dashes correctly. Every cell goes
 * through `csvField`, so text that would start a formula begins with an apostrophe; numbers,
 * negative ones included, are left as numbers. A column marked in `quoted` (text that can look like a number, such as
 * a standard's "2.10") has every value in quotes, which RFC 4180 allows and some readers take as "text".
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
  quoted: readonly boolean[] = [],
): string {
  const body = rows.map((row) => row.map((cell, i) => csvField(cell, quoted[i] === true && cell !== undefined)).join(','));
  return `\ufeff${[header.map((h) => csvField(h)).join(','), ...body].join('\r\n')}\r\n`;
}

/**
 * Reads a CSV document written by toCsv (or any RFC 4180 text) back into rows, with d3-dsv. Cells come back as
 * written: a neutralised cell keeps its leading apostrophe, as a spreadsheet would store it.
 */
export function parseCsv(text: string): string[][] {
  return csvParseRows(text.replace(/^\ufeff/, ''));
}
