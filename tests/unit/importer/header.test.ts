/**
 * Issue 21, part 5: a date the importer cannot read is refused at its line, saying what it read and the form it
 * expects; a date that cannot be (after the day of the import, before the fieldwork) is refused at its line too.
 */
import { describe, expect, it } from 'vitest';
import { parseLongDate, unreadableDate } from '../../../src/importer/header';
import { parseLetter } from '../../../src/importer/parse-letter';
import { ImportError } from '../../../src/importer/errors';
import { reference, seedFile, seedText } from '../../support';

/** The 1-based line of the seed's date, "25 May 2023". */
const dateLine = seedText.slice(0, seedText.indexOf('25 May 2023')).split('\n').length;

/** The first line of the importer's refusal of `text`, or "imported". */
function refusal(text: string, today?: string): string {
  try {
    parseLetter(text, { file: seedFile, reference, ...(today ? { today } : {}) });
    return 'imported';
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return error.message.split('\n')[0] ?? '';
  }
}

describe('reading the letter’s date', () => {
  it('reads "25 May 2023" and no other form', () => {
    expect(parseLongDate('25 May 2023')).toBe('2023-05-25');
    for (const other of ['2023-05-25', '25th May 2023', '25 may 2023', 'May 25, 2023', '25/05/2023'])
      expect(parseLongDate(other)).toBeUndefined();
  });

  it('says what is wrong with each date written in another form', () => {
    expect(unreadableDate('2023-05-25')).toBe('it is written in numbers');
    expect(unreadableDate('25/05/2023')).toBe('it is written in numbers');
    expect(unreadableDate('25th May')).toBe('it has no year');
    expect(unreadableDate('25 May')).toBe('it has no year');
    expect(unreadableDate('May 2023')).toBe('it has no day');
    expect(unreadableDate('25th May 2023')).toMatch(/ordinal/);
    expect(unreadableDate('May 25, 2023')).toMatch(/month comes before its day/);
    expect(unreadableDate('Thursday 25 May 2023')).toMatch(/day of the week/);
    expect(unreadableDate('25 May, 2023')).toMatch(/comma/);
    expect(unreadableDate('25 Mya 2023')).toMatch(/"Mya" is not a month/);
    expect(unreadableDate('31 June 2023')).toBe('June 2023 has no day 31');
  });

  it('takes no letterhead line or readable date for a date in another form', () => {
    for (const line of [
      '25 May 2023',
      '1 Bridge Street West, Manchester M3 3FX',
      'HM Inspectorate of Probation',
      'www.justiceinspectrates.gov.uk/hmiprobation',
    ])
      expect(unreadableDate(line), line).toBeUndefined();
  });

  for (const [written, says] of [
    ['2023-05-25', /in numbers/],
    ['25th May', /no year/],
    ['May 2023', /no day/],
  ] as const) {
    it(`refuses the date written "${written}" at its line, quoting it and the expected form`, () => {
      const line = refusal(seedText.replace('25 May 2023', written));
      expect(line).toMatch(new RegExp(`^${seedFile}:${dateLine}: cannot read the date "${written}" `));
      expect(line).toMatch(says);
      expect(line).toContain('"25 May 2023"');
      expect(line).not.toMatch(/not a letter/);
    });
  }
});

describe('the letter’s date against the day of the import', () => {
  it('imports the seed on the day of its date', () => {
    expect(refusal(seedText, '2023-05-25')).toBe('imported');
  });

  it('refuses the seed imported the day before its date, at the date’s line', () => {
    expect(refusal(seedText, '2023-05-24')).toMatch(
      new RegExp(`^${seedFile}:${dateLine}: date: the letter is dated 25 May 2023, after today \\(24 May 2023\\)`),
    );
  });
});
