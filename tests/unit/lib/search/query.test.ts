import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchQuery, neededTerms, runSearch, wantedTerm } from '../../../../src/lib/search/query';
import { parseQuery } from '../../../../src/lib/language/reading';
import { facetOrder, type FacetKey } from '../../../../src/lib/search/facet-keys';
import { indexOf, searchTitles, testAcronyms, testDoc } from './helpers';
import { must } from '../../../../src/lib/must';

/** The titles of a query's results, best first. */
const titles = (...args: Parameters<typeof searchTitles>) => searchTitles(...args).titles;

describe('answering a search', () => {
  it('ranks a short text holding every word above a long one that mentions them among much else', () => {
    const long = `${'The region had many other matters to report on. '.repeat(40)} Waiting times were long.`;
    const docs = [
      testDoc(1, { url: 'letters/l/', title: 'Letter', paragraphs: [long] }),
      testDoc(2, { title: 'Recommendation', paragraphs: ['Reduce waiting times for programmes.'] }),
    ];
    expect(titles(docs, 'waiting times')).toEqual(['Recommendation', 'Letter']);
  });

  it('ranks documents holding all the words above those holding some, however often they use one, and counts them', () => {
    const docs = [
      testDoc(1, { title: 'Some', paragraphs: ['Risk risk risk risk risk.'] }),
      testDoc(2, { title: 'All', paragraphs: ['Risk of harm, among other words written here.'] }),
    ];
    expect(searchTitles(docs, 'risk harm')).toEqual({ titles: ['All', 'Some'], whole: 1 });
  });

  it('keeps the documents holding every word first when sorted by date, each group in date order', () => {
    const docs = [
      testDoc(1, { title: 'Old, all', date: '2021-01-01', paragraphs: ['Risk of harm.'] }),
      testDoc(2, { title: 'New, some', date: '2024-01-01', paragraphs: ['Risk.'] }),
      testDoc(3, { title: 'Middle, all', date: '2022-01-01', paragraphs: ['Harm and risk.'] }),
      testDoc(4, { title: 'Newer, some', date: '2025-01-01', paragraphs: ['Harm.'] }),
    ];
    expect(searchTitles(docs, 'risk harm', { order: 'newest' })).toEqual({
      titles: ['Middle, all', 'Old, all', 'Newer, some', 'New, some'],
      whole: 2,
    });
    expect(searchTitles(docs, 'risk harm', { order: 'oldest' })).toEqual({
      titles: ['Old, all', 'Middle, all', 'New, some', 'Newer, some'],
      whole: 2,
    });
  });

  it('weighs a word in the title above the same word in a heading, and a heading above the text', () => {
    const docs = [
      testDoc(1, { title: 'Text', paragraphs: ['Words about workloads and caseloads.'], headings: ['Other matters'] }),
      testDoc(2, { title: 'Caseloads', paragraphs: ['Words about workloads and other things.'], headings: ['Other matters'] }),
      testDoc(3, { title: 'Heading', paragraphs: ['Words about workloads and other things.'], headings: ['Caseloads'] }),
    ];
    expect(titles(docs, 'caseloads')).toEqual(['Caseloads', 'Heading', 'Text']);
  });

  it('matches the last word as a prefix, ranking the word itself above longer ones', () => {
    const docs = [
      testDoc(1, { title: 'A', paragraphs: ['Victimisation was rare.'] }),
      testDoc(2, { title: 'B', paragraphs: ['The victim was told.'] }),
    ];
    expect(titles(docs, 'vict')).toEqual(['B', 'A']);
    expect(titles(docs, 'victim was')).toEqual(['B', 'A']);
    expect(titles(docs, 'victimisation')).toEqual(['A']);
  });

  it('uses the last word as a prefix only when no document holds the word itself', () => {
    const docs = [
      testDoc(1, { title: 'A', paragraphs: ['Victimisation was rare.'] }),
      testDoc(2, { title: 'B', paragraphs: ['The victim was told.'] }),
    ];
    expect(titles(docs, 'victim')).toEqual(['B']);
    expect(titles(docs, 'victim ')).toEqual(['B']);
    expect(titles([must(docs[0], 'A')], 'victim')).toEqual(['A']);
  });

  it('finds a word typed in part whose stem is longer than the stem of the whole word ("probati" for "probation")', () => {
    const docs = [
      testDoc(1, { title: 'A', paragraphs: ['Probation staff were stretched.'] }),
      testDoc(2, { title: 'B', paragraphs: ['Community payback continued.'] }),
      testDoc(3, { title: 'C', paragraphs: ['A problem arose.'] }),
    ];
    expect(titles(docs, 'probati')).toEqual(['A']);
    expect(titles(docs, 'communit')).toEqual(['B']);
    expect(titles(docs, 'prob').sort()).toEqual(['A', 'C']);
  });

  it('leaves out a document lacking a quoted phrase, whatever other words it holds', () => {
    const docs = [
      testDoc(1, { title: 'Phrase', paragraphs: ['Unpaid work was done.'] }),
      testDoc(2, { title: 'Apart', paragraphs: ['Work that was unpaid.'] }),
      testDoc(3, { title: 'One word', paragraphs: ['Work only.'] }),
    ];
    expect(searchTitles(docs, '"unpaid work"')).toEqual({ titles: ['Phrase'], whole: 1 });
    expect(searchTitles(docs, 'hours "unpaid work"')).toEqual({ titles: ['Phrase'], whole: 0 });
    expect(searchTitles(docs, 'unpaid work')).toEqual({ titles: ['Phrase', 'Apart', 'One word'], whole: 2 });
  });

  it('ranks a document holding the query’s words side by side above one that scores higher holding them apart', () => {
    const filler = 'Other words fill this long paragraph about many things. '.repeat(12);
    const docs = [
      testDoc(1, { title: 'Apart', paragraphs: ['Work was unpaid and the work stayed unpaid and work was unpaid.'] }),
      testDoc(2, { title: 'Together', paragraphs: [`${filler}Unpaid work was done. ${filler}`] }),
    ];
    const index = indexOf(docs);
    const matches = matchQuery(parseQuery('unpaid work'), index.postings, index.docs);
    const [apart, together] = [0, 1].map((page) => must(matches.get(index.pageOf.indexOf(page)), `the match of document ${page}`));
    expect(apart?.score).toBeGreaterThan(together?.score ?? Infinity);
    expect([apart?.whole, together?.whole]).toEqual([true, true]);
    expect([apart?.pairs, together?.pairs]).toEqual([0, 1]);
    expect(titles(docs, 'unpaid work')).toEqual(['Together', 'Apart']);
  });

  it('finds a document by either form of an abbreviation it uses, and a phrase of the other form', () => {
    const docs = [
      testDoc(1, { title: 'Long form', paragraphs: ['Reduce waits for Building Better Relationships.'] }),
      testDoc(2, { title: 'Short form', paragraphs: ['BBR completions were low.'] }),
      testDoc(3, { title: 'Neither', paragraphs: ['Better relationships with partners.'] }),
    ];
    const acronyms = testAcronyms;
    expect(titles(docs, 'BBR', { acronyms })).toEqual(expect.arrayContaining(['Long form', 'Short form']));
    expect(titles(docs, 'BBR', { acronyms })).toHaveLength(2);
    expect(searchTitles(docs, 'building better relationships', { acronyms }).whole).toBe(2);
    expect(titles(docs, '"building better relationships"', { acronyms }).sort()).toEqual(['Long form', 'Short form']);
    expect(titles(docs, 'BBR'), 'without the abbreviation list, only the text itself').toEqual(['Short form']);
  });

  it('keeps a word in more than half of many documents to four weight levels, still ranking a document full of it first', () => {
    // 1,100 documents all using "staff", with ever more other words; a tenth also use "caseload", as often as "staff".
    const docs = Array.from({ length: 1100 }, (_, n) =>
      testDoc(n, {
        title: `Finding ${n}`,
        paragraphs: [
          `${n % 10 === 0 ? 'caseload '.repeat(1 + (n % 7)) : ''}${'staff '.repeat(1 + (n % 7))}${'other words here '.repeat(n % 13)}`,
        ],
      }),
    );
    const { postings } = indexOf(docs);
    const weightsOf = (term: string) =>
      new Set(
        must(
          postings.find((p) => p.term === term),
          term,
        ).weights,
      );
    expect([...weightsOf('staff')].sort((a, b) => a - b)).toEqual([1, 86, 170, 255].filter((w) => weightsOf('staff').has(w)));
    expect(weightsOf('staff').size).toBeLessThanOrEqual(4);
    expect(weightsOf('caseload').size, 'a word in fewer than half the documents keeps its fine weights').toBeGreaterThan(4);
    // Documents in one level tie (then newest first), so the order is by level: many uses first, few last.
    const uses = (title: string | undefined) => 1 + (Number(title?.replace('Finding ', '')) % 7);
    const ranked = titles(docs, 'staff');
    expect(uses(ranked[0])).toBeGreaterThanOrEqual(6);
    expect(uses(ranked.at(-1))).toBeLessThanOrEqual(2);
  });

  it('lists every document a filter keeps when there are no words, newest first or oldest first', () => {
    const docs = [
      testDoc(1, { date: '2022-01-01', title: 'Old', facets: { kind: ['Letter'], year: ['2022'] } }),
      testDoc(2, { date: '2024-01-01', title: 'New', facets: { kind: ['Letter'], year: ['2024'] } }),
      testDoc(3, { date: '2023-01-01', title: 'Middle', facets: { kind: ['PDU'], year: ['2023'] } }),
    ];
    expect(titles(docs, '', { selection: { kind: ['Letter'] }, order: 'newest' })).toEqual(['New', 'Old']);
    expect(titles(docs, '', { selection: { kind: ['Letter'] }, order: 'oldest' })).toEqual(['Old', 'New']);
    expect(titles(docs, '', { selection: { kind: ['Nothing like it'] } })).toEqual([]);
  });

  it('counts each facet’s values over the documents every other facet keeps, as a brute-force count does', () => {
    const value = (key: FacetKey) => fc.constantFrom(`${key}-a`, `${key}-b`, `${key}-c`);
    const values = () =>
      fc.record(
        Object.fromEntries(facetOrder.map(({ key }) => [key, fc.uniqueArray(value(key), { maxLength: 2 })])) as Record<
          FacetKey,
          fc.Arbitrary<string[]>
        >,
      );
    const doc = fc.record({ words: fc.subarray(['risk', 'harm', 'staff']), facets: values() });
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 12 }),
        values(),
        fc.constantFrom('', 'risk', 'harm staff'),
        (docs, chosen, query) => {
          const index = indexOf(
            docs.map((d, i) =>
              testDoc(i, { url: `x/${i}/`, title: `Doc ${i}`, paragraphs: [`${d.words.join(' ')} filler`], facets: d.facets }),
            ),
          );
          const words = query.split(' ');
          const matches = query ? matchQuery(parseQuery(query), index.postings, index.docs) : undefined;
          const outcome = runSearch({
            matches,
            docCount: index.docs,
            facets: index.facets,
            values: index.manifest.facets,
            selection: chosen,
            order: 'newest',
          });
          // By brute force over the documents themselves.
          const hasWord = (d: (typeof docs)[number]) => !query || words.some((w) => d.words.includes(w));
          const keeps = (d: (typeof docs)[number], key: FacetKey) =>
            !chosen[key]?.length || d.facets[key].some((v) => chosen[key]?.includes(v));
          const kept = docs.filter((d) => hasWord(d) && facetOrder.every(({ key }) => keeps(d, key)));
          expect(outcome.docs.length).toBe(kept.length);
          expect(outcome.whole).toBe(kept.filter((d) => !query || words.every((w) => d.words.includes(w))).length);
          for (const { key } of facetOrder) {
            const expected: Record<string, number> = {};
            for (const d of docs.filter((x) => hasWord(x) && facetOrder.every((f) => f.key === key || keeps(x, f.key))))
              for (const v of d.facets[key]) expected[v] = (expected[v] ?? 0) + 1;
            expect(outcome.counts[key], key).toEqual(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the terms a query looks up', () => {
  it('are its words, its neighbouring pairs and its phrases’ pairs, the last word also as a prefix', () => {
    expect(neededTerms(parseQuery('risk "unpaid work" hours'))).toEqual([
      { term: 'risk', prefix: false },
      { term: 'unpaid', prefix: false },
      { term: 'work', prefix: false },
      { term: 'hour', prefix: true, typed: 'hours' },
      { term: '_risk unpaid', prefix: false },
      { term: '_unpaid work', prefix: false },
      { term: '_work hour', prefix: false },
    ]);
  });

  it('keep a word’s own term, the longer words a prefix starts, and the pairs it names, never other pairs', () => {
    const wanted = wantedTerm(parseQuery('unpaid hou'));
    expect(['unpaid', 'hou', 'hour', 'household', '_unpaid hou'].filter(wanted)).toEqual([
      'unpaid',
      'hou',
      'hour',
      'household',
      '_unpaid hou',
    ]);
    expect(['unpaidx', 'ho', '_hou x', '_unpaid work', 'risk'].filter(wanted)).toEqual([]);
  });
});
