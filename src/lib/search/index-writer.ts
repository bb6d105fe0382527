/**
 * Builds the search index from the documents search covers (documents.ts; build time only): each document's terms
 * are counted as it arrives, and `finish` numbers the documents newest first and writes every file (index-format.ts) as raw bytes.
 * The same pages give the same bytes, in whatever order they arrive. Whatever can be worked out from one page alone
 * is worked out as it arrives (while the site is still rendering), so that `finish`, which waits for the last page,
 * does only what needs them all.
 */
import { facetOrder, type FacetKey } from './facet-keys';
import { bm25, encodeChunk, encodeDocFacets, type DocFacets, type Fragment, type Manifest, type Postings } from './index-format';
import { fieldWeight, type SearchDocument } from './documents';
import { documentTerms, isPairTerm, type AcronymForms } from '../language/reading';

/**
 * About how many bytes of postings (before compression) a word chunk holds before the next one starts. Every search
 * fetches the manifest, which lists each chunk's first term, and then the few chunks its words fall in: at 1,000
 * letters 48 KB gives 319 chunks, and a manifest plus chunks of 3.3 KB for "victim" and 5.2 KB for "unpaid work"
 * (12 KB: 963 chunks, 5.8 and 6.7 KB; 24 KB: 4.2 and 5.6 KB; measured with the benchmark's corpus).
 */
const chunkBytes = 48 * 1024;

/**
 * A term in more than half of at least this many documents keeps its weights in 4 levels only. Such a term's inverse
 * document frequency is under ln 2, so finer weights barely move a score, but 255 levels of them cost about five bits
 * a document after compression on real text (40 KB for "the" at 68,000 documents); 4 levels cost at most two.
 */
const commonTerm = { minDocs: 1024, levels: 4 };

/** A weight (1 to 255) rounded to the nearest of `levels` evenly spaced weights from 1 to 255. */
export function coarseWeight(weight: number, levels: number): number {
  const step = 254 / (levels - 1);
  return Math.round(Math.round((weight - 1) / step) * step) + 1;
}

interface PageRecord {
  url: string;
  /** The page's fragment, as `pack` returned its JSON bytes. */
  fragment: Uint8Array;
  /** The ISO date documents are ordered by. */
  date: string;
  /** Its filters as documents sharing them are ordered by (each facet's values as marked, in facet order). */
  filterKey: string;
  /** Per facet, the page's set of values: its distinct values in order, and a key naming that set. */
  sets: Record<FacetKey, { key: string; values: string[] }>;
  length: number;
}

/** A page the builder took: its number in arrival order (as `BuiltIndex.pageOf` gives it) and its fragment's bytes. */
export interface AddedPage {
  page: number;
  /** The page's fragment, as `pack` returned its JSON bytes. */
  fragment: Uint8Array;
}

const facetKeys = new Set<string>(facetOrder.map((f) => f.key));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What `finish` gives: the manifest (its version left to the caller), raw files, and files already packed. */
export interface BuiltIndex {
  manifest: Omit<Manifest, 'version'>;
  files: Map<string, Uint8Array>;
  /** The fragments, packed as they came in by the builder's `pack` (the same as `files` when there is none). */
  packed: Map<string, Uint8Array>;
  /** The page (its number in arrival order) of each document. */
  pageOf: Uint32Array;
}

/** At most this many documents: a posting is held as document × 256 + weight in 32 bits while they are sorted. */
const maxDocs = 2 ** 24;

/**
 * Collects pages, then writes the index's files. `pack` (for instance gzip) is applied to each fragment as its page
 * arrives, so that work is done while the pages are still being rendered rather than after the last one.
 */
export class SearchIndexBuilder {
  private readonly pages: PageRecord[] = [];
  private readonly pack: ((bytes: Uint8Array) => Uint8Array) | undefined;

  private readonly acronyms: AcronymForms[];

