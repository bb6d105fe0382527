import { describe, expect, it } from 'vitest';
import { explorerRowOf } from '../../../../src/lib/publishing/explorer-files';
import { matchQuery } from '../../../../src/lib/search/query';
import { documentTerms, parseQuery } from '../../../../src/lib/language/reading';
import type { Postings } from '../../../../src/lib/search/index-format';
import {
  compareRows,
  explorerMatcher,
  explorerQuery,
  explorerStateFromQuery,
  isFiltered,
  matchingRows,
  rowTerms,
  type ExplorerRow,
} from '../../../../src/lib/url-state/explorer-state';
import { modelOf, reference, root } from '../../../support';

const { acronyms } = reference;

const row: ExplorerRow = {
  addressee: 'hmpps',
  region: 'greater-manchester',
  pdu: 'wigan',
  domains: ['1-2-staff'],
  year: '2023',
  date: '2023-05-25',
  number: 8,
  index: 3,
  text: 'Reduce waiting times for Building Better Relationships (BBR) and the victim’s contact.',
  pduName: 'Wigan',
  regionName: 'Greater Manchester',
  addresseeLabel: 'To HMPPS',
};

/** A row saying `text`, numbered by its place, otherwise the row above. */
const saying = (text: string, index = 0): ExplorerRow => ({ ...row, text, index, number: index + 1 });

/** The texts of the rows a keyword keeps, out of rows saying each of `texts`. */
const kept = (q: string, texts: readonly string[]) =>
  matchingRows(
    texts.map((t, i) => saying(t, i)),
    { ...explorerStateFromQuery(''), q },
    acronyms,
  ).map((r) => r.text);

