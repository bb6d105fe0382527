import { describe, expect, it } from 'vitest';
import { editDistance, suggestQuery } from '../../../../src/lib/search/suggest';

const vocabulary = ['staff', 'victim', 'victims', 'workloads', 'waiting', 'times', 'programmes', 'probation', 'statutory'];

describe('suggesting a query when a search finds nothing', () => {
  it('counts edits as insertions, deletions, substitutions and swaps of neighbouring letters', () => {
    expect(editDistance('victim', 'victim')).toBe(0);
    expect(editDistance('vicitm', 'victim')).toBe(1);
    expect(editDistance('victm', 'victim')).toBe(1);
    expect(editDistance('wating', 'waiting')).toBe(1);
    expect(editDistance('probatoin', 'probation')).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });

  it('replaces each unknown word by the nearest known one, and leaves known words alone', () => {
    expect(suggestQuery('vicitm', vocabulary)).toBe('victim');
    expect(suggestQuery('Wating tims', vocabulary)).toBe('waiting times');
    expect(suggestQuery('statutory vicitms', vocabulary)).toBe('statutory victims');
    expect(suggestQuery('probatoin programmes', vocabulary)).toBe('probation programmes');
  });

  it('prefers the more frequent of equally near words', () => {
    expect(suggestQuery('victis', vocabulary)).toBe('victim');
  });

  it('offers nothing when every word is known, too far from any, too short, or not a word', () => {
    expect(suggestQuery('staff victims', vocabulary)).toBeUndefined();
    expect(suggestQuery('workload waitings', vocabulary)).toBeUndefined();
    expect(suggestQuery('bolton', vocabulary)).toBeUndefined();
    expect(suggestQuery('xq', vocabulary)).toBeUndefined();
    expect(suggestQuery('2023', vocabulary)).toBeUndefined();
  });
  it('reads the query as search reads words, so letter case, accents, possessives and apostrophes never make a word unknown', () => {
    expect(suggestQuery('Victim’s STAFF', vocabulary)).toBeUndefined();
    expect(suggestQuery('vîctims', vocabulary)).toBeUndefined();
    expect(suggestQuery('vîcitms', vocabulary)).toBe('victims');
  });

  it('never corrects a word search files under the same term as a vocabulary word', () => {
    expect(suggestQuery('programme', vocabulary)).toBeUndefined();
    expect(suggestQuery('waited staffs', vocabulary)).toBeUndefined();
  });

  it('keeps the rest of the query as typed: quotes, punctuation and the words it leaves alone', () => {
    expect(suggestQuery('"wating times" for Staff, vicitms', vocabulary)).toBe('"waiting times" for Staff, victims');
  });
});
