/**
 * Issue 22, part 1: the layout a PDF's runs are rebuilt from, on runs made by hand the way other writers emit them:
 * out of reading order, words split across runs, Word's Symbol-font bullets, ligatures, superscript markers, cells,
 * line-end hyphens and page furniture.
 */
import { describe, expect, it } from 'vitest';
import { lineText, pageLines } from '../../../../src/importer/pdf/lines';
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

  it('sets aside a running header and "Page n of m" repeated on every page, and counts them', () => {
    const pages = [1, 2, 3].map((n) =>
      page([run('OFFICIAL', 480, 810, 8), run(`Body text of page ${n}.`, 60, 700), run(`Page ${n} of 3`, 270, 30, 8)], n),
    );
    const { text, furniture } = pdfText(pages);
    expect(text).not.toMatch(/OFFICIAL|Page \d of 3/);
    expect(furniture).toEqual(['"OFFICIAL" (3 pages)', '"Page n of n" (3 pages)']);
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
