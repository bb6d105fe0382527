import type { SearchDocument } from '../../../../src/lib/search/documents';
import { decodeChunk, decodeDocFacets, type Fragment, type Manifest, type Postings } from '../../../../src/lib/search/index-format';
import { matchQuery, runSearch, wantedTerm, type Order, type Selection } from '../../../../src/lib/search/query';
import { SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import { parseQuery, type AcronymForms } from '../../../../src/lib/language/reading';
import { must } from '../../../../src/lib/must';

/** A document as documents.ts makes one: by default a key strength of Wales, in 2023, saying nothing much. */
export function testDoc(n: number, over: Partial<SearchDocument> = {}): SearchDocument {
  return {
    url: `findings/f${n}/`,
    title: `Finding ${n}`,
    date: '2023-05-25',
    kind: 'Key strength',
    breadcrumb: 'Wales › Staff',
    shownDate: '25 May 2023',
    facets: { kind: ['Key strength'], region: ['Wales'], year: ['2023'] },
    paragraphs: ['Nothing to see.'],
    headings: [],
    ...over,
  };
}

/** An abbreviation list for tests: "BBR" and "PO" (a short form that is also a lower-case word). */
export const testAcronyms: AcronymForms[] = [
  { short: 'BBR', expansion: 'Building Better Relationships' },
  { short: 'PO', expansion: 'probation officer' },
];

/** The index of some documents, read back from its raw files as the browser reads it. */
export function indexOf(docs: readonly SearchDocument[], acronyms: readonly AcronymForms[] = []) {
  const builder = new SearchIndexBuilder({ acronyms });
  for (const doc of docs) builder.add(doc);
  const built = builder.finish();
  const { manifest, files } = built;
  const file = (name: string) => must(files.get(name), name);
  const { docs: count, facets } = decodeDocFacets(file('docs.bin'));
  const postings: Postings[] = manifest.chunks.flatMap((_, n) => decodeChunk(file(`words/${n}.bin`)));
  const fragment = (doc: number) => JSON.parse(new TextDecoder().decode(file(`fragments/${doc}.json`))) as Fragment;
  return { manifest: manifest as Omit<Manifest, 'version'>, files, pageOf: built.pageOf, docs: count, facets, postings, fragment };
}

/**
 * The titles of the results of a query over some documents, in the order search shows them, and how many hold every
 * word: from only the postings the browser would keep of the chunks it fetched (wantedTerm).
 */
export function searchTitles(
  docs: readonly SearchDocument[],
  query: string,
  options: { selection?: Selection; order?: Order; acronyms?: readonly AcronymForms[] } = {},
): { titles: string[]; whole: number } {
  const index = indexOf(docs, options.acronyms);
  const parsed = parseQuery(query);
  const matches = query
    ? matchQuery(
        parsed,
        index.postings.filter((p) => wantedTerm(parsed)(p.term)),
        index.docs,
      )
    : undefined;
  const outcome = runSearch({
    matches,
    docCount: index.docs,
    facets: index.facets,
    values: index.manifest.facets,
    selection: options.selection ?? {},
    order: options.order ?? 'relevance',
  });
  return { titles: outcome.docs.map((d) => index.fragment(d).title), whole: outcome.whole };
}
