/**
 * Issue 21, part 3: the content check knows what cannot be. A letter's dates are possible (not in the future, fieldwork
 * before the letter) and each PDU's overall rating agrees with any the letter's own words state.
 */
import { describe, expect, it } from 'vitest';
import { checkLetter, checkStatedRatings, todayInLondon } from '../../../../src/lib/checking/validate-letter';
import type { Letter } from '../../../../src/schemas/letter';
import { lettersIn, must, narrativesIn, reference } from '../../../support';

const seed = must(lettersIn()[0], 'the committed seed entry');
const narrative = must(narrativesIn().get(seed.id), 'the seed entry’s narrative');
/** The seed entry with some of its fields changed. */
const withSeed = (change: Partial<Letter>): Letter => ({ ...seed, ...change });
/** The seed entry with one PDU's fields changed. */
const withPdu = (i: number, change: Partial<Letter['pdus'][number]>): Letter =>
  withSeed({ pdus: seed.pdus.map((p, k) => (k === i ? { ...p, ...change } : p)) });

describe('the dates of a letter', () => {
  it('accepts the seed entry, dated 25 May 2023 after fieldwork in February and March 2023', () => {
    expect(checkLetter(seed, reference, { today: '2023-05-25' })).toEqual([]);
  });

  it('refuses a letter dated after today, by the clock it is given, at its date', () => {
    expect(checkLetter(seed, reference, { today: '2023-05-24' })).toEqual([
      { path: ['date'], message: expect.stringMatching(/dated 25 May 2023, after today \(24 May 2023\).*future/) },
    ]);
  });

  it('takes today as the day in London when no clock is given, so a letter dated 2099 is in the future', () => {
    expect(todayInLondon(new Date('2023-05-24T23:30:00Z'))).toBe('2023-05-25');
    expect(todayInLondon(new Date('2023-12-31T23:30:00Z'))).toBe('2023-12-31');
    expect(checkLetter(withSeed({ date: '2099-05-25' }), reference).map((p) => p.path)).toEqual([['date']]);
  });

  it('refuses a PDU’s fieldwork that started after the letter’s month, at that PDU’s fieldwork', () => {
    expect(checkLetter(withPdu(1, { fieldworkStarted: '2024-03' }), reference, { today: '2026-01-01' })).toEqual([
      {
        path: ['pdus', 1, 'fieldworkStarted'],
        message: expect.stringMatching(/^Tameside's fieldwork started in March 2024, after the letter's date \(25 May 2023\)/),
      },
    ]);
  });

  it('accepts fieldwork that started in the letter’s own month', () => {
    expect(checkLetter(withPdu(1, { fieldworkStarted: '2023-05' }), reference, { today: '2026-01-01' })).toEqual([]);
  });

  it('refuses once, at the date, a letter dated before the fieldwork of every PDU it reports', () => {
    const problems = checkLetter(withSeed({ date: '1900-05-25' }), reference, { today: '2026-01-01' });
    expect(problems).toEqual([{ path: ['date'], message: expect.stringMatching(/dated 25 May 1900, before the fieldwork/) }]);
    expect(must(problems[0], 'the problem').message).toContain('Manchester North: February 2023; Tameside: March 2023; Wigan: March 2023');
  });
});

describe('the overall ratings the letter’s own words state', () => {
  it('agree with every PDU’s overall rating in the seed entry', () => {
    expect(checkStatedRatings(seed, narrative)).toEqual([]);
  });

  it('refuse an overall rating of Outstanding for Tameside, whose summary says Requires improvement, at its overall', () => {
    const problems = checkStatedRatings(withPdu(1, { overall: 'outstanding' }), narrative);
    expect(problems).toEqual([
      {
        path: ['pdus', 1, 'overall'],
        message: expect.stringMatching(
          /^Tameside's overall rating is Outstanding, but the letter's own words rate it Requires improvement: "In our PDU inspections, we rated/,
        ),
      },
    ]);
  });

  it('name the source line of the words when the passage has one (as the importer gives it)', () => {
    const problems = checkStatedRatings(withPdu(2, { overall: 'good' }), [
      { text: "In our PDU inspections, we rated Wigan as 'Requires improvement'.", line: 197 },
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Wigan's overall rating is Good, but .* at line 197 rate it Requires improvement/),
    ]);
  });

  it('read a stated rating in a finding too', () => {
    const letter = withSeed({
      findings: [{ ...must(seed.findings[0], 'a finding'), text: 'Wigan PDU was rated as Inadequate.' }, ...seed.findings.slice(1)],
    });
    expect(checkStatedRatings(letter, []).map((p) => p.path)).toEqual([['pdus', 2, 'overall']]);
  });
});
