import type { APIRoute } from 'astro';
import { sitemapPartsOfSite } from '../data/site';
import { sitemapIndex } from '../lib/publishing/feed';
import { siteConfig } from '../site.config';

/** The sitemap index robots.txt names: each part (src/pages/sitemaps/[n].xml.ts) with when its pages last changed. */
export const GET: APIRoute = async () =>
  new Response(sitemapIndex(await sitemapPartsOfSite(), siteConfig.site), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
