/**
 * Issue 21, footnotes in seeds: a wrapped address is joined only when the join is certain, every marker has its
 * footnote and every footnote its marker. The seed-level cases (imports exactly as the seed, or refused at a line) are in
 * tests/fixtures/variants/catalogue.ts; these hold the rules beneath them.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/importer/errors';
import { joinWrappedFootnoteUrls } from '../../../src/importer/footnotes';
import { seedLines } from '../../../src/importer/lines';
import { parseLetter } from '../../../src/importer/parse-letter';
import { letterBodyMdx } from '../../../src/importer/write-mdx';
import type { Letter } from '../../../src/schemas/letter';
import { lineAt } from '../../fixtures/variants/catalogue';
import { reference, seedText } from '../../support';

const open = '¹ [A review \\(example.org\\)](https://www.example.org/reviews/';

describe('joining a footnote address a PDF copy wrapped', () => {
  it('joins the lines that continue the address with no space, and records them as joined', () => {
    const [line, ...rest] = joinWrappedFootnoteUrls(seedLines(`${open}\nannual-\nreport/)\nNext paragraph.`));
    expect(line).toMatchObject({ n: 1, text: `${open}annual-report/)`, joined: [2, 3] });
    expect(rest.map((l) => l.text)).toEqual(['Next paragraph.']);
  });

  it('leaves the lines as they are when a blank line stands between them', () => {
    expect(joinWrappedFootnoteUrls(seedLines(`${open}\n\nreport/)`)).map((l) => l.text)).toEqual([open, 'report/)']);
  });

  it('leaves the lines as they are when the next line holds a space', () => {
    expect(joinWrappedFootnoteUrls(seedLines(`${open}\nannual report/)`)).map((l) => l.text)).toEqual([open, 'annual report/)']);
  });

  it('leaves the lines as they are when the joined address is not an http(s) URL', () => {
    const ftp = '¹ [A review](ftp://files.example.org/';
    expect(joinWrappedFootnoteUrls(seedLines(`${ftp}\nreport/)`)).map((l) => l.text)).toEqual([ftp, 'report/)']);
  });

  it('leaves a whole footnote and the line after it alone', () => {
    const whole = `${open}report/)`;
    expect(joinWrappedFootnoteUrls(seedLines(`${whole}\nmore/)`)).map((l) => l.text)).toEqual([whole, 'more/)']);
  });
});

describe('footnote markers in the seed', () => {
  const refusal = (text: string): string => {
    try {
      parseLetter(text, { file: 'seed.txt', reference });
    } catch (error) {
      if (error instanceof ImportError) return error.message;
      throw error;
    }
    throw new Error('expected the import to be refused');
  };

  it('names the line a marker stands on, not the first line of the paragraph a page break split', () => {
    const text = seedText.replace('It was clear the team are supportive', 'It was clear the\nteam³ are supportive');
    expect(refusal(text)).toMatch(new RegExp(`^seed\\.txt:${lineAt(text, text.indexOf('team³'))}: "³" marks footnote 3`));
  });

  it('writes a run of superscript digits as one marker: "¹²" is footnote 12, not footnote 1 and a "²"', () => {
    const footnote = (number: number, marker: string) => ({ number, marker, text: `Note ${number}`, url: 'https://www.example.org/' });
    const letter = {
      source: { file: 'seed.txt' },
      footnotes: [footnote(1, '¹'), footnote(2, '²'), footnote(12, '¹²')],
    } as unknown as Letter;
    const body = letterBodyMdx(letter, [{ type: 'paragraph', text: 'First¹, twelfth¹² and second².', line: 1 }]);
    expect(body).toContain('First<FootnoteRef n={1} />, twelfth<FootnoteRef n={12} /> and second<FootnoteRef n={2} />.');
  });
});
