/**
 * Why the site has its own index rather than Pagefind, the usual choice for a static site: it was measured side by
 * side. Pagefind loads metadata for every page and a filter chunk per facet with every search: 1,547 KB for one search
 * at 1,000 letters (npm run bench), against about 20 KB for this index (under 300 KB is the target). On a set of
 * queries staff type, this index ranks the expected item in the top three more often, since it ranks documents
 * holding every word first and reads abbreviations in both forms. It needs no WebAssembly, so the
 * Content-Security-Policy stays strict. The cost is owning the format below and its tests.
 *
 * The search index's files, written at build time (index-writer.ts) and read in the browser. Every file is gzip
 * compressed by the build and unpacked by the browser, so it costs what it weighs on any host.
 *
 * - `manifest.json.gz`: the document count, each facet's values, the first term of each word chunk, and a version
 *   that changes with any file (asked for with every other file, so a browser never mixes two builds).
 * - `docs.bin.gz`: the same version, then each document's facet values (fetched beside the manifest, not after it;
 *   the browser checks the two versions agree). Documents are numbered newest first, so sorting by date needs no
 *   table, and the documents of one letter sit together: each facet is stored as runs of documents sharing one set
 *   of values (a letter's region and year are one run).
 * - `words/<n>.bin.gz`: a slice of the sorted terms, each with the documents that hold it (ascending, as gaps) and
 *   one byte per document: its BM25 term weight, length-normalised at build time, so the browser needs no lengths.
 * - `fragments/<id>.json.gz`: what a result shows (Fragment).
 */
import { ByteReader, ByteWriter } from './bytes';
import type { AcronymForms } from '../language/reading';
import { facetOrder, type FacetKey } from './facet-keys';

/** BM25's term-frequency saturation and length normalisation (the usual values, as Pagefind used). */
export const bm25 = { k1: 1.2, b: 0.75 };

/** The index's entry file. */
export interface Manifest {
  /** Changes whenever any file of the index does. */
  version: string;
  docs: number;
  facets: Record<FacetKey, string[]>;
  /** The first term of each word chunk, in order: chunk n holds the terms from chunks[n] to before chunks[n + 1]. */
  chunks: string[];
  /** The abbreviations search reads in both forms, so an excerpt can mark the form its text uses. */
  acronyms: AcronymForms[];
}

/** What a result shows, fetched only for the results on screen. */
export interface Fragment {
  /** Path under the site's base path ("recommendations/x/"). */
  url: string;
  title: string;
  kind: string;
  breadcrumb: string;
  /** The date as the site writes it ("25 May 2023"). */
  date: string;
  /** The item's own words, a paragraph each: what the excerpt is cut from (never the terms added for matching). */
  paragraphs: string[];
}

/** Each document's values of one facet: the distinct sets of value numbers, and the set of each document. */
export interface FacetColumn {
  sets: number[][];
  ofDoc: Uint32Array;
}

/** Every facet's column. */
export type DocFacets = Record<FacetKey, FacetColumn>;

/** The documents holding one term, ascending, each with its weight (1 to 255). */
export interface Postings {
  term: string;
  docs: Uint32Array;
  weights: Uint8Array;
}

/** The bytes of `docs.bin`: the document count, then per facet (in facetOrder) its value sets and its runs. */
export function encodeDocFacets(docs: number, facets: DocFacets): Uint8Array {
  const out = new ByteWriter();
  out.uint(docs);
  for (const { key } of facetOrder) {
    const column = facets[key];
    out.uint(column.sets.length);
    for (const set of column.sets) {
      out.uint(set.length);
      for (const v of set) out.uint(v);
    }
    const runs: [number, number][] = [];
    for (const set of column.ofDoc) {
      const last = runs[runs.length - 1];
      if (last && last[1] === set) last[0] += 1;
      else runs.push([1, set]);
    }
    out.uint(runs.length);
    for (const [length, set] of runs) {
      out.uint(length);
      out.uint(set);
    }
  }
  return out.done();
}

/** A file's bytes led by the index's version (what `docs.bin` holds on disk). */
export function withVersion(version: string, bytes: Uint8Array): Uint8Array {
  const out = new ByteWriter();
  out.string(version);
  out.bytes(bytes);
  return out.done();
}

/** The version leading a file's bytes, and the rest. */
export function readVersion(bytes: Uint8Array): { version: string; rest: Uint8Array } {
  const input = new ByteReader(bytes);
  const version = input.string();
  return { version, rest: input.bytes(bytes.length - input.offset) };
}

/** Reads `docs.bin` (without its version). */
export function decodeDocFacets(bytes: Uint8Array): { docs: number; facets: DocFacets } {
  const input = new ByteReader(bytes);
  const docs = input.uint();
  const facets = {} as DocFacets;
  for (const { key } of facetOrder) {
    const sets = Array.from({ length: input.uint() }, () => Array.from({ length: input.uint() }, () => input.uint()));
    const ofDoc = new Uint32Array(docs);
    let at = 0;
    for (let runs = input.uint(); runs > 0; runs--) {
      const length = input.uint();
      const set = input.uint();
      if (at + length > docs || set >= sets.length) throw new Error('The search index’s document file does not add up.');
      ofDoc.fill(set, at, at + length);
      at += length;
    }
    if (at !== docs) throw new Error('The search index’s document file does not add up.');
    facets[key] = { sets, ofDoc };
  }
  return { docs, facets };
}

/** The bytes of one word chunk: the term count, then each term (sharing a prefix with the one before) and its postings. */
export function encodeChunk(postings: readonly Postings[]): Uint8Array {
  const out = new ByteWriter();
  out.uint(postings.length);
  let previous = '';
  for (const p of postings) {
    let shared = 0;
    while (shared < p.term.length && shared < previous.length && p.term[shared] === previous[shared]) shared++;
    out.uint(shared);
    out.string(p.term.slice(shared));
    out.uint(p.docs.length);
    let last = -1;
    for (const doc of p.docs) {
      out.uint(doc - last - 1);
      last = doc;
    }
    out.bytes(p.weights);
    previous = p.term;
  }
  return out.done();
}

/** Reads one word chunk. */
export function decodeChunk(bytes: Uint8Array): Postings[] {
  const input = new ByteReader(bytes);
  const list: Postings[] = [];
  let previous = '';
  for (let n = input.uint(); n > 0; n--) {
    const shared = input.uint();
    const term = previous.slice(0, shared) + input.string();
    const docs = new Uint32Array(input.uint());
    let last = -1;
    for (let i = 0; i < docs.length; i++) {
      last += input.uint() + 1;
      docs[i] = last;
    }
    list.push({ term, docs, weights: input.bytes(docs.length).slice() });
    previous = term;
  }
  return list;
}

/** The chunks that may hold a term, or (as a prefix) any term starting with it: indexes into manifest.chunks. */
export function chunksFor(chunks: readonly string[], term: string, prefix: boolean): number[] {
  const first = Math.max(0, lastAtOrBefore(chunks, term));
  const last = prefix ? Math.max(0, lastAtOrBefore(chunks, `${term}\uffff`)) : first;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The last index whose term sorts at or before a term (-1 if none): binary search over sorted terms. */
function lastAtOrBefore(sorted: readonly string[], term: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') <= term) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
