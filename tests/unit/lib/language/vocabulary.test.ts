import { describe, expect, it } from 'vitest';
import { measureUnits, measureValues, unitValues } from '../../../../src/schemas/measures';
import {
  addresseeByName,
  addresseeHeading,
  addresseeLabels,
  figureStatedText,
  figureValueText,
  kindLabel,
  kindNoun,
  listNames,
  measureColumn,
  measureWords,
  notRatedLabel,
  ratingAbbreviations,
  ratingKey,
  ratingKeyText,
  ratingLabels,
  ratingWord,
  scoreInWords,
  scoreText,
  unitOf,
  unitWords,
} from '../../../../src/lib/language/vocabulary';

describe('the vocabulary of scores', () => {
  it('prints a score as points over the maximum and reads it out as points out of the maximum', () => {
    expect(scoreText({ points: 7, max: 27 })).toBe('7/27');
    expect(scoreInWords({ points: 7, max: 27 })).toBe('7 out of 27');
    expect(scoreText({ points: 0, max: 3 })).toBe('0/3');
  });
});

describe('the vocabulary of ratings', () => {
  it('names each rating as the inspectorate prints it, and a standard without one "Not rated"', () => {
    expect(ratingWord('requires-improvement')).toBe('Requires improvement');
    expect(ratingWord(undefined)).toBe('Not rated');
    expect(notRatedLabel).toBe('Not rated');
  });

  it('keys every abbreviation to its word, best first and not rated last', () => {
    expect(ratingKey().map((k) => [k.abbreviation, k.label])).toEqual([
      ['O', 'Outstanding'],
      ['G', 'Good'],
      ['RI', 'Requires improvement'],
      ['I', 'Inadequate'],
      ['NR', 'Not rated'],
    ]);
    for (const k of ratingKey()) expect(ratingAbbreviations[k.rating]).toBe(k.abbreviation);
    for (const [rating, label] of Object.entries(ratingLabels)) expect(ratingWord(rating as keyof typeof ratingLabels)).toBe(label);
  });

  it('spells the key out for a chart’s description, with not rated only when asked', () => {
    expect(ratingKeyText(false)).toBe('O Outstanding, G Good, RI Requires improvement, I Inadequate');
    expect(ratingKeyText(true)).toBe('O Outstanding, G Good, RI Requires improvement, I Inadequate, NR not rated');
  });
});

describe('the vocabulary of findings and addressees', () => {
  it('names each kind of finding as a label and inside a sentence', () => {
    expect([kindLabel('strength'), kindNoun('strength')]).toEqual(['Key strength', 'key strength']);
    expect([kindLabel('improvement'), kindNoun('improvement')]).toEqual(['Area for improvement', 'area for improvement']);
  });

  it('names each addressee in a label, a heading and by name', () => {
    expect(addresseeLabels).toEqual({ pdu: 'The PDU', region: 'The region', hmpps: 'HM Prison and Probation Service' });
    expect(addresseeHeading('region')).toBe('To the region');
    const names = { pdu: 'Tameside', region: 'Greater Manchester' };
    expect(addresseeByName('pdu', names)).toBe('Tameside PDU');
    expect(addresseeByName('region', names)).toBe('Greater Manchester region');
    expect(addresseeByName('hmpps', names)).toBe('HM Prison and Probation Service');
  });

  it('joins names as a list: "A", "A and B", "A, B and C"', () => {
    expect(listNames([])).toBe('');
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B'])).toBe('A and B');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('the vocabulary of key figures', () => {
  it('takes each measure’s unit from the one table the schema validates against', () => {
    for (const measure of measureValues) expect(unitOf(measure)).toBe(measureUnits[measure]);
    expect(Object.keys(unitWords).sort()).toEqual([...unitValues].sort());
    expect(Object.keys(measureWords)).toEqual([...measureValues]);
  });

  it('heads each measure’s table column with its unit', () => {
    expect(measureValues.map(measureColumn)).toEqual([
      'Vacancy rate (%)',
      'Leaving rate (%)',
      'Average caseload (cases)',
      'Workload (% of target)',
      'Under capacity (%)',
      'Staffing (% of target)',
      'Days lost on average per year',
    ]);
  });

  it('words a value by its measure’s unit, with what the unit alone does not say', () => {
    const value = (measure: (typeof measureValues)[number], v: number) => figureValueText({ measure, value: v });
    expect(value('vacancy-rate', 38)).toBe('38%');
    expect(value('average-caseload', 45)).toBe('45 cases');
    expect(value('workload', 137)).toBe('137% of target');
    expect(value('workload-under-capacity', 12)).toBe('12% under capacity');
    expect(value('sickness-absence', 12.3)).toBe('12.3 days lost on average per year');
  });

  it('keeps the letter’s own wording where the entry gives it', () => {
    expect(figureStatedText({ measure: 'staffing-level', value: 75, statedAs: '75 per cent' })).toBe('75 per cent');
    expect(figureStatedText({ measure: 'staffing-level', value: 75 })).toBe('75% of target');
  });
});
