import { describe, expect, it } from 'vitest';
import { stem } from '../../../../src/lib/search/stemmer';
import { indexTerms, normaliseWord, queryWords, wordSpans } from '../../../../src/lib/search/words';

describe('how search reads words', () => {
  it('stems words as Porter’s algorithm does, so plurals and endings meet', () => {
    const pairs: [string, string][] = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['relational', 'relat'],
      ['hopping', 'hop'],
      ['generalizations', 'gener'],
      ['victims', 'victim'],
      ['victim', 'victim'],
      ['relationships', 'relationship'],
      ['assessed', 'assess'],
      ['assessment', 'assess'],
      ['yelling', 'yell'],
    ];
    for (const [word, expected] of pairs) expect(stem(word), word).toBe(expected);
  });

  it('leaves words with digits or letters beyond a to z as they are', () => {
    expect(stem('2023')).toBe('2023');
    expect(stem('2a')).toBe('2a');
    expect(stem('œuvres')).toBe('œuvres');
  });

  it('compares words in lower case, without accents, possessive ’s or apostrophes', () => {
    expect(normaliseWord('Probation’s')).toBe('probation');
    expect(normaliseWord("don't")).toBe('dont');
    expect(normaliseWord('Café')).toBe('cafe');
  });

  it('finds each word with its place in the text', () => {
    const text = 'Victims’ needs, multi-agency work';
    expect(wordSpans(text).map((s) => [text.slice(s.start, s.end), s.term])).toEqual([
      ['Victims', 'victim'],
      ['needs', 'need'],
      ['multi', 'multi'],
      ['agency', 'agenc'],
      ['work', 'work'],
    ]);
  });

  it('indexes a hyphenated pair under each part and the two joined', () => {
    expect(indexTerms('multi-agency work')).toEqual(['multi', 'agenc', 'multiag', 'work']);
  });

  it('matches the last word of a query of three letters or more as a prefix, and each word once', () => {
    expect(queryWords('Risk of vict')).toEqual([
      { term: 'risk', prefix: false },
      { term: 'of', prefix: false },
      { term: 'vict', prefix: true },
    ]);
    expect(queryWords('victims victim')).toEqual([{ term: 'victim', prefix: true }]);
    expect(queryWords('risk of')).toEqual([
      { term: 'risk', prefix: false },
      { term: 'of', prefix: false },
    ]);
  });
});
