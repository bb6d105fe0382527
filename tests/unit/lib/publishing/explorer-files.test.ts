import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { explorerIndex, explorerRowOf, explorerRowsInOrder } from '../../../../src/lib/publishing/explorer-files';
import { explorerIndexVersion, explorerRows, type ExplorerYearFile } from '../../../../src/lib/url-state/explorer-index';
import { explorerColumns, explorerSortOptions } from '../../../../src/lib/url-state/explorer-options';
import { defaultExplorerSort, explorerStateFromQuery } from '../../../../src/lib/url-state/explorer-state';
import { modelOf, must, reference, root } from '../../../support';

const seed = modelOf();
const corpus = modelOf(`${root}tests/fixtures/corpus/letters`);

describe('the explorer index', () => {
  it('reads back, through its manifest, exactly the rows the build’s pages show, for every recommendation', () => {
    for (const model of [seed, corpus]) {
      const { manifest, years } = explorerIndex(model.recommendations, reference.acronyms);
      const read = years.flatMap((file) => explorerRows(manifest, JSON.parse(JSON.stringify(file)) as ExplorerYearFile));
      expect(read.length).toBe(model.recommendations.length);
      expect(manifest.total).toBe(model.recommendations.length);
      const built = new Map(model.recommendations.map((r, i) => [r.recommendation.id, explorerRowOf(r, i)]));
      for (const row of read) expect(row).toEqual(built.get(row.id));
    }
  });

  it('carries the abbreviations, in both forms, for the keyword box to read as search does', () => {
    const { manifest } = explorerIndex(seed.recommendations, reference.acronyms);
    expect(manifest.acronyms).toEqual(reference.acronyms.map(({ short, expansion }) => ({ short, expansion })));
    expect(manifest.acronyms).toContainEqual({ short: 'BBR', expansion: 'Building Better Relationships' });
  });

  it('files each recommendation under the year of its letter, newest year first, and the manifest counts each file', () => {
    const { manifest, years } = explorerIndex(corpus.recommendations, reference.acronyms);
    const expected = [...new Set(corpus.letters.map((l) => l.letter.date.slice(0, 4)))].sort().reverse();
    expect(years.map((y) => y.year)).toEqual(expected);
    expect(manifest.years).toEqual(years.map((y) => ({ year: y.year, rows: y.rows.length, file: `${y.year}.json` })));
    for (const file of years) for (const row of file.rows) expect(row[7].startsWith(file.year)).toBe(true);
  });

  it('refuses a file of another version, or a row naming a PDU its manifest does not have', () => {
    const { manifest, years } = explorerIndex(seed.recommendations, reference.acronyms);
    const file = must(years[0], 'the seed’s year file');
    expect(() => explorerRows({ ...manifest, version: explorerIndexVersion - 1 }, file)).toThrow(/version/);
    const row = must(file.rows[0], 'the first row of the seed’s year file');
    const broken: ExplorerYearFile = { ...file, rows: [[...row.slice(0, 5), 99, ...row.slice(6)] as never] };
    expect(() => explorerRows(manifest, broken)).toThrow(/PDU 99/);
  });

  it('keeps each year file small: the seed’s 28 recommendations in under 4 KB compressed', () => {
    const { years } = explorerIndex(seed.recommendations, reference.acronyms);
    expect(years).toHaveLength(1);
    expect(gzipSync(JSON.stringify(years[0])).length).toBeLessThan(4 * 1024);
  });

  it('orders the pages newest letter first, then as the letters have them', () => {
    const rows = explorerRowsInOrder(corpus.recommendations);
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const [i, row] of rows.entries()) {
      const previous = rows[i - 1];
      if (previous && row.date === previous.date) expect(row.index).toBeGreaterThan(previous.index);
    }
  });
});

describe('the explorer’s sort control', () => {
  it('offers every sort of every sortable column, each direction once, newest first as the pages are', () => {
    const keys = explorerColumns.flatMap((c) => (c.sort ? [c.sort] : []));
    const expected = keys.flatMap((k) => [`${k}-asc`, `${k}-desc`]).sort();
    expect(explorerSortOptions.map((o) => o.value).sort()).toEqual(expected);
    expect(explorerSortOptions[0]?.value).toBe(defaultExplorerSort);
    expect(new Set(explorerSortOptions.map((o) => o.label)).size).toBe(explorerSortOptions.length);
    // Each option is one the URL keeps: read back from a query, it is itself.
    for (const o of explorerSortOptions) expect(explorerStateFromQuery(`?sort=${o.value}`).sort).toBe(o.value);
  });
});
