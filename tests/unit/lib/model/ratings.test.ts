import { describe, expect, it } from 'vitest';
import { computeScore, parseRatingWord, ratingPoints } from '../../../../src/lib/model/ratings';
import { ratingLabels } from '../../../../src/lib/words/vocabulary';
import { parseLetter } from '../../../../src/importer/parse-letter';
import { reference, seedFile, seedText } from '../../../support';

describe('ratings', () => {
  it('give 3, 2, 1 and 0 points from Outstanding down to Inadequate', () => {
    expect(ratingPoints).toEqual({ outstanding: 3, good: 2, 'requires-improvement': 1, inadequate: 0 });
  });

  it('read the printed words in any case and refuse anything else', () => {
    expect(parseRatingWord('Requires improvement')).toBe('requires-improvement');
    expect(parseRatingWord('  requires   IMPROVEMENT ')).toBe('requires-improvement');
    expect(parseRatingWord('Outstanding')).toBe('outstanding');
    expect(parseRatingWord('Satisfactory')).toBeUndefined();
    for (const [rating, label] of Object.entries(ratingLabels)) expect(parseRatingWord(label)).toBe(rating);
  });

  it('score a PDU out of three times the standards rated, so a standard not rated lowers the maximum', () => {
    expect(computeScore({ '1.1': 'good', '1.2': 'outstanding' })).toEqual({ points: 5, max: 6 });
    expect(computeScore({})).toEqual({ points: 0, max: 0 });
  });

  it('compute Manchester North 10/24, Tameside 7/27 and Wigan 7/27 from the seed letter’s ratings', () => {
    const { letter } = parseLetter(seedText, { file: seedFile, reference });
    const scores = Object.fromEntries(letter.pdus.map((p) => [p.id, computeScore(p.ratings)]));
    expect(scores).toEqual({
      'manchester-north': { points: 10, max: 24 },
      tameside: { points: 7, max: 27 },
      wigan: { points: 7, max: 27 },
    });
  });
});
