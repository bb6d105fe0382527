/**
 * Issue 22, part 1: the layout a PDF's runs are rebuilt from, on runs made by hand the way other writers emit them:
 * out of reading order, words split across runs, Word's Symbol-font bullets, ligatures, superscript markers, cells,
 * line-end hyphens and page furniture.
 */
import { describe, expect, it } from 'vitest';
import { lineText, pageLines } from '../../../../src/importer/pdf/pdf-lines';
import { pdfText } from '../../../../src/importer/pdf/to-text';
import type { PdfLink, PdfPage, PdfRun } from '../../../../src/importer/pdf/read-pdf';

/** A run of 11-point text; its width from 5.5 points a character. */
const run = (text: string, x: number, y: number, size = 11, bold = false): PdfRun => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
  font: bold ? 'Arial-BoldMT' : 'ArialMT',
  bold,
  angle: 0,
});
const page = (runs: PdfRun[], number = 1, links: PdfLink[] = [], figures: string[] = []): PdfPage => ({
  number,
  width: 595,
  height: 842,
  runs,
  links,
  figures,
  hasImages: false,
});
const lines = (runs: PdfRun[]) => pageLines(page(runs)).map(lineText);

describe('runs into lines', () => {
  it('puts runs drawn out of reading order back in order, top to bottom and left to right', () => {
    expect(lines([run('second line', 60, 686), run('world', 93, 700), run('Hello', 60, 700)])).toEqual(['Hello world', 'second line']);
  });

  it('joins a word split across two runs, with no space where the runs touch', () => {
    expect(lines([run('Proba', 60, 700), run('tion', 60 + 5 * 5.5, 700)])).toEqual(['Probation']);
  });

  it('writes ligatures as their letters', () => {
    expect(lines([run('ofﬁce staﬀ', 60, 700)])).toEqual(['office staff']);
  });

  it('turns Word’s Symbol-font bullet (U+F0B7) and a • opening a line into the text importer’s "- "', () => {
    expect(lines([run('\uf0b7', 60, 700), run('Leaders were visible.', 78, 700)])).toEqual(['- Leaders were visible.']);
    expect(lines([run('•', 60, 700), run('Staff were motivated.', 78, 700)])).toEqual(['- Staff were motivated.']);
  });

  it('writes a raised, smaller number as a superscript footnote marker', () => {
    expect(lines([run('the Bendall', 60, 700), run('1', 60 + 11 * 5.5, 704, 7), run(' case', 60 + 11 * 5.5 + 4, 700)])).toEqual([
      'the Bendall¹ case',
    ]);
  });

  it('puts a marker drawn over a run holding the words either side of it after its own word', () => {
    // "Bendall and" drawn as one run of 11 characters, 60.5 points wide, with "1" raised above the end of "Bendall".
    const host = { ...run('Bendall and', 100, 700), width: 60.5 };
    expect(lines([run('the', 80, 700), host, run('1', 100 + 7 * 5.5, 704, 7), run('cases', 166, 700)])).toEqual(['the Bendall¹ and cases']);
  });

  it('refuses, at its page and words, a marker drawn over the middle of a word, whose word cannot be read', () => {
    // "Bendallshire and" as one run, with "1" raised above "Bendal|lshire": no word ends within three characters of it.
    const host = { ...run('Bendallshire and', 100, 700), width: 88 };
    expect(() => pageLines(page([host, run('1', 100 + 6 * 5.5, 704, 7)], 4))).toThrow(
      'page 4, near "Bendallshire and": footnote marker 1 is drawn over the middle of a word',
    );
  });

  it('separates table cells, far apart on one baseline, with a tab', () => {
    expect(lines([run('1.1 Leadership', 60, 700), run('Good', 330, 700)])).toEqual(['1.1 Leadership\tGood']);
  });
});