  /** `acronyms`: the abbreviations read in both forms; `pack` (for instance gzip) is applied to each fragment as it is added. */
  constructor(options: { acronyms: readonly AcronymForms[]; pack?: (bytes: Uint8Array) => Uint8Array }) {
    this.pack = options.pack;
    this.acronyms = options.acronyms.map((a) => ({ short: a.short, expansion: a.expansion }));
  }

  /** For each term, pairs of (page number in arrival order, weighted count). */
  private readonly postings = new Map<string, number[]>();
  private readonly problems: string[] = [];
  private readonly urls = new Set<string>();
  /** The URLs given more than once, in order. */
  private readonly repeated: string[] = [];
  /** Every value of each facet. */
  private readonly facetValues = new Map<FacetKey, Set<string>>(facetOrder.map((f) => [f.key, new Set<string>()]));

  /**
   * Adds one document; a document search cannot file (no title, no ISO date, a facet search does not know) is a
   * problem `finish` reports. Returns its number in arrival order and its fragment, or undefined.
   */
  add(doc: SearchDocument): AddedPage | undefined {
    const url = doc.url;
    const missing = [
      !doc.title && 'a title',
      !isoDate.test(doc.date) && 'a date as YYYY-MM-DD',
      ...(['kind', 'breadcrumb', 'shownDate'] as const).map((k) => !doc[k] && `its ${k}`),
    ].filter(Boolean);
    const unknown = Object.keys(doc.facets).filter((k) => !facetKeys.has(k));
    if (missing.length) this.problems.push(`${url} lacks ${missing.join(', ')}`);
    if (unknown.length) this.problems.push(`${url} has facets search does not know: ${unknown.join(', ')}`);
    if (missing.length || unknown.length) return undefined;
    if (this.pages.length >= maxDocs) throw new Error(`Search indexes at most ${maxDocs} pages`);
    if (this.urls.has(url)) this.repeated.push(url);
    this.urls.add(url);
    const id = this.pages.length;
    const counts = new Map<string, number>();
    let length = 0;
    const count = (text: string, weight: number) => {
      for (const term of documentTerms(text, this.acronyms)) {
        counts.set(term, (counts.get(term) ?? 0) + weight);
        if (!isPairTerm(term)) length += weight;
      }
    };
    count(doc.title, fieldWeight.title);
    for (const heading of doc.headings) count(heading, fieldWeight.heading);
    for (const paragraph of doc.paragraphs) count(paragraph, fieldWeight.text);
    for (const [term, n] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(id, n);
    }
    const fragment: Fragment = {
      url,
      title: doc.title,
      kind: doc.kind,
      breadcrumb: doc.breadcrumb,
      date: doc.shownDate,
      paragraphs: doc.paragraphs,
    };
    const bytes = new TextEncoder().encode(JSON.stringify(fragment));
    const sets = {} as PageRecord['sets'];
    for (const { key } of facetOrder) {
      const marked = doc.facets[key] ?? [];
      const known = this.facetValues.get(key);
      for (const v of marked) known?.add(v);
      const values = [...new Set(marked)].sort(compare);
      sets[key] = { key: `${values.length}\u0001${values.join('\u0001')}`, values };
    }
    const record: PageRecord = {
      url,
      fragment: this.pack ? this.pack(bytes) : bytes,
      date: doc.date,
      filterKey: facetOrder.map((f) => (doc.facets[f.key] ?? []).join('\u0001')).join('\u0002'),
      sets,
      length,
    };
    this.pages.push(record);
    return { page: id, fragment: record.fragment };
  }

  /** How many pages have been added. */
  get size(): number {
    return this.pages.length;
  }

