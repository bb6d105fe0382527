import { describe, expect, it } from 'vitest';
import { decodeDocFacets } from '../../../../src/lib/search/index-format';
import { SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import type { PageText } from '../../../../src/lib/search/page-html';
import { must } from '../../../../src/lib/must';

/** A page as the builder reads it, dated and filtered as given. */
const text = (date: string, filters: Record<string, string[]>, words = 'Staff'): PageText => ({
  title: 'A finding',
  date,
  meta: { kind: 'Key strength', date, breadcrumb: 'Wales › Key strength' },
  filters,
  runs: [{ text: words, weight: 1 }],
  text: words,
});

describe('building the search index', () => {
  it('numbers each page as it arrives, and names the page each document holds, newest first', () => {
    const builder = new SearchIndexBuilder();
    const added = [
      builder.add('findings/old/', text('2021-01-01', { year: ['2021'] })),
      builder.add('findings/new/', text('2023-01-01', { year: ['2023'] })),
      builder.add('findings/mid/', text('2022-01-01', { year: ['2022'] })),
    ];
    expect(added.map((a) => a?.page)).toEqual([0, 1, 2]);
    const index = builder.finish();
    expect([...index.pageOf]).toEqual([1, 2, 0]);
    expect(index.files.get('fragments/0.json')).toBe(added[1]?.fragment);
  });

  it('takes no number for a page it refuses', () => {
    const builder = new SearchIndexBuilder();
    expect(builder.add('findings/a/', text('May 2023', {}))).toBeUndefined();
    expect(builder.size).toBe(0);
  });

  it('files a value marked twice on a page once, and tells an empty value from none', () => {
    const builder = new SearchIndexBuilder();
    builder.add('findings/a/', text('2023-01-03', { region: ['Wales', 'Wales', 'East'] }));
    builder.add('findings/b/', text('2023-01-02', { region: [''] }));
    builder.add('findings/c/', text('2023-01-01', {}));
    const index = builder.finish();
    const { facets } = decodeDocFacets(must(index.files.get('docs.bin'), 'docs.bin'));
    expect(index.manifest.facets.region).toEqual(['', 'East', 'Wales']);
    expect([...facets.region.ofDoc].map((set) => facets.region.sets[set])).toEqual([[1, 2], [0], []]);
  });

  it('refuses a URL given twice', () => {
    const builder = new SearchIndexBuilder();
    builder.add('findings/a/', text('2023-01-01', {}));
    builder.add('findings/a/', text('2023-01-02', {}));
    expect(() => builder.finish()).toThrow('Search was given findings/a/ twice');
  });
});
