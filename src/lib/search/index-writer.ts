/**
 * Builds the search index from the pages search covers (build time only): each page's terms are counted as it
 * arrives, and `finish` numbers the documents newest first and writes every file (index-format.ts) as raw bytes.
 * The same pages give the same bytes, in whatever order they arrive.
 */
import { facetOrder, type FacetKey } from '../url-state/search-facet-keys';
import { bm25, encodeChunk, encodeDocFacets, type DocFacets, type Fragment, type Manifest, type Postings } from './index-format';
import type { PageText } from './page-html';
import { indexTerms } from './words';

/** About how many bytes of postings a word chunk holds before the next one starts. */
const chunkBytes = 12 * 1024;

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
  filters: Record<string, string[]>;
  length: number;
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
}

/**
 * Collects pages, then writes the index's files. `pack` (for instance gzip) is applied to each fragment as its page
 * arrives, so that work is done while the pages are still being rendered rather than after the last one.
 */
export class SearchIndexBuilder {
  private readonly pages: PageRecord[] = [];
  private readonly pack: ((bytes: Uint8Array) => Uint8Array) | undefined;

  constructor(options: { pack?: (bytes: Uint8Array) => Uint8Array } = {}) {
    this.pack = options.pack;
  }

  /** For each term, pairs of (page number in arrival order, weighted count). */
  private readonly postings = new Map<string, number[]>();
  private readonly problems: string[] = [];

  /** Adds one page under its path relative to the base ("findings/x/"); a page search cannot file is a problem. */
  add(url: string, page: PageText): void {
    const missing = [
      !page.title && 'a title (data-search-meta="title" or an h1)',
      !isoDate.test(page.date) && 'a sort date as YYYY-MM-DD (data-search-sort="date")',
      ...['kind', 'date', 'breadcrumb'].map((k) => !page.meta[k] && `its ${k} (data-search-meta="${k}")`),
    ].filter(Boolean);
    const unknown = Object.keys(page.filters).filter((k) => !facetKeys.has(k));
    if (missing.length) this.problems.push(`${url} lacks ${missing.join(', ')}`);
    if (unknown.length) this.problems.push(`${url} has filters search does not know: ${unknown.join(', ')}`);
    if (missing.length || unknown.length) return;
    const id = this.pages.length;
    const counts = new Map<string, number>();
    let length = 0;
    for (const run of page.runs) {
      for (const term of indexTerms(run.text)) {
        counts.set(term, (counts.get(term) ?? 0) + run.weight);
        length += run.weight;
      }
    }
    for (const [term, n] of counts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(id, n);
    }
    const meta = (k: string) => page.meta[k] ?? '';
    const fragment: Fragment = {
      url,
      title: page.title,
      kind: meta('kind'),
      breadcrumb: meta('breadcrumb'),
      date: meta('date'),
      text: page.text,
    };
    const bytes = new TextEncoder().encode(JSON.stringify(fragment));
    this.pages.push({
      url,
      fragment: this.pack ? this.pack(bytes) : bytes,
      date: page.date,
      filters: page.filters,
      length,
    });
  }

  /** How many pages have been added. */
  get size(): number {
    return this.pages.length;
  }

  /** Every file of the index, by path under the index folder, and the manifest (its version left for the caller). */
  finish(): BuiltIndex {
    if (this.problems.length) throw new Error(`Search cannot index these pages: ${this.problems.join('; ')}`);
    const urls = new Set<string>();
    for (const p of this.pages) {
      if (urls.has(p.url)) throw new Error(`Search was given ${p.url} twice`);
      urls.add(p.url);
    }
    // Newest first; within a date, documents sharing facet values side by side (so the runs are long), then by URL.
    const key = (p: PageRecord) => facetOrder.map((f) => (p.filters[f.key] ?? []).join('\u0001')).join('\u0002');
    const order = this.pages
      .map((p, i) => ({ i, date: p.date, key: key(p), url: p.url }))
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
      const values = [...new Set(this.pages.flatMap((p) => p.filters[key] ?? []))].sort(compare);
      const number = new Map(values.map((v, i) => [v, i]));
      const setIds = new Map<string, number>();
      const sets: number[][] = [];
      const ofDoc = new Uint32Array(this.pages.length);
      order.forEach((page, doc) => {
        const set = [...new Set((this.pages[page]?.filters[key] ?? []).map((v) => number.get(v) ?? 0))].sort((a, b) => a - b);
        const id = set.join(',');
        let n = setIds.get(id);
        if (n === undefined) {
          n = sets.length;
          setIds.set(id, n);
          sets.push(set);
        }
        ofDoc[doc] = n;
      });
      facets[key] = values;
      columns[key] = { sets, ofDoc };
    }
    files.set('docs.bin', encodeDocFacets(this.pages.length, columns));

    const average = this.pages.reduce((sum, p) => sum + p.length, 0) / Math.max(1, this.pages.length);
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
      const entries: { doc: number; weight: number }[] = [];
      for (let i = 0; i < pairs.length; i += 2) {
        const page = pairs[i] ?? 0;
        const tf = pairs[i + 1] ?? 0;
        const norm = bm25.k1 * (1 - bm25.b + (bm25.b * (this.pages[page]?.length ?? 0)) / average);
        const weight = (tf * (bm25.k1 + 1)) / (tf + norm);
        entries.push({ doc: docOf[page] ?? 0, weight: Math.max(1, Math.min(255, Math.round((weight / (bm25.k1 + 1)) * 255))) });
      }
      entries.sort((a, b) => a.doc - b.doc);
      if (entries.length >= commonTerm.minDocs && entries.length * 2 > this.pages.length) {
        for (const e of entries) e.weight = coarseWeight(e.weight, commonTerm.levels);
      }
      chunk.push({ term, docs: Uint32Array.from(entries, (e) => e.doc), weights: Uint8Array.from(entries, (e) => e.weight) });
      size += term.length + entries.length * 2;
      if (size >= chunkBytes) flush();
    }
    flush();
    return { manifest: { docs: this.pages.length, facets, chunks }, files, packed };
  }
}
