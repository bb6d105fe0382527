import { defineMiddleware } from 'astro:middleware';
import { indexedFile, searchSink } from './lib/publishing/search-sink';
import { siteConfig } from './site.config';

/**
 * During `npm run build` only: hands each page search covers to the search index as it is rendered
 * (src/lib/publishing/search-sink.ts). Every other request passes through untouched.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const sink = searchSink();
  const file = sink && response.ok ? indexedFile(context.url.pathname, siteConfig.base) : undefined;
  if (!sink || !file) return response;
  // Read once as bytes and handed on as they are: decoding the page to text and encoding it again for Astro's write
  // cost about 9 s of the main thread at 1,000 letters. The new Response copies the bytes, so the worker thread
  // can take the read ones over without a copy, and decodes them on the other core.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
  sink.add(file, bytes);
  return copy;
});
