import type { APIRoute } from 'astro';
import { siteModel } from '../data/site';
import { sitemap } from '../lib/publishing/feed';
import { siteConfig } from '../site.config';

/** Every page, for crawlers. */
export const GET: APIRoute = async () =>
  new Response(sitemap(await siteModel(), siteConfig.site), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
