import { describe, expect, it } from 'vitest';
import {
  filtersLabel,
  isEmptySearch,
  partialHeading,
  queryFromState,
  resultsSummary,
  stateFromQuery,
} from '../../../../src/lib/search/url-state';

describe('search state in the URL', () => {
  it('reads a query, repeated filters and a sort, ignoring unknown keys', () => {
    const state = stateFromQuery('?q=+waiting+times+&kind=Recommendation&kind=Letter&addressee=The+region&colour=red&sort=newest');
    expect(state).toEqual({
      q: 'waiting times',
      filters: { kind: ['Recommendation', 'Letter'], addressee: ['The region'] },
      sort: 'newest',
    });
    expect(stateFromQuery('?sort=sideways').sort).toBe('relevance');
  });

  it('writes the same search back in a stable order, so equal searches have equal URLs', () => {
    const a = queryFromState({ q: 'x', filters: { kind: ['Letter', 'Recommendation'], region: ['Wales'] }, sort: 'relevance' });
    const b = queryFromState({ q: 'x', filters: { region: ['Wales'], kind: ['Recommendation', 'Letter'] }, sort: 'relevance' });
    expect(a).toBe(b);
    expect(a).toBe('?q=x&kind=Letter&kind=Recommendation&region=Wales');
    expect(stateFromQuery(a)).toEqual({ q: 'x', filters: { kind: ['Letter', 'Recommendation'], region: ['Wales'] }, sort: 'relevance' });
    expect(queryFromState({ q: '', filters: {}, sort: 'relevance' })).toBe('');
  });

  it('labels the narrow-screen filters button with how many filters are ticked', () => {
    expect(filtersLabel(0)).toBe('Filters (none selected)');
    expect(filtersLabel(1)).toBe('Filters (1 selected)');
    expect(filtersLabel(3)).toBe('Filters (3 selected)');
  });

  it('treats a filter alone as a search, and announces counts in words', () => {
    expect(isEmptySearch({ q: '', filters: {}, sort: 'relevance' })).toBe(true);
    expect(isEmptySearch({ q: '', filters: { addressee: ['HM Prison and Probation Service'] }, sort: 'relevance' })).toBe(false);
    expect(resultsSummary(1, { q: 'bbr', filters: {}, sort: 'relevance' })).toBe('1 result for “bbr”');
    expect(resultsSummary(4, { q: '', filters: { kind: ['A'], domain: ['B'] }, sort: 'relevance' })).toBe('4 results with 2 filters');
  });

  it('says how many results hold every word of the query and how many only some, when not all do', () => {
    const state = { q: 'unpaid work', filters: {}, sort: 'relevance' as const };
    expect(resultsSummary(30, state, 30)).toBe('30 results for “unpaid work”');
    expect(resultsSummary(30, state, 3)).toBe('3 results contain every word of “unpaid work”; 27 more contain some of them');
    expect(resultsSummary(3, state, 1)).toBe('1 result contains every word of “unpaid work”; 2 more contain some of them');
    expect(resultsSummary(5, state, 0)).toBe('No result contains every word of “unpaid work”; 5 results contain some of them');
    expect(resultsSummary(5, { ...state, filters: { kind: ['Letter'] } }, 2)).toBe(
      '2 results contain every word of “unpaid work” with 1 filter; 3 more contain some of them',
    );
    expect(resultsSummary(5, { ...state, q: '' }, 0), 'with no words, every result is whole').toBe('5 results');
  });

  it('heads the results holding only some of the words with how many there are', () => {
    expect(partialHeading(1)).toBe('1 result contains some of the words');
    expect(partialHeading(27)).toBe('27 results contain some of the words');
  });
});