describe('lines into the text the importer reads', () => {
  const paragraph = (texts: string[], top = 700, x = 60) => texts.map((t, i) => run(t, x, top - i * 13));

  it('joins a paragraph’s wrapped lines with a space and keeps an address’s short lines as lines of one block', () => {
    const wrapped = paragraph(['A line that runs all the way across the page to its right', 'margin and on.'], 700);
    const address = paragraph(['1 Bridge Street', 'Manchester'], 640);
    expect(pdfText([page([...wrapped, ...address])]).text).toBe(
      'A line that runs all the way across the page to its right margin and on.\n\n1 Bridge Street\nManchester\n\n',
    );
  });

  it('joins a word hyphenated at a line end where the letter writes it whole, and keeps and lists it otherwise', () => {
    const runs = [
      ...paragraph(['The service was well founded on the evidence base and the manage-', 'ment team led it; management was good.'], 700),
      ...paragraph(['The strategy was evidence- and outcome-led and so on, to the margin of the text', 'based on need.'], 640),
    ];
    const { text, hyphenated } = pdfText([page(runs)]);
    expect(text).toContain('the management team led it');
    expect(hyphenated).toEqual([]);
    const kept = pdfText([page(paragraph(['A model that was well thought through and person- and place-', 'centred throughout.']))]);
    expect(kept.text).toContain('place-centred throughout');
    expect(kept.hyphenated).toEqual(['place-centred (page 1)']);
  });

  it('carries a paragraph over a page break where the line before cannot end one, and not where it can', () => {
    const wide = 'A line that runs all the way across the page to its right margin and';
    const carried = pdfText([page([run(wide, 60, 100)], 1), page([run('Leaders were visible.', 60, 760)], 2)]);
    expect(carried.text).toBe(`${wide} Leaders were visible.\n\n`);
    const ended = `${wide.slice(0, -4)} end.`;
    const separate = pdfText([page([run(ended, 60, 100)], 1), page([run('Leaders were visible.', 60, 760)], 2)]);
    expect(separate.text).toBe(`${ended}\n\nLeaders were visible.\n\n`);
  });

  it('carries a list item over a page break, its next line indented under the item’s text, past the footnotes at the page foot', () => {
    const item = [run('•', 60, 100), run('Staff were motivated and worked hard across the region to the margin.', 78, 100)];
    const footnote = [run('1', 60, 40, 6), run(' [A report](https://example.org/r)', 64, 38, 8)];
    const next = run('Their morale was good.', 78, 760);
    const { text } = pdfText([page([...item, ...footnote], 1), page([next, run('Summary', 60, 700, 11, true)], 2)]);
    expect(text.split('\n\n')[0]).toBe('- Staff were motivated and worked hard across the region to the margin. Their morale was good.');
  });

  it('keeps a heading of the letter layout on a line of its own, even in the body’s font at line spacing', () => {
    const runs = paragraph(['Key strengths:', 'Leaders were visible across the whole region and to the right margin of the', 'page.']);
    expect(pdfText([page(runs)]).text.startsWith('Key strengths:\nLeaders')).toBe(true);
    expect(pdfText([page(runs)], ['Key strengths:']).text).toBe(
      'Key strengths:\n\nLeaders were visible across the whole region and to the right margin of the page.\n\n',
    );
  });

  it('sets aside a running header and "Page n of m" repeated on every page, and counts them', () => {
    const pages = [1, 2, 3].map((n) =>
      page([run('OFFICIAL', 480, 810, 8), run(`Body text of page ${n}.`, 60, 700), run(`Page ${n} of 3`, 270, 30, 8)], n),
    );
    const { text, furniture } = pdfText(pages);
    expect(text).not.toMatch(/OFFICIAL|Page \d of 3/);
    expect(furniture).toEqual(['"OFFICIAL" (3 pages)', '"Page n of n" (3 pages)']);
  });

  it('puts the words of a table cell that wraps back into its cell, by position, and keeps rows apart', () => {
    // Cells start at x 60 and 250; lines within a cell are 13 points apart, rows 21.
    const rows = [
      run('Wigan Fieldwork started March', 60, 700),
      run('Score', 250, 700),
      run('7/27', 330, 700),
      run('2023', 60, 687),
      run('2.1 Court work', 60, 666),
      run('Requires', 250, 666),
      run('improvement', 250, 653),
      run('2.2 Assessment', 60, 632),
      run('Not rated', 250, 632),
    ];
    expect(pdfText([page(rows)]).text).toBe(
      'Wigan Fieldwork started March 2023\tScore\t7/27\n2.1 Court work\tRequires improvement\n2.2 Assessment\tNot rated\n\n',
    );
  });

  it('tells a cell break from a word space by the column a run starts at, where cell padding leaves a narrow gap', () => {
    // A gap of 8 points (under 1.5 × 11) before runs starting at x 250 on three lines: a column.
    const rows = ['Leadership', 'Staff', 'Services'].map((name, i) => [
      { ...run(`1.${i + 1} ${name}`, 60, 700 - i * 21), width: 182 },
      run('Good', 250, 700 - i * 21),
    ]);
    const body = paragraph(
      ['Set out below are the ratings of the PDUs in this region, with more detail about', 'the reasons in the', 'PDU reports.'],
      760,
    );
    const lines = pdfText([page([...body, ...rows.flat()])]).text.split('\n');
    expect(lines.filter((l) => l.includes('Good'))).toEqual(['1.1 Leadership\tGood', '1.2 Staff\tGood', '1.3 Services\tGood']);
  });

  it('writes runs under a link annotation as a link, parentheses in its words escaped as the seeds write them', () => {
    const link: PdfLink = { rect: [58, 696, 400, 712], url: 'https://example.org/report' };
    expect(pdfText([page([run('Report (example.org)', 60, 700)], 1, [link])]).text).toBe(
      '[Report \\(example.org\\)](https://example.org/report)\n\n',
    );
  });

  it('writes a figure’s alternative text after the closing, where the seeds describe the signature', () => {
    const { text } = pdfText([
      page([run('Yours sincerely,', 60, 700), run('Justin Russell', 60, 640)], 1, [], ['A handwritten signature']),
    ]);
    expect(text).toBe('Yours sincerely,\n\nA handwritten signature\n\nJustin Russell\n\n');
  });
});
