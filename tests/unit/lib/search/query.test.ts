import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { acronymsIn, withSearchTerms } from '../../../../src/lib/publishing/search-terms';
import { readPage } from '../../../../src/lib/search/page-html';
import { excerpt } from '../../../../src/lib/search/excerpt';
import { matchWords, runSearch, type Selection } from '../../../../src/lib/search/query';
import { queryWords } from '../../../../src/lib/search/words';
import { facetOrder, type FacetKey } from '../../../../src/lib/url-state/search-facet-keys';
import { indexOf, pageHtml, type TestPage } from './helpers';
import { must } from '../../../../src/lib/must';

const page = (n: number, over: Partial<TestPage>): TestPage => ({
  url: `findings/f${n}/`,
  date: '2023-05-25',
  kind: 'Key strength',
  filters: { kind: ['Key strength'], region: ['Wales'], year: ['2023'] },
  heading: `Finding ${n}`,
  text: 'Nothing to see.',
  ...over,
});

/** Titles of the results of a query over pages, best first. */
function titles(pages: TestPage[], query: string, selection: Selection = {}, order: 'relevance' | 'newest' | 'oldest' = 'relevance') {
  const index = indexOf(pages);
  const words = queryWords(query);
  const matches = query ? matchWords(words, index.postings, index.docs) : undefined;
  const outcome = runSearch({ matches, docCount: index.docs, facets: index.facets, values: index.manifest.facets, selection, order });
  return outcome.docs.map((d) => index.fragment(d).title);
}

