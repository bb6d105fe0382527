import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../../src/importer/parse-letter';
import { ImportError } from '../../../src/importer/errors';
import { fixture, must, reference, seedFile, seedText } from '../../support';

const file = 'tests/fixtures/seeds/synthetic-wales-2024-10.txt';
const synthetic = fixture('seeds/synthetic-wales-2024-10.txt');

/** The problems an import reports, one line each. */
function problemsOf(text: string): string[] {
  try {
    parseLetter(text, { file: 'bad.txt', reference });
  } catch (error) {
    if (error instanceof ImportError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected the import to fail');
}

describe('importing a letter from another region in the same format', () => {
  const { letter, blocks } = parseLetter(synthetic, { file, reference });

  it('takes the region, PDUs and sections from the text, including a section the seed lacks', () => {
    expect(letter.id).toBe('wales-2024-10');
    expect(letter.region).toBe('wales');
    expect(letter.title).toBe('Regional inspection letter: Wales');
    expect(letter.pdus.map((p) => p.id)).toEqual(['northtown', 'southvale']);
    expect(letter.sections.map((s) => s.id)).toEqual(['leadership', 'unpaid-work', 'summary']);
  });

  it('reads an Outstanding rating and standards listed without a rating as not rated', () => {
    const north = must(letter.pdus[0], 'Northtown');
    const south = must(letter.pdus[1], 'Southvale');
    expect(north.overall).toBe('outstanding');
    expect(north.score).toEqual({ points: 26, max: 27 });
    expect(north.ratings['2.3']).toBe('good');
    expect(south.score).toEqual({ points: 0, max: 21 });
    expect(Object.keys(south.ratings)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.2', '2.3', '2.4']);
    // Recorded so the letter page prints those rows as the source does, not as rows the site added.
    expect(south.annex).toEqual({ first: 'score', listedUnrated: ['2.1', '2.5'] });
  });

  it('counts findings and recommendations from the text, not from the seed', () => {
    expect(letter.findings.map((f) => f.id)).toEqual([
      'wales-2024-10-leadership-strength-1',
      'wales-2024-10-leadership-strength-2',
      'wales-2024-10-leadership-improvement-1',
      'wales-2024-10-unpaid-work-strength-1',
      'wales-2024-10-unpaid-work-improvement-1',
      'wales-2024-10-unpaid-work-improvement-2',
    ]);
    expect(letter.findings[2]?.text).toBe('Planning for the invented cohort was weak and continued across a page break.');
    expect(letter.recommendations.map((r) => [r.id, r.addressee])).toEqual([
      ['wales-2024-10-northtown-1', 'pdu'],
      ['wales-2024-10-northtown-2', 'region'],
      ['wales-2024-10-southvale-1', 'pdu'],
      ['wales-2024-10-southvale-2', 'pdu'],
      ['wales-2024-10-southvale-3', 'hmpps'],
    ]);
    expect(blocks.filter((b) => b.type === 'paragraph')).toHaveLength(6);
  });

  it('keeps markup-like letter text as plain text in the model', () => {
    expect(letter.findings[1]?.text).toContain('<script>alert("x")</script> tag and {curly braces}');
  });
});

describe('importing bad input', () => {
  it('rejects an empty file', () => {
    expect(problemsOf('')).toEqual(['bad.txt: the file is empty']);
    expect(problemsOf(' \n\u00a0\n\t\n')).toEqual(['bad.txt: the file is empty']);
  });

  it('rejects a binary file', () => {
    expect(problemsOf('\u0000\u0001PNG\u0000')).toEqual(['bad.txt: not a text file (it contains NUL bytes)']);
  });

  it('rejects text that is not a letter', () => {
    expect(problemsOf('lorem ipsum dolor\nsit amet')[0]).toMatch(/not a letter: expected a date line/);
  });

  it('rejects a letter missing its ratings annex', () => {
    const cut = seedText.slice(0, seedText.indexOf('Annexe two'));
    const last = cut.trimEnd().split('\n').length;
    expect(problemsOf(cut)).toEqual([
      `bad.txt:${last}: no ratings annex: the file ends at line ${last} without a heading such as "Annexe two – PDU ratings"; is it cut short?`,
    ]);
  });

  it('reports text it cannot place with its line number', () => {
    const broken = seedText.replace('1.2 Staff\tGood\t', '1.2 Staff\tGood\t\nthe cat sat on the mat 12 times, as cats do');
    expect(problemsOf(broken).some((p) => /^bad\.txt:\d+: cannot place "the cat sat on the mat/.test(p))).toBe(true);
  });

  it('reports a stated score that does not equal the ratings', () => {
    const broken = seedText.replace('Score\t10/24', 'Score\t11/24');
    expect(problemsOf(broken)).toEqual([
      "bad.txt:291: pdus[0].score.points: stated score 11 does not equal 10, the sum of Manchester North's rating points",
    ]);
  });

  it('reports a standard no framework has', () => {
    const broken = seedText.replace('1.3 Services\tGood', '1.9 Wellbeing\tGood');
    expect(problemsOf(broken)).toEqual(['bad.txt:296: no framework in content/reference/frameworks.json has the standard "1.9 Wellbeing"']);
  });

  it('reports a recommendation lead-in it cannot attribute', () => {
    const broken = seedText.replace('The PDU should:', 'Somebody should:');
    expect(problemsOf(broken)[0]).toMatch(/cannot tell who "Somebody should:" addresses/);
  });

  it('still reads the seed unchanged', () => {
    expect(() => parseLetter(seedText, { file: seedFile, reference })).not.toThrow();
  });
});
