/**
 * What one search costs, asset by asset (issue 13). The search page's script (and the modules it imports) opens the
 * site's own index (src/lib/search/index-format.ts): the manifest and the documents' facet records once, then the
 * word chunks the query's words fall in and one fragment per result shown; a query also fetches the vocabulary
 * "did you mean" suggests from. Every index file is gzip on disk, so what it weighs is what any host sends.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The kinds of file a search fetches, in the order the benchmark prints them. */
export const searchAssets = ['script', 'manifest', 'doc records', 'word chunks', 'fragments', 'vocabulary'] as const;
export type SearchAsset = (typeof searchAssets)[number];

/** Which kind of search file a URL is (undefined for any other URL, the page itself included). */
export function searchAsset(url: string): SearchAsset | undefined {
  const { pathname } = new URL(url);
  const path = /\/search-index\/(.*)$/.exec(pathname)?.[1];
  if (path !== undefined) {
    if (path.startsWith('words/')) return 'word chunks';
    if (path.startsWith('fragments/')) return 'fragments';
    if (path.startsWith('manifest.')) return 'manifest';
    if (path.startsWith('docs.')) return 'doc records';
    return undefined;
  }
  if (pathname.endsWith('/search/vocabulary.json')) return 'vocabulary';
  if (/\/_astro\/[^/]+\.js$/.test(pathname)) return 'script';
  return undefined;
}

/** Bytes and files fetched, per kind of asset, and the largest file of each. */
export type SearchAssetBytes = Partial<Record<SearchAsset, { bytes: number; files: number; largest: number }>>;

/** Adds one fetched file to a tally. */
export function tallySearchAsset(tally: SearchAssetBytes, url: string, bytes: number): void {
  const asset = searchAsset(url);
  if (!asset) return;
  const entry = (tally[asset] ??= { bytes: 0, files: 0, largest: 0 });
  entry.bytes += bytes;
  entry.files += 1;
  entry.largest = Math.max(entry.largest, bytes);
}

/** The bytes of every kind together. */
export const searchAssetsTotal = (tally: SearchAssetBytes): number => searchAssets.reduce((sum, a) => sum + (tally[a]?.bytes ?? 0), 0);

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** "script 20.1 KB (2, largest 18.0 KB) · manifest 9.3 KB (1, …) · …": every kind, in order, none left out. */
export function searchAssetsLine(tally: SearchAssetBytes): string {
  return searchAssets
    .map((a) => `${a} ${kb(tally[a]?.bytes ?? 0)} (${tally[a]?.files ?? 0}${tally[a] ? `, largest ${kb(tally[a].largest)}` : ''})`)
    .join(' · ');
}

/** The files of one folder of the index: how many, their bytes, the largest. */
interface FolderSize {
  files: number;
  bytes: number;
  largest: number;
}

/** What a search index holds: its documents, and the size on disk (gzip, as served) of each kind of file. */
export interface SearchIndexShape {
  docs: number;
  terms: number;
  manifestBytes: number;
  docsBytes: number;
  wordChunks: FolderSize;
  fragments: FolderSize;
}

/** Reads the shape of the search index in a folder (`<dist>/search-index`). */
export function searchIndexShape(indexDir: string): SearchIndexShape {
  const manifest = JSON.parse(gunzipSync(readFileSync(join(indexDir, 'manifest.json.gz'))).toString('utf8')) as {
    docs: number;
    chunks: string[];
  };
  const folder = (name: string): FolderSize => {
    const sizes = readdirSync(join(indexDir, name)).map((f) => statSync(join(indexDir, name, f)).size);
    return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes) };
  };
  // Each chunk starts with its term count (a variable-length integer).
  let terms = 0;
  for (let n = 0; n < manifest.chunks.length; n++) {
    const raw = gunzipSync(readFileSync(join(indexDir, 'words', `${n}.bin.gz`)));
    let value = 0;
    let scale = 1;
    for (const b of raw) {
      value += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 0x80;
    }
    terms += value;
  }
  return {
    docs: manifest.docs,
    terms,
    manifestBytes: statSync(join(indexDir, 'manifest.json.gz')).size,
    docsBytes: statSync(join(indexDir, 'docs.bin.gz')).size,
    wordChunks: folder('words'),
    fragments: folder('fragments'),
  };
}

/** "71 documents, 1,019 terms; manifest 1.0 KB; doc records 0.3 KB; 2 word chunks 9.1 KB (largest 6.0 KB); 71 fragments …". */
export function searchIndexShapeLine(shape: SearchIndexShape): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  return [
    `${n(shape.docs)} documents, ${n(shape.terms)} terms`,
    `manifest ${kb(shape.manifestBytes)}`,
    `doc records ${kb(shape.docsBytes)}`,
    `${n(shape.wordChunks.files)} word chunks ${kb(shape.wordChunks.bytes)} (largest ${kb(shape.wordChunks.largest)})`,
    `${n(shape.fragments.files)} fragments ${kb(shape.fragments.bytes)} (largest ${kb(shape.fragments.largest)})`,
  ].join('; ');
}
