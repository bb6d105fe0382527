import { describe, expect, it } from 'vitest';
import { computeScore, parseRatingWord, ratingPoints, statedOverallRatings } from '../../../../src/lib/model/ratings';
import { ratingLabels } from '../../../../src/lib/language/vocabulary';
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

describe('the overall ratings a letter’s words state', () => {
  const names = ['Manchester North', 'Tameside', 'Wigan'];

  it('are read from the seed’s summary, one per PDU named', () => {
    const sentence =
      "In our PDU inspections, we rated Manchester North as 'Requires improvement', Tameside as 'Requires improvement', and Wigan as 'Requires improvement'.";
    expect(statedOverallRatings(sentence, names).map(({ pdu, rating }) => [pdu, rating])).toEqual([
      ['Manchester North', 'requires-improvement'],
      ['Tameside', 'requires-improvement'],
      ['Wigan', 'requires-improvement'],
    ]);
  });

  it('are read with curly quotes, without quotes, with "PDU" and with "was rated"', () => {
    expect(statedOverallRatings('We rated Tameside PDU as ‘Good’.', names).map((s) => s.rating)).toEqual(['good']);
    expect(statedOverallRatings('Wigan was rated Inadequate.', names).map((s) => s.rating)).toEqual(['inadequate']);
    expect(statedOverallRatings('Overall, Tameside has been rated as "Outstanding" and Wigan as Good.', names).map((s) => s.pdu)).toEqual([
      'Tameside',
      'Wigan',
    ]);
  });

  it('are not read from a sentence without "rated", about a standard, about an earlier inspection, or naming no PDU', () => {
    expect(statedOverallRatings("We found Tameside as 'Good'.", names)).toEqual([]);
    expect(statedOverallRatings("We rated Tameside as 'Inadequate' for assessment.", names)).toEqual([]);
    expect(statedOverallRatings("In 2019 we rated Wigan as 'Good'.", names)).toEqual([]);
    expect(statedOverallRatings("At our previous inspection we rated Wigan as 'Good'.", names)).toEqual([]);
    expect(statedOverallRatings('Two were rated outstanding, 10 were rated good.', names)).toEqual([]);
  });

  it('are not read for a name inside another word or a longer name', () => {
    expect(statedOverallRatings("We rated North Wigan as 'Good'.", ['North'])).toEqual([]);
    expect(statedOverallRatings("We rated Manchester North as 'Good'.", ['Manchester'])).toEqual([]);
  });
});
