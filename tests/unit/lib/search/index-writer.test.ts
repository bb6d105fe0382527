import { describe, expect, it } from 'vitest';
import { chunksFor, decodeChunk, decodeDocFacets, type Fragment } from '../../../../src/lib/search/index-format';
import { coarseWeight, SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import { must } from '../../../../src/lib/must';
import { indexOf, testAcronyms, testDoc } from './helpers';

/** A document dated and filtered as given. */
const dated = (url: string, date: string, facets: Record<string, string[]>) => testDoc(0, { url, date, facets });

describe('building the search index', () => {
  it('numbers each document as it arrives, and names the one each index number holds, newest first', () => {
    const builder = new SearchIndexBuilder({ acronyms: [] });
    const added = [
      builder.add(dated('findings/old/', '2021-01-01', { year: ['2021'] })),
      builder.add(dated('findings/new/', '2023-01-01', { year: ['2023'] })),
      builder.add(dated('findings/mid/', '2022-01-01', { year: ['2022'] })),
    ];
    expect(added.map((a) => a?.page)).toEqual([0, 1, 2]);
    const index = builder.finish();
    expect([...index.pageOf]).toEqual([1, 2, 0]);
    expect(index.files.get('fragments/0.json')).toBe(added[1]?.fragment);
  });

  it('packs each fragment as it arrives, keeping the packed fragments apart from the raw files', () => {
    const packed: number[] = [];
    const builder = new SearchIndexBuilder({ acronyms: [], pack: (bytes) => (packed.push(bytes.length), Uint8Array.of(7)) });
    builder.add(testDoc(1));
    expect(packed).toHaveLength(1);
    const index = builder.finish();
    expect([...index.packed.keys()]).toEqual(['fragments/0.json']);
    expect([...must(index.packed.get('fragments/0.json'), 'the fragment')]).toEqual([7]);
    expect([...index.files.keys()].some((path) => path.startsWith('fragments/'))).toBe(false);
  });

  it('gives a result its title, place, date as written and paragraphs, never its headings or the terms added for matching', () => {
    const doc = testDoc(1, {
      title: 'Staff, key strength 1',
      breadcrumb: 'Wales › Staff',
      shownDate: '25 May 2023',
      paragraphs: ['BBR completions were high.', 'Staff were trained.'],
      headings: ['Staff'],
    });
    const fragment: Fragment = indexOf([doc], testAcronyms).fragment(0);
    expect(fragment).toEqual({
      url: 'findings/f1/',
      title: 'Staff, key strength 1',
      kind: 'Key strength',
      breadcrumb: 'Wales › Staff',
      date: '25 May 2023',
      paragraphs: ['BBR completions were high.', 'Staff were trained.'],
    });
  });

  it('files a document under its title’s, headings’ and paragraphs’ words, and both forms of an abbreviation', () => {
    const { postings } = indexOf(
      [testDoc(1, { title: 'Leadership', headings: ['Victims'], paragraphs: ['BBR completions.'] })],
      testAcronyms,
    );
    const terms = postings.map((p) => p.term);
    expect(terms).toEqual(expect.arrayContaining(['leadership', 'victim', 'bbr', 'build', '_better relationship', '_bbr complet']));
  });

  it('carries the abbreviations’ two forms, and nothing else of them, to the browser', () => {
    const acronyms = [{ short: 'BBR', expansion: 'Building Better Relationships', source: 'seed' }];
    expect(indexOf([testDoc(1)], acronyms).manifest.acronyms).toEqual([{ short: 'BBR', expansion: 'Building Better Relationships' }]);
  });

  it('takes no number for a document it refuses, and names what each lacks when finishing', () => {
    const builder = new SearchIndexBuilder({ acronyms: [] });
    expect(builder.add(testDoc(1, { date: 'May 2023' }))).toBeUndefined();
    expect(builder.add(testDoc(2, { title: '', shownDate: '' }))).toBeUndefined();
    expect(builder.add(testDoc(3, { facets: { colour: ['red'] } as never }))).toBeUndefined();
    expect(builder.size).toBe(0);
    expect(() => builder.finish()).toThrow(
      'Search cannot index these pages: findings/f1/ lacks a date as YYYY-MM-DD; findings/f2/ lacks a title, its shownDate; findings/f3/ has facets search does not know: colour',
    );
  });

  it('files a value marked twice on a document once, and tells an empty value from none', () => {
    const builder = new SearchIndexBuilder({ acronyms: [] });
    builder.add(dated('findings/a/', '2023-01-03', { region: ['Wales', 'Wales', 'East'] }));
    builder.add(dated('findings/b/', '2023-01-02', { region: [''] }));
    builder.add(dated('findings/c/', '2023-01-01', {}));
    const index = builder.finish();
    const { facets } = decodeDocFacets(must(index.files.get('docs.bin'), 'docs.bin'));
    expect(index.manifest.facets.region).toEqual(['', 'East', 'Wales']);
    expect([...facets.region.ofDoc].map((set) => facets.region.sets[set])).toEqual([[1, 2], [0], []]);
  });

  it('refuses a URL given twice', () => {
    const builder = new SearchIndexBuilder({ acronyms: [] });
    builder.add(dated('findings/a/', '2023-01-01', {}));
    builder.add(dated('findings/a/', '2023-01-02', {}));
    expect(() => builder.finish()).toThrow('Search was given findings/a/ twice');
  });

  it('gives the same bytes for the same documents, in whatever order they arrive', () => {
    const docs = Array.from({ length: 30 }, (_, i) =>
      testDoc(i, {
        date: `202${i % 4}-0${(i % 9) + 1}-01`,
        paragraphs: [`Text ${i} about risk ${i % 3 ? 'and harm' : ''}`, 'BBR work.'],
        facets: { kind: [i % 2 ? 'PDU' : 'Letter'], year: [`202${i % 4}`] },
      }),
    );
    const a = indexOf(docs, testAcronyms).files;
    const b = indexOf([...docs].reverse(), testAcronyms).files;
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(Buffer.from(b.get(path) ?? []).equals(Buffer.from(bytes)), path).toBe(true);
  });

  it('splits the sorted terms into chunks, each named in the manifest by its first term, where chunksFor finds every term', () => {
    const docs = Array.from({ length: 80 }, (_, i) =>
      testDoc(i, { paragraphs: [Array.from({ length: 40 }, (_, k) => `word${i}x${k}`).join(' ')] }),
    );
    const { manifest, files } = indexOf(docs);
    expect(manifest.chunks.length).toBeGreaterThan(1);
    expect([...manifest.chunks].sort()).toEqual(manifest.chunks);
    manifest.chunks.forEach((first, n) => {
      const postings = decodeChunk(must(files.get(`words/${n}.bin`), `chunk ${n}`));
      expect(postings[0]?.term, `chunk ${n}`).toBe(first);
      for (const p of postings) expect(chunksFor(manifest.chunks, p.term, false), p.term).toEqual([n]);
    });
  });
});

describe('a common word’s coarse weights', () => {
  it('round a weight to the nearest of evenly spaced levels from 1 to 255', () => {
    expect([1, 42, 44, 128, 200, 255].map((w) => coarseWeight(w, 4))).toEqual([1, 1, 86, 170, 170, 255]);
    expect([1, 100, 255].map((w) => coarseWeight(w, 2))).toEqual([1, 1, 255]);
  });
});
