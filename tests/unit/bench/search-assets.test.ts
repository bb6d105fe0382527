import { gzipSync } from 'node:zlib';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeCbor,
  searchAsset,
  searchAssetsLine,
  searchIndexShape,
  tallySearchAsset,
  type SearchAssetBytes,
} from '../../bench/search-assets';

/** CBOR of ["1.6.0", [["en_a", 3, ""], ["en_b", 300, ""]], [], [["kind", "en_k"]], [["date", [1, 0]]], ["title"]]. */
function cbor(value: unknown): Buffer {
  const head = (major: number, n: number) =>
    n < 24
      ? Buffer.from([(major << 5) | n])
      : n < 256
        ? Buffer.from([(major << 5) | 24, n])
        : Buffer.from([(major << 5) | 25, n >> 8, n & 255]);
  if (typeof value === 'number') return head(0, value);
  if (typeof value === 'string') return Buffer.concat([head(3, Buffer.byteLength(value)), Buffer.from(value)]);
  if (Array.isArray(value)) return Buffer.concat([head(4, value.length), ...value.map(cbor)]);
  throw new Error('not in the test encoder');
}

describe('the benchmark’s search asset measures', () => {
  it('sorts each file a search fetches from /pagefind/ into script, metadata, filter chunks, word chunks or fragments', () => {
    expect(searchAsset('http://127.0.0.1:4000/pagefind/pagefind.js')).toBe('script and WebAssembly');
    expect(searchAsset('http://127.0.0.1:4000/pagefind/wasm.en.pagefind')).toBe('script and WebAssembly');
    expect(searchAsset('http://127.0.0.1:4000/pagefind/pagefind-entry.json?ts=1')).toBe('script and WebAssembly');
    expect(searchAsset('http://127.0.0.1:4000/pagefind/pagefind.en_461d95bdc7.pf_meta')).toBe('metadata (pf_meta)');
    expect(searchAsset('http://127.0.0.1:4000/pagefind/filter/en_3544447.pf_filter')).toBe('filter chunks');
    expect(searchAsset('http://127.0.0.1:4000/pagefind/index/en_4475f45.pf_index')).toBe('word chunks');
    expect(searchAsset('http://127.0.0.1:4000/base/pagefind/fragment/en_a1b2c3d.pf_fragment')).toBe('fragments');
    expect(searchAsset('http://127.0.0.1:4000/search/')).toBeUndefined();
  });

  it('adds up bytes and files per kind and prints every kind, fetched or not', () => {
    const tally: SearchAssetBytes = {};
    tallySearchAsset(tally, 'http://x/pagefind/fragment/en_1.pf_fragment', 1024);
    tallySearchAsset(tally, 'http://x/pagefind/fragment/en_2.pf_fragment', 1024);
    tallySearchAsset(tally, 'http://x/search/', 99_999);
    expect(tally).toEqual({ fragments: { bytes: 2048, files: 2 } });
    expect(searchAssetsLine(tally)).toBe(
      'script and WebAssembly 0.0 KB (0) · metadata (pf_meta) 0.0 KB (0) · filter chunks 0.0 KB (0) · word chunks 0.0 KB (0) · fragments 2.0 KB (2)',
    );
  });

  it('reads a pf_meta file’s pages, facets and sorts, and each facet’s filter chunk size', () => {
    const meta = [
      '1.6.0',
      [
        ['en_a', 3, ''],
        ['en_b', 300, ''],
      ],
      [],
      [['kind', 'en_k']],
      [['date', [1, 0]]],
      ['title'],
    ];
    expect(decodeCbor(cbor(meta))).toEqual(meta);
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-shape-'));
    for (const d of ['filter', 'index', 'fragment']) mkdirSync(join(dir, d));
    writeFileSync(join(dir, 'pagefind.en_0.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), cbor(meta)])));
    writeFileSync(join(dir, 'filter/en_k.pf_filter'), Buffer.alloc(321));
    writeFileSync(join(dir, 'fragment/en_a.pf_fragment'), Buffer.alloc(10));
    const shape = searchIndexShape(dir);
    expect(shape).toMatchObject({
      pages: 2,
      facets: { kind: 321 },
      sorts: ['date'],
      wordChunks: { files: 0 },
      fragments: { files: 1, bytes: 10 },
    });
  });
});
