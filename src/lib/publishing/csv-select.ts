import { parseCsv } from './csv';

/**
 * The records of an RFC 4180 CSV document exactly as written (quotes, doubled quotes and the spreadsheet-safe
 * apostrophes kept), without their CRLF line ends; a CRLF inside a quoted field stays in its record. Written here
 * because no CSV library gives a record's raw text in a browser for less than csv-parse's 120 KB (its `raw` option);
 * d3-dsv, which parses the cells below, gives values only, and the selected rows must be the published bytes.
 */
export function csvRecords(text: string): string[] {
  const src = text.replace(/^\ufeff/, '');
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && src[i + 1] === '\n') {
      records.push(src.slice(start, i));
      start = i + 2;
      i += 1;
    }
  }
  if (start < src.length) records.push(src.slice(start));
  return records;
}

/**
 * A download of just some rows of a published CSV (the explorer's "Download these rows"): the same header and the
 * same records, byte for byte, in the order of `ids`, picked by the `id` column. An id the CSV does not hold, or a
 * CSV with no `id` column, is an error rather than a shorter file.
 */
export function selectCsvRows(text: string, ids: readonly string[]): string {
  const [header, ...records] = csvRecords(text);
  const columns = header === undefined ? [] : (parseCsv(`${header}\r\n`)[0] ?? []);
  const idColumn = columns.indexOf('id');
  if (header === undefined || idColumn === -1) throw new Error('The CSV has no "id" column to pick rows by.');
  const byId = new Map<string, string>();
  for (const record of records) {
    const id = parseCsv(`${record}\r\n`)[0]?.[idColumn];
    if (id !== undefined) byId.set(id, record);
  }
  const picked = ids.map((id) => {
    const record = byId.get(id);
    if (record === undefined) throw new Error(`The CSV has no row with id "${id}".`);
    return record;
  });
  return `\ufeff${[header, ...picked].join('\r\n')}\r\n`;
}
