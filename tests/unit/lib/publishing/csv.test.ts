import { describe, expect, it } from 'vitest';
import { csvCell, csvField, formulaStarts, parseCsv, toCsv } from '../../../../src/lib/publishing/csv';

/** Text a spreadsheet program would run as a formula if a CSV cell began with it (OWASP CSV Injection). */
const hostile = ['=HYPERLINK("http://x","click")', "=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=1+1,=2+2'];

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
    const rows = [
      ['1', 'a, "quoted" text', '–'],
      ['2', 'line\r\nbreak', ''],
    ];
    const text = toCsv(['id', 'text', 'dash'], rows);
    expect(text.startsWith('\ufeffid,text,dash\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['id', 'text', 'dash'], ...rows]);
  });

  it('gives every cell a spreadsheet would run as a formula a leading apostrophe, and quotes it', () => {
    expect(csvField('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(csvField("=cmd|' /C calc'!A0")).toBe("\"'=cmd|' /C calc'!A0\"");
    expect(csvField('+1+1')).toBe('"\'+1+1"');
    expect(csvField('-2+3')).toBe('"\'-2+3"');
    expect(csvField('@SUM(A1:A2)')).toBe('"\'@SUM(A1:A2)"');
    expect(csvField('\tx')).toBe('"\'\tx"');
    expect(csvField('\rx')).toBe('"\'\rx"');
  });

  it('reads each hostile text back as that text after an apostrophe, so no cell starts with a formula character', () => {
    const rows = hostile.map((text, i) => [i, text]);
    const [header, ...read] = parseCsv(toCsv(['n', 'text'], rows));
    expect(header).toEqual(['n', 'text']);
    expect(read).toEqual(hostile.map((text, i) => [String(i), `'${text}`]));
    for (const cell of read.flat())
      expect(
        formulaStarts.some((c) => cell.startsWith(c)),
        JSON.stringify(cell),
      ).toBe(false);
  });

  it('neutralises hostile text in the header row too', () => {
    const [header] = parseCsv(toCsv(['=1+1', 'ok'], []));
    expect(header).toEqual(["'=1+1", 'ok']);
  });

  it('leaves numbers as numbers, negative ones included, whether given as numbers or as plain numeric text', () => {
    expect(parseCsv(toCsv(['a', 'b', 'c', 'd', 'e', 'f'], [[-3, '-3', 0.5, '-12.25', 10, '7']]))[1]).toEqual([
      '-3',
      '-3',
      '0.5',
      '-12.25',
      '10',
      '7',
    ]);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3')).toBe('-3');
    expect(csvCell(-1e-7)).toBe('-1e-7');
  });

  it('treats text that only looks partly numeric as text', () => {
    expect(csvCell('-3 points')).toBe("'-3 points");
    expect(csvCell('-')).toBe("'-");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell(Number.NEGATIVE_INFINITY)).toBe("'-Infinity");
  });

  it('leaves ordinary text, and formula characters after the first, untouched', () => {
    for (const text of ['Good', 'a = b', 'e-mail', 'user@example.org', '2.2', '2024-03', '10/24', "'quoted already", '']) {
      expect(csvCell(text)).toBe(text);
    }
    expect(csvField(undefined)).toBe('');
  });
});
