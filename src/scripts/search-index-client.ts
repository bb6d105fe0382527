/**
 * The browser's side of the search index (src/lib/search/index-format.ts): fetches the manifest and the documents'
 * facets once, then only the word chunks a query's words fall in and the fragments of the results shown, each at
 * most once. Every file is gzip, unpacked here (unless a host already unpacked it on the way).
 */
import {
  chunksFor,
  decodeChunk,
  decodeDocFacets,
  readVersion,
  type DocFacets,
  type Fragment,
  type Manifest,
  type Postings,
} from '../lib/search/index-format';
import { neededTerms, wantedTerm } from '../lib/search/query';
import type { ParsedQuery } from '../lib/language/reading';

/** A file's bytes, unpacked from gzip. */
async function fetchBytes(url: string, init?: RequestInit): Promise<Uint8Array> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const json = async <T>(url: string, init?: RequestInit): Promise<T> =>
  JSON.parse(new TextDecoder().decode(await fetchBytes(url, init))) as T;

/** An open search index. */
export interface SearchIndex {
  manifest: Manifest;
  facets: DocFacets;
  /** The postings of every term a query may need (query.ts, wantedTerm). */
  postings(query: ParsedQuery): Promise<Postings[]>;
  /** What result `doc` shows. */
  fragment(doc: number): Promise<Fragment>;
}

/** Opens the index whose files are under `url` ("/search-index/"). */
export async function openSearchIndex(url: string): Promise<SearchIndex> {
  // The manifest and the documents' facets are asked afresh, side by side, and must carry the same version (else a
  // build was published between the two: ask again); the other files are asked with that version, so a cache never
  // mixes two builds.
  const load = (cache: RequestCache) =>
    Promise.all([json<Manifest>(`${url}manifest.json.gz`, { cache }), fetchBytes(`${url}docs.bin.gz`, { cache }).then(readVersion)]);
  let [manifest, docsFile] = await load('no-cache');
  if (docsFile.version !== manifest.version) [manifest, docsFile] = await load('reload');
  const { docs, facets } = decodeDocFacets(docsFile.rest);
  if (docsFile.version !== manifest.version || docs !== manifest.docs) throw new Error('The search index’s files are not from one build.');
  const file = (name: string) => `${url}${name}?v=${manifest.version}`;
  const chunks = new Map<number, Promise<Postings[]>>();
  const fragments = new Map<number, Promise<Fragment>>();
  const chunk = (n: number) => {
    let loading = chunks.get(n);
    if (!loading) chunks.set(n, (loading = fetchBytes(file(`words/${n}.bin.gz`)).then(decodeChunk)));
    return loading;
  };
  return {
    manifest,
    facets,
    postings: async (query) => {
      const wanted = [...new Set(neededTerms(query).flatMap((t) => chunksFor(manifest.chunks, t.term, t.prefix)))].sort((a, b) => a - b);
      const lists = await Promise.all(wanted.map(chunk));
      const keep = wantedTerm(query);
      return lists.flat().filter((p) => keep(p.term));
    },
    fragment: (doc) => {
      let loading = fragments.get(doc);
      if (!loading) fragments.set(doc, (loading = json<Fragment>(file(`fragments/${doc}.json.gz`))));
      return loading;
    },
  };
}
