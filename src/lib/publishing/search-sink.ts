/**
 * The hand-off between the page renderer and the search index during `npm run build`: the search-index
 * integration (src/integrations/search-index.ts) opens a sink before Astro renders, and the middleware
 * (src/middleware.ts) gives it each indexed page's HTML as it is rendered, so a worker thread indexes it on the
 * other core while Astro goes on rendering, instead of reading every file again afterwards. No sink, no indexing:
 * `npm run dev` and `astro preview` never open one.
 */

/**
 * Receives the HTML of one page to index, as UTF-8 bytes, under the path its file will have in the output. The sink
 * owns the bytes: it may hand their buffer on to another thread.
 */
export interface SearchSink {
  add(file: string, html: Uint8Array): void;
}

const key = Symbol.for('probation-inspections:search-sink');
const holder = globalThis as typeof globalThis & { [key]?: SearchSink };

/** Opens (or, with undefined, closes) the sink the renderer hands pages to. */
export function setSearchSink(sink: SearchSink | undefined): void {
  if (sink) holder[key] = sink;
  else delete holder[key];
}

/** The open sink, or undefined when nothing is being indexed. */
export function searchSink(): SearchSink | undefined {
  return holder[key];
}

/** The page types search covers: their pages carry `data-search-body` (letters, findings, recommendations, PDUs). */
const indexed = /^(?:letters|findings|recommendations|pdus)\/[^/]+\/$/;

/**
 * The output file of a page search indexes ("findings/x/index.html"), from its URL path under the site's base
 * path, or undefined for every other page.
 */
export function indexedFile(pathname: string, base: string): string | undefined {
  const prefix = `${base.replace(/\/+$/, '')}/`;
  if (!pathname.startsWith(prefix)) return undefined;
  const path = pathname.slice(prefix.length);
  return indexed.test(path) ? `${path}index.html` : undefined;
}
