import { describe, expect, it } from 'vitest';
import { csvField, parseCsv, toCsv } from '../../../src/lib/csv';

describe('CSV', () => {
  it('quotes only fields that need it, doubling quotes, per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(7)).toBe('7');
  });

  it('writes a BOM, a header and CRLF line ends, and reads back what it wrote', () => {
    const rows = [['1', 'a, "quoted" text', '–'], ['2', 'line\r\nbreak', '']];
    const text = toCsv(['id', 'text', 'dash'], rows);
    expect(text.startsWith('\ufeffid,text,dash\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['id', 'text', 'dash'], ...rows]);
  });
});