  /** Every file of the index, by path under the index folder, and the manifest (its version left for the caller). */
  finish(): BuiltIndex {
    if (this.problems.length) throw new Error(`Search cannot index these pages: ${this.problems.join('; ')}`);
    if (this.repeated.length) throw new Error(`Search was given ${this.repeated[0]} twice`);
    // Newest first; within a date, documents sharing facet values side by side (so the runs are long), then by URL.
    const order = this.pages
      .map((p, i) => ({ i, date: p.date, key: p.filterKey, url: p.url }))
      .sort((a, b) => compare(b.date, a.date) || compare(a.key, b.key) || compare(a.url, b.url))
      .map((x) => x.i);
    const docOf = new Uint32Array(this.pages.length);
    order.forEach((page, doc) => (docOf[page] = doc));

    const files = new Map<string, Uint8Array>();
    const packed = this.pack ? new Map<string, Uint8Array>() : files;
    order.forEach((page, doc) => {
      const p = this.pages[page];
      if (p) packed.set(`fragments/${doc}.json`, p.fragment);
    });

    const facets = {} as Record<FacetKey, string[]>;
    const columns = {} as DocFacets;
    for (const { key } of facetOrder) {
      const values = [...(this.facetValues.get(key) ?? [])].sort(compare);
      const number = new Map(values.map((v, i) => [v, i]));
      // A set's value numbers ascend as its values do (they are numbered in sorted order).
      const setIds = new Map<string, number>();
      const sets: number[][] = [];
      const ofDoc = new Uint32Array(this.pages.length);
      order.forEach((page, doc) => {
        const set = this.pages[page]?.sets[key] ?? { key: '', values: [] };
        let n = setIds.get(set.key);
        if (n === undefined) {
          n = sets.length;
          setIds.set(set.key, n);
          sets.push(set.values.map((v) => number.get(v) ?? 0));
        }
        ofDoc[doc] = n;
      });
      facets[key] = values;
      columns[key] = { sets, ofDoc };
    }
    files.set('docs.bin', encodeDocFacets(this.pages.length, columns));

    const average = this.pages.reduce((sum, p) => sum + p.length, 0) / Math.max(1, this.pages.length);
    // Each page's BM25 length normalisation, once rather than once for every term it holds.
    const norms = Float64Array.from(this.pages, (p) => bm25.k1 * (1 - bm25.b + (bm25.b * p.length) / average));
    const chunks: string[] = [];
    let chunk: Postings[] = [];
    let size = 0;
    const flush = () => {
      if (!chunk.length) return;
      files.set(`words/${chunks.length}.bin`, encodeChunk(chunk));
      chunks.push(chunk[0]?.term ?? '');
      chunk = [];
      size = 0;
    };
    for (const term of [...this.postings.keys()].sort(compare)) {
      const pairs = this.postings.get(term) ?? [];
      // Each document with its weight as one number (document × 256 + weight), so a numeric sort of a typed array
      // puts them in document order without an object per posting (a page holds a term once: no two share a document).
      const entries = new Uint32Array(pairs.length / 2);
      for (let i = 0; i < entries.length; i++) {
        const page = pairs[2 * i] ?? 0;
        const tf = pairs[2 * i + 1] ?? 0;
        const weight = (tf * (bm25.k1 + 1)) / (tf + (norms[page] ?? 0));
        entries[i] = (docOf[page] ?? 0) * 256 + Math.max(1, Math.min(255, Math.round((weight / (bm25.k1 + 1)) * 255)));
      }
      entries.sort();
      const coarse = entries.length >= commonTerm.minDocs && entries.length * 2 > this.pages.length;
      const docs = new Uint32Array(entries.length);
      const weights = new Uint8Array(entries.length);
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] ?? 0;
        const weight = entry & 0xff;
        docs[i] = entry >>> 8;
        weights[i] = coarse ? coarseWeight(weight, commonTerm.levels) : weight;
      }
      chunk.push({ term, docs, weights });
      size += term.length + entries.length * 2;
      if (size >= chunkBytes) flush();
    }
    flush();
    return {
      manifest: { docs: this.pages.length, facets, chunks, acronyms: this.acronyms },
      files,
      packed,
      pageOf: Uint32Array.from(order),
    };
  }
}
