import { gzipSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  searchAsset,
  searchAssetsLine,
  searchAssetsTotal,
  searchIndexShape,
  tallySearchAsset,
  type SearchAssetBytes,
} from '../../bench/search-assets';

describe('the benchmark’s search asset measures', () => {
  it('sorts each file a search fetches into script, manifest, doc records, word chunks, fragments or vocabulary', () => {
    expect(searchAsset('http://127.0.0.1:4000/_astro/search.astro_astro_type_script_index_0_lang.Bx1.js')).toBe('script');
    expect(searchAsset('http://127.0.0.1:4000/search-index/manifest.json.gz')).toBe('manifest');
    expect(searchAsset('http://127.0.0.1:4000/search-index/docs.bin.gz?v=1a2b')).toBe('doc records');
    expect(searchAsset('http://127.0.0.1:4000/search-index/words/12.bin.gz?v=1a2b')).toBe('word chunks');
    expect(searchAsset('http://127.0.0.1:4000/base/search-index/fragments/7.json.gz?v=1a2b')).toBe('fragments');
    expect(searchAsset('http://127.0.0.1:4000/search/vocabulary.json')).toBe('vocabulary');
    expect(searchAsset('http://127.0.0.1:4000/search/')).toBeUndefined();
    expect(searchAsset('http://127.0.0.1:4000/_astro/site.css')).toBeUndefined();
  });

  it('adds up bytes and files per kind, keeps the largest, and prints every kind, fetched or not', () => {
    const tally: SearchAssetBytes = {};
    tallySearchAsset(tally, 'http://x/search-index/fragments/1.json.gz', 1024);
    tallySearchAsset(tally, 'http://x/search-index/fragments/2.json.gz', 2048);
    tallySearchAsset(tally, 'http://x/search/', 99_999);
    expect(tally).toEqual({ fragments: { bytes: 3072, files: 2, largest: 2048 } });
    expect(searchAssetsTotal(tally)).toBe(3072);
    expect(searchAssetsLine(tally)).toBe(
      'script 0.0 KB (0) · manifest 0.0 KB (0) · doc records 0.0 KB (0) · word chunks 0.0 KB (0) · fragments 3.0 KB (2, largest 2.0 KB) · vocabulary 0.0 KB (0)',
    );
  });

  it('reads an index folder’s documents, terms and the size of each kind of file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-shape-'));
    for (const d of ['words', 'fragments']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'manifest.json.gz'), gzipSync(JSON.stringify({ docs: 2, chunks: ['a', 'm'] })));
    writeFileSync(join(dir, 'docs.bin.gz'), Buffer.alloc(20));
    writeFileSync(join(dir, 'words/0.bin.gz'), gzipSync(Buffer.from([3])));
    writeFileSync(join(dir, 'words/1.bin.gz'), gzipSync(Buffer.from([0x81, 0x01])));
    writeFileSync(join(dir, 'fragments/0.json.gz'), Buffer.alloc(10));
    writeFileSync(join(dir, 'fragments/1.json.gz'), Buffer.alloc(30));
    expect(searchIndexShape(dir)).toMatchObject({
      docs: 2,
      terms: 3 + 129,
      docsBytes: 20,
      fragments: { files: 2, bytes: 40, largest: 30 },
    });
    rmSync(dir, { recursive: true, force: true });
  });
});
