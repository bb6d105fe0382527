/**
 * What one search costs, asset by asset (issue 13: "measure what each facet costs"). Pagefind's browser side fetches
 * its script and WebAssembly, the language's metadata (`pf_meta`: every page's fragment name and word count, the word
 * chunk ranges, the filter chunk names, and each sort's page order), the word chunks the query's words fall in, one
 * filter chunk per facet whose counts or filtering the search asks for, and one fragment per result shown.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The kinds of file a search fetches from /pagefind/, in the order the benchmark prints them. */
export const searchAssets = ['script and WebAssembly', 'metadata (pf_meta)', 'filter chunks', 'word chunks', 'fragments'] as const;
export type SearchAsset = (typeof searchAssets)[number];

/** Which kind of Pagefind file a URL under /pagefind/ is (undefined for any other URL). */
export function searchAsset(url: string): SearchAsset | undefined {
  const path = /\/pagefind\/([^?#]*)/.exec(url)?.[1];
  if (path === undefined) return undefined;
  if (path.startsWith('filter/')) return 'filter chunks';
  if (path.startsWith('index/')) return 'word chunks';
  if (path.startsWith('fragment/')) return 'fragments';
  if (path.endsWith('.pf_meta')) return 'metadata (pf_meta)';
  return 'script and WebAssembly';
}

/** Bytes and files fetched, per kind of asset. */
export type SearchAssetBytes = Partial<Record<SearchAsset, { bytes: number; files: number }>>;

/** Adds one fetched file to a tally. */
export function tallySearchAsset(tally: SearchAssetBytes, url: string, bytes: number): void {
  const asset = searchAsset(url);
  if (!asset) return;
  const entry = (tally[asset] ??= { bytes: 0, files: 0 });
  entry.bytes += bytes;
  entry.files += 1;
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** "script and WebAssembly 105.2 KB (3) · metadata (pf_meta) 562.8 KB (1) · …": every kind, in order, none left out. */
export function searchAssetsLine(tally: SearchAssetBytes): string {
  return searchAssets.map((a) => `${a} ${kb(tally[a]?.bytes ?? 0)} (${tally[a]?.files ?? 0})`).join(' · ');
}

/**
 * Decodes the CBOR subset Pagefind writes (unsigned and negative integers, strings, byte strings, arrays, maps,
 * booleans and null). Enough to read `pf_meta`; not a general decoder.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const sizes: Record<number, number> = { 24: 1, 25: 2, 26: 4, 27: 8 };
    const size = sizes[info];
    if (!size) throw new Error(`Unsupported CBOR length ${info} at byte ${at}`);
    const value =
      size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      const simple: Record<number, unknown> = { 20: false, 21: true, 22: null };
      if (info in simple) return simple[info];
      throw new Error(`Unsupported CBOR simple value ${info}`);
    }
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return -1 - n;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, at + n);
      at += n;
      return major === 3 ? new TextDecoder().decode(slice) : slice;
    }
    if (major === 4) return Array.from({ length: n }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
    throw new Error(`Unsupported CBOR major type ${major}`);
  };
  return item();
}

/** A Pagefind data file's content: gzip, then the signature "pagefind_dcd", then CBOR. */
export function readPagefindFile(path: string): unknown {
  const raw = gunzipSync(readFileSync(path));
  const signature = 'pagefind_dcd';
  if (raw.subarray(0, signature.length).toString() !== signature) throw new Error(`${path} is not a Pagefind data file`);
  return decodeCbor(raw.subarray(signature.length));
}

/** What a Pagefind bundle holds: its indexed pages, each facet's filter chunk size, word chunks and fragments on disk. */
export interface SearchIndexShape {
  pages: number;
  metaBytes: number;
  /** Bytes of each facet's filter chunk: what a search fetches for that facet's counts. */
  facets: Record<string, number>;
  sorts: string[];
  wordChunks: { files: number; bytes: number };
  fragments: { files: number; bytes: number };
}

/** Reads the shape of the Pagefind bundle in a folder (one language: the site is English only). */
export function searchIndexShape(pagefindDir: string): SearchIndexShape {
  const metaFile = readdirSync(pagefindDir).find((f) => f.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`No .pf_meta in ${pagefindDir}`);
  // [version, pages [[fragment, word count, …]], word chunks, filters [[facet, chunk]], sorts [[name, page order]], meta fields]
  const meta = readPagefindFile(join(pagefindDir, metaFile)) as [string, unknown[], unknown[], [string, string][], [string, unknown][]];
  const folder = (name: string) => {
    const names = readdirSync(join(pagefindDir, name));
    return { files: names.length, bytes: names.reduce((sum, f) => sum + statSync(join(pagefindDir, name, f)).size, 0) };
  };
  return {
    pages: meta[1].length,
    metaBytes: statSync(join(pagefindDir, metaFile)).size,
    facets: Object.fromEntries(meta[3].map(([facet, chunk]) => [facet, statSync(join(pagefindDir, 'filter', `${chunk}.pf_filter`)).size])),
    sorts: meta[4].map(([name]) => name),
    wordChunks: folder('index'),
    fragments: folder('fragment'),
  };
}

/** "12 pages; pf_meta 1.0 KB; filter chunks: domain 0.3 KB, kind 0.1 KB, …; 2 word chunks 31.3 KB; 71 fragments 99.1 KB". */
export function searchIndexShapeLine(shape: SearchIndexShape): string {
  const facets = Object.entries(shape.facets)
    .sort(([, a], [, b]) => b - a)
    .map(([facet, bytes]) => `${facet} ${kb(bytes)}`)
    .join(', ');
  return [
    `${shape.pages} pages`,
    `pf_meta ${kb(shape.metaBytes)}${shape.sorts.length ? ` (with the page order of sort ${shape.sorts.join(', ')})` : ''}`,
    `filter chunks by facet: ${facets || 'none'}`,
    `${shape.wordChunks.files} word chunks ${kb(shape.wordChunks.bytes)}`,
    `${shape.fragments.files} fragments ${kb(shape.fragments.bytes)}`,
  ].join('; ');
}