describe('answering a search', () => {
  it('ranks a short text holding every word above a long one that mentions them among much else', () => {
    const long = `${'The region had many other matters to report on. '.repeat(40)} Waiting times were long.`;
    const pages = [
      page(1, { url: 'letters/l/', heading: 'Letter', text: long }),
      page(2, { heading: 'Recommendation', text: 'Reduce waiting times for programmes.' }),
    ];
    expect(titles(pages, 'waiting times')).toEqual(['Recommendation', 'Letter']);
  });

  it('ranks documents holding all the words above those holding some, however often they use one', () => {
    const pages = [
      page(1, { heading: 'Some', text: 'Risk risk risk risk risk.' }),
      page(2, { heading: 'All', text: 'Risk of harm, among other words written here.' }),
    ];
    expect(titles(pages, 'risk harm')).toEqual(['All', 'Some']);
  });

  it('weighs a word in the heading above the same word in the text', () => {
    const pages = [
      page(1, { heading: 'Staffing', text: 'Words about workloads.' }),
      page(2, { heading: 'Other', text: 'Words about staffing.' }),
    ];
    expect(titles(pages, 'staffing')).toEqual(['Staffing', 'Other']);
  });

  it('matches the last word as a prefix, ranking the word itself above longer ones', () => {
    const pages = [page(1, { heading: 'A', text: 'Victimisation was rare.' }), page(2, { heading: 'B', text: 'The victim was told.' })];
    expect(titles(pages, 'vict')).toEqual(['B', 'A']);
    expect(titles(pages, 'victim')).toEqual(['B', 'A']);
    expect(titles(pages, 'victim was')).toEqual(['B', 'A']);
    expect(titles(pages, 'victimisation')).toEqual(['A']);
  });

  it('finds a page by either form of an acronym it uses, once both forms are added to its indexed part', () => {
    const acronyms = [{ short: 'BBR', expansion: 'Building Better Relationships', source: 'seed' }];
    const a = pageHtml(page(1, { heading: 'Rec 8', text: 'Reduce waits for Building Better Relationships.' }));
    const b = pageHtml(page(2, { heading: 'Rec 9', text: 'BBR completions were low.' }));
    const withTerms = [a, b].map((html) => readPage(withSearchTerms(html, acronyms)));
    expect(withTerms.map((p) => p?.text.startsWith('Building Better Relationships (BBR)'))).toEqual([true, true]);
    expect(acronymsIn('BBRs and more', acronyms)).toHaveLength(1);
  });

  it('keeps a word in more than half of many documents to four weight levels, still ranking a page full of it first', () => {
    // 1,100 pages all using "staff", with ever more other words; a tenth also use "caseload", as often as "staff".
    const pages = Array.from({ length: 1100 }, (_, n) =>
      page(n, {
        heading: `Finding ${n}`,
        text: `${n % 10 === 0 ? 'caseload '.repeat(1 + (n % 7)) : ''}${'staff '.repeat(1 + (n % 7))}${'other words here '.repeat(n % 13)}`,
      }),
    );
    const { postings } = indexOf(pages);
    const weightsOf = (term: string) =>
      new Set(
        must(
          postings.find((p) => p.term === term),
          term,
        ).weights,
      );
    expect([...weightsOf('staff')].sort((a, b) => a - b)).toEqual([1, 86, 170, 255].filter((w) => weightsOf('staff').has(w)));
    expect(weightsOf('staff').size).toBeLessThanOrEqual(4);
    expect(weightsOf('caseload').size, 'a word in fewer than half the pages keeps its fine weights').toBeGreaterThan(4);
    // Pages in one level tie (then newest first), so the order is by level: many uses first, few last.
    const uses = (title: string | undefined) => 1 + (Number(title?.replace('Finding ', '')) % 7);
    const ranked = titles(pages, 'staff');
    expect(uses(ranked[0])).toBeGreaterThanOrEqual(6);
    expect(uses(ranked.at(-1))).toBeLessThanOrEqual(2);
  });

  it('lists every document a filter keeps when there are no words, newest first or oldest first', () => {
    const pages = [
      page(1, { date: '2022-01-01', heading: 'Old', filters: { kind: ['Letter'], year: ['2022'] } }),
      page(2, { date: '2024-01-01', heading: 'New', filters: { kind: ['Letter'], year: ['2024'] } }),
      page(3, { date: '2023-01-01', heading: 'Middle', filters: { kind: ['PDU'], year: ['2023'] } }),
    ];
    expect(titles(pages, '', { kind: ['Letter'] }, 'newest')).toEqual(['New', 'Old']);
    expect(titles(pages, '', { kind: ['Letter'] }, 'oldest')).toEqual(['Old', 'New']);
    expect(titles(pages, '', { kind: ['Nothing like it'] })).toEqual([]);
  });

  it('counts each facet’s values over the documents every other facet keeps, as a brute-force count does', () => {
    const value = (key: FacetKey) => fc.constantFrom(`${key}-a`, `${key}-b`, `${key}-c`);
    const doc = fc.record({
      words: fc.subarray(['risk', 'harm', 'staff']),
      filters: fc.record(
        Object.fromEntries(facetOrder.map(({ key }) => [key, fc.uniqueArray(value(key), { maxLength: 2 })])) as Record<
          FacetKey,
          fc.Arbitrary<string[]>
        >,
      ),
    });
    const selection = fc.record(
      Object.fromEntries(facetOrder.map(({ key }) => [key, fc.uniqueArray(value(key), { maxLength: 2 })])) as Record<
        FacetKey,
        fc.Arbitrary<string[]>
      >,
    );
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 12 }),
        selection,
        fc.constantFrom('', 'risk', 'harm staff'),
        (docs, chosen, query) => {
          const pages = docs.map((d, i) =>
            page(i, { url: `x/${i}/`, heading: `Doc ${i}`, text: `${d.words.join(' ')} filler`, filters: d.filters }),
          );
          const index = indexOf(pages);
          const words = queryWords(query);
          const matches = query ? matchWords(words, index.postings, index.docs) : undefined;
          const outcome = runSearch({
            matches,
            docCount: index.docs,
            facets: index.facets,
            values: index.manifest.facets,
            selection: chosen,
            order: 'newest',
          });
          // By brute force over the pages themselves.
          const hasWord = (d: (typeof docs)[number]) => !query || words.some((w) => d.words.some((x) => x.startsWith(w.term)));
          const keeps = (d: (typeof docs)[number], key: FacetKey) =>
            !chosen[key]?.length || d.filters[key].some((v) => chosen[key]?.includes(v));
          const kept = docs.filter((d) => hasWord(d) && facetOrder.every(({ key }) => keeps(d, key)));
          expect(outcome.docs.length).toBe(kept.length);
          for (const { key } of facetOrder) {
            const expected: Record<string, number> = {};
            for (const d of docs.filter((x) => hasWord(x) && facetOrder.every((f) => f.key === key || keeps(x, f.key))))
              for (const v of d.filters[key]) expected[v] = (expected[v] ?? 0) + 1;
            expect(outcome.counts[key], key).toEqual(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives the same bytes for the same pages, in whatever order they arrive', () => {
    const pages = Array.from({ length: 30 }, (_, i) =>
      page(i, {
        date: `202${i % 4}-0${(i % 9) + 1}-01`,
        text: `Text ${i} about risk ${i % 3 ? 'and harm' : ''}`,
        filters: { kind: [i % 2 ? 'PDU' : 'Letter'], year: [`202${i % 4}`] },
      }),
    );
    const a = indexOf(pages).files;
    const b = indexOf([...pages].reverse()).files;
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(Buffer.from(b.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('refuses a page with no sort date, and a filter search does not know', () => {
    expect(() => indexOf([page(1, { date: 'May 2023' })])).toThrow(
      'findings/f1/ lacks a sort date as YYYY-MM-DD (data-search-sort="date")',
    );
    expect(() => indexOf([page(1, { filters: { colour: ['red'] } })])).toThrow(/filters search does not know: colour/);
  });
});

describe('a result’s excerpt', () => {
  it('shows about thirty words around the best match, with each matched word marked', () => {
    const text = `${'Words before. '.repeat(30)}Staff had high caseloads and staff were tired.${' Words after.'.repeat(30)}`;
    const html = excerpt(text, queryWords('staff caseload'));
    expect(html).toContain(
      'Words before. Words before. <mark>Staff</mark> had high <mark>caseloads</mark> and <mark>staff</mark> were tired.',
    );
    expect(html.split(' ').length).toBeLessThanOrEqual(31);
  });

  it('escapes the text, so only the marks are markup', () => {
    const html = excerpt('<img src=x onerror=alert(1)> & "victims"', queryWords('victims'));
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;<mark>victims</mark>');
  });
});
