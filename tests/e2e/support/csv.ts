import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';

/**
 * Reads a CSV download with d3-dsv, an RFC 4180 parser independent of the site's own writer and reader,
 * so the tests read the files as any other program would. The byte-order mark the downloads start with
 * (for spreadsheets) is not part of the first cell.
 */
export function readCsv(file: string): string[][] {
  return csvParseRows(readFileSync(file, 'utf8').replace(/^\ufeff/, ''));
}
