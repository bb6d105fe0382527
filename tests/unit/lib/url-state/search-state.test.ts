import { describe, expect, it } from 'vitest';
import { filtersLabel, isEmptySearch, queryFromState, resultsSummary, stateFromQuery } from '../../../../src/lib/url-state/search-state';
import {
  compareRows,
  explorerQuery,
  explorerStateFromQuery,
  isFiltered,
  keywordText,
  rowMatches,
} from '../../../../src/lib/url-state/explorer-state';

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
});

describe('the recommendations explorer state', () => {
  const row = {
    addressee: 'hmpps',
    region: 'greater-manchester',
    pdu: 'wigan',
    domains: ['1-2-staff'],
    year: '2023',
    date: '2023-05-25',
    number: 8,
    index: 3,
    text: keywordText('Reduce waiting times for Building Better Relationships (BBR) and the victim’s contact.'),
    pduName: 'Wigan',
    regionName: 'Greater Manchester',
    addresseeLabel: 'To HMPPS',
  };

  it('round-trips filters and sort through the URL, dropping defaults', () => {
    const state = explorerStateFromQuery('?addressee=hmpps&domain=1-2-staff&sort=pdu-asc');
    expect(explorerQuery(state)).toBe('?addressee=hmpps&domain=1-2-staff&sort=pdu-asc');
    expect(explorerQuery(explorerStateFromQuery(''))).toBe('');
    expect(explorerStateFromQuery('?sort=evil').sort).toBe('date-desc');
  });

  it('keeps the keyword in the URL as q, trimmed, and leaves it out when empty', () => {
    expect(explorerStateFromQuery('?q=waiting+times&pdu=wigan').q).toBe('waiting times');
    expect(explorerQuery({ ...explorerStateFromQuery(''), q: '  waiting times ' })).toBe('?q=waiting+times');
    expect(explorerQuery({ ...explorerStateFromQuery(''), q: '   ' })).toBe('');
  });

  it('matches a keyword when every word appears in the text, in any case, order, accents or apostrophes', () => {
    const matches = (q: string) => rowMatches(row, { ...explorerStateFromQuery(''), q });
    expect(matches('waiting')).toBe(true);
    expect(matches('TIMES waiting')).toBe(true);
    expect(matches('bbr')).toBe(true);
    expect(matches("victim's")).toBe(true);
    expect(matches('Réduce')).toBe(true);
    expect(matches('waiting lists')).toBe(false);
    expect(matches('unpaid')).toBe(false);
  });

  it('says whether the state narrows the rows at all', () => {
    expect(isFiltered(explorerStateFromQuery('?sort=pdu-asc'))).toBe(false);
    expect(isFiltered(explorerStateFromQuery('?q=+'))).toBe(false);
    expect(isFiltered(explorerStateFromQuery('?q=bbr'))).toBe(true);
    expect(isFiltered(explorerStateFromQuery('?year=2023'))).toBe(true);
  });

  it('matches a row only when every chosen filter matches', () => {
    expect(rowMatches(row, explorerStateFromQuery('?addressee=hmpps&domain=1-2-staff'))).toBe(true);
    expect(rowMatches(row, explorerStateFromQuery('?addressee=hmpps&pdu=tameside'))).toBe(false);
  });

  it('sorts by a column either way and keeps source order for ties', () => {
    const other = { ...row, number: 2, index: 1 };
    expect(compareRows(row, other, 'number-asc')).toBeGreaterThan(0);
    expect(compareRows(row, other, 'number-desc')).toBeLessThan(0);
    expect(compareRows(row, { ...row, index: 9 }, 'date-desc')).toBeLessThan(0);
  });

  it('sorts by PDU, region and addressee by the names shown, not the ids', () => {
    const other = { ...row, pdu: 'a-first-id', pduName: 'Zeta', index: 1 };
    expect(compareRows(row, other, 'pdu-asc')).toBeLessThan(0);
    expect(compareRows(row, { ...row, region: 'z', regionName: 'Avon', index: 1 }, 'region-asc')).toBeGreaterThan(0);
    expect(compareRows(row, { ...row, addressee: 'pdu', addresseeLabel: 'To the PDU', index: 1 }, 'addressee-asc')).toBeLessThan(0);
  });
});
