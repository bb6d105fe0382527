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
  if (sink && file) sink.add(file, await response.clone().text());
  return response;
});
