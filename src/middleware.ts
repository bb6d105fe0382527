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
  // Read once and handed on as text: cloning the response would copy every page's stream.
  const html = await response.text();
  sink.add(file, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