describe('the recommendations explorer state', () => {
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

  it('says whether the state narrows the rows at all', () => {
    expect(isFiltered(explorerStateFromQuery('?sort=pdu-asc'))).toBe(false);
    expect(isFiltered(explorerStateFromQuery('?q=+'))).toBe(false);
    expect(isFiltered(explorerStateFromQuery('?q=%22+%22'))).toBe(false);
    expect(isFiltered(explorerStateFromQuery('?q=bbr'))).toBe(true);
    expect(isFiltered(explorerStateFromQuery('?year=2023'))).toBe(true);
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

describe('the explorer’s keyword box, which keeps what search finds wholly', () => {
  it('keeps a row when every word is in its text, in any case, order, accents or apostrophes', () => {
    const matches = (q: string) => kept(q, [row.text]).length === 1;
    expect(matches('waiting')).toBe(true);
    expect(matches('TIMES waiting')).toBe(true);
    expect(matches('bbr')).toBe(true);
    expect(matches("victim's")).toBe(true);
    expect(matches('Réduce')).toBe(true);
    expect(matches('waiting lists')).toBe(false);
    expect(matches('unpaid')).toBe(false);
  });

  it('keeps a row saying “unpaid work” for the words unpaid work, and drops one saying only “working”', () => {
    expect(kept('unpaid work', ['Increase the unpaid work hours delivered.', 'Improve partnership working.'])).toEqual([
      'Increase the unpaid work hours delivered.',
    ]);
  });

  it('keeps a row saying “Building Better Relationships” for “BBR”, and a row saying “BBR” for those words', () => {
    const texts = ['Offer Building Better Relationships places.', 'Start BBR sooner.', 'Build better plans.'];
    expect(kept('BBR', texts)).toEqual(texts.slice(0, 2));
    expect(kept('building better relationships', texts)).toEqual(texts.slice(0, 2));
    expect(kept('"better relationships"', texts)).toEqual(texts.slice(0, 2));
    // Without the list of abbreviations, each form finds only itself.
    const rows = texts.map((t, i) => saying(t, i));
    const bbr = { ...explorerStateFromQuery(''), q: 'BBR' };
    expect(rows.filter(explorerMatcher(bbr, rows, [])).map((r) => r.text)).toEqual(['Start BBR sooner.']);
  });

  it('keeps only rows holding a quoted phrase’s words side by side, in order', () => {
    const texts = ['Deliver unpaid work promptly.', 'Unpaid and supervised work.', 'Work that is unpaid.', 'Unpaid-work placements.'];
    expect(kept('"unpaid work"', texts)).toEqual(['Deliver unpaid work promptly.', 'Unpaid-work placements.']);
    expect(kept('unpaid work', texts)).toEqual(texts);
    expect(kept('placements "unpaid work"', texts)).toEqual(['Unpaid-work placements.']);
    // Curly quotes as typed on a phone, and an unclosed quote, which runs to the end.
    expect(kept('“unpaid work”', texts)).toEqual(['Deliver unpaid work promptly.', 'Unpaid-work placements.']);
    expect(kept('"unpaid work', texts)).toEqual(['Deliver unpaid work promptly.', 'Unpaid-work placements.']);
  });

  it('matches “victims” to “victim” and the other forms of a word', () => {
    const texts = ['Contact the victim sooner.', 'Victims’ views are recorded.', 'Record victimisation.', 'Victoria Street.'];
    expect(kept('victims', texts)).toEqual(texts.slice(0, 2));
    expect(kept('victim', texts)).toEqual(texts.slice(0, 2));
  });

  it('matches “vict” to “victim” when no row holds “vict” itself, and as a word once one does', () => {
    const texts = ['Contact the victim sooner.', 'Victoria Street.', 'Review the plan.'];
    expect(kept('vict', texts)).toEqual(texts.slice(0, 2));
    expect(kept('contact vict', texts)).toEqual(texts.slice(0, 1));
    // A space after it, a quote around it or fewer than three letters and the word must be there whole.
    expect(kept('vict ', texts)).toEqual([]);
    expect(kept('"vict"', texts)).toEqual([]);
    expect(kept('vi', texts)).toEqual([]);
    // Only the last word may be a prefix.
    expect(kept('vict contact', texts)).toEqual([]);
    // Once any row holds the word, it is that word alone.
    expect(kept('vict', [...texts, 'The VICT team.'])).toEqual(['The VICT team.']);
  });

  it('matches whole words, not parts of them', () => {
    const texts = ['Review the network of services.', 'Agree timescales.', 'Work on time.'];
    expect(kept('work', texts)).toEqual(['Work on time.']);
    expect(kept('time', texts)).toEqual(['Work on time.']);
  });

  it('combines the keyword with every filter', () => {
    const rows = [
      saying('Offer Building Better Relationships places.', 0),
      { ...saying('Start BBR sooner.', 1), pdu: 'tameside', region: 'greater-manchester', addressee: 'pdu' },
      { ...saying('Start BBR sooner.', 2), year: '2022', date: '2022-01-01' },
      { ...saying('Review the plan.', 3), domains: ['2-1-court-work'] },
    ];
    const ids = (query: string) => matchingRows(rows, explorerStateFromQuery(query), acronyms).map((r) => r.index);
    expect(ids('?q=bbr')).toEqual([0, 1, 2]);
    expect(ids('?q=bbr&addressee=hmpps')).toEqual([0, 2]);
    expect(ids('?q=bbr&addressee=hmpps&year=2023')).toEqual([0]);
    expect(ids('?q=bbr&pdu=tameside&region=greater-manchester')).toEqual([1]);
    expect(ids('?q=bbr&domain=2-1-court-work')).toEqual([]);
    expect(ids('?domain=2-1-court-work')).toEqual([3]);
    expect(ids('?addressee=hmpps&domain=1-2-staff')).toEqual([0, 2]);
    expect(ids('?addressee=hmpps&pdu=tameside')).toEqual([]);
  });

  it('reads each row’s words once, however many keywords are typed', () => {
    const a = saying('Contact the victim sooner.');
    const terms = rowTerms(a, acronyms);
    expect(terms.has('victim')).toBe(true);
    expect(terms.has('_contact victim')).toBe(false);
    expect(terms.has('_the victim')).toBe(true);
    for (const q of ['vict', 'victim', 'contact']) matchingRows([a], { ...explorerStateFromQuery(''), q }, acronyms);
    expect(rowTerms(a, acronyms)).toBe(terms);
    // Read with another list of abbreviations, the row's words are read again.
    expect(rowTerms(a, [])).not.toBe(terms);
  });

  it('keeps, of the seed’s and the corpus’s recommendations, exactly those search’s index of their texts holds wholly', () => {
    const queries = [
      'waiting times',
      'victims',
      'vict',
      'engag',
      'BBR',
      'building better relationships',
      '"unpaid work"',
      'UPW',
      'work',
      'working',
      '"risk assessment"',
      'staff training',
      'multi-agency',
      'the',
    ];
    let found = 0;
    for (const model of [modelOf(), modelOf(`${root}tests/fixtures/corpus/letters`)]) {
      const rows = model.recommendations.map(explorerRowOf);
      // The postings search would file these texts under (every weight the same: only which rows match is compared).
      const docs = new Map<string, number[]>();
      rows.forEach((r, i) => {
        for (const term of new Set(documentTerms(r.text, acronyms))) docs.set(term, [...(docs.get(term) ?? []), i]);
      });
      const postings: Postings[] = [...docs].map(([term, d]) => ({
        term,
        docs: Uint32Array.from(d),
        weights: new Uint8Array(d.length).fill(255),
      }));
      for (const q of queries) {
        const whole = [...matchQuery(parseQuery(q), postings, rows.length).values()].filter((m) => m.whole).map((m) => m.doc);
        const explorer = matchingRows(rows, { ...explorerStateFromQuery(''), q }, acronyms).map((r) => rows.indexOf(r));
        expect(explorer, q).toEqual(whole.sort((a, b) => a - b));
        found += explorer.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});
