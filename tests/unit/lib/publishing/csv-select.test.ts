import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/publishing/csv';
import { csvRecords, selectCsvRows } from '../../../../src/lib/publishing/csv-select';

const full = toCsv(
  ['id', 'text', 'number'],
  [
    ['a-1', 'Plain text', 1],
    ['a-2', 'Has "quotes", a comma\r\nand a line break', 2],
    ['a-3', '=HYPERLINK("http://evil")', 3],
  ],
);

describe('picking rows of a published CSV', () => {
  it('splits records as written, keeping a line break inside quotes in its record', () => {
    expect(csvRecords(full)).toHaveLength(4);
    expect(csvRecords(full)[2]).toBe('a-2,"Has ""quotes"", a comma\r\nand a line break",2');
  });

  it('keeps the header and the chosen records byte for byte, in the order asked', () => {
    const picked = selectCsvRows(full, ['a-3', 'a-1']);
    expect(picked.startsWith('\ufeffid,text,number\r\n')).toBe(true);
    const rows = csvParseRows(picked.replace(/^\ufeff/, '').trimEnd());
    expect(rows).toEqual([
      ['id', 'text', 'number'],
      ['a-3', '\'=HYPERLINK("http://evil")', '3'],
      ['a-1', 'Plain text', '1'],
    ]);
    expect(csvRecords(full)).toContain(csvRecords(picked)[1]);
  });

  it('gives just the header for no rows', () => {
    expect(selectCsvRows(full, [])).toBe('\ufeffid,text,number\r\n');
  });

  it('refuses an id the CSV does not hold, or a CSV without an id column', () => {
    expect(() => selectCsvRows(full, ['a-9'])).toThrow('The CSV has no row with id "a-9".');
    expect(() => selectCsvRows(toCsv(['name'], [['x']]), ['x'])).toThrow('no "id" column');
  });
});
