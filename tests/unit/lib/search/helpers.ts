import { decodeChunk, decodeDocFacets, type Fragment, type Manifest, type Postings } from '../../../../src/lib/search/index-format';
import { SearchIndexBuilder } from '../../../../src/lib/search/index-writer';
import { readPage } from '../../../../src/lib/search/page-html';
import { must } from '../../../../src/lib/must';

/** A page as the site marks it up for search: filters, sort date and metadata hidden, then a heading and text. */
export interface TestPage {
  url: string;
  date: string;
  kind: string;
  filters: Record<string, string[]>;
  heading: string;
  text: string;
}

export function pageHtml(p: TestPage): string {
  const filters = Object.entries(p.filters).flatMap(([key, values]) => values.map((v) => `<span data-search-filter="${key}">${v}</span>`));
  return `<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><nav>Menu words</nav><main><div data-search-body>
<div hidden data-search-ignore>${filters.join('')}<span data-search-sort="date">${p.date}</span><span data-search-meta="kind">${p.kind}</span><span data-search-meta="date">${p.date}</span><span data-search-meta="breadcrumb">Region › ${p.kind}</span></div>
<h1>${p.heading}</h1><p>${p.text}</p></div><footer>Footer words</footer></main></body></html>`;
}

/** The index of some pages, read back as the browser reads it. */
export function indexOf(pages: readonly TestPage[]) {
  const builder = new SearchIndexBuilder();
  for (const p of pages) builder.add(p.url, must(readPage(pageHtml(p)), p.url));
  const { manifest, files } = builder.finish();
  const file = (name: string) => must(files.get(name), name);
  const { docs, facets } = decodeDocFacets(file('docs.bin'));
  const postings: Postings[] = manifest.chunks.flatMap((_, n) => decodeChunk(file(`words/${n}.bin`)));
  const fragment = (doc: number) => JSON.parse(new TextDecoder().decode(file(`fragments/${doc}.json`))) as Fragment;
  return { manifest: manifest as Omit<Manifest, 'version'>, files, docs, facets, postings, fragment };
}
