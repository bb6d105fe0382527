import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing/feed';
import { siteConfig } from '../site.config';

/** For crawlers: everything may be read, and where the sitemap is; in a preview, nothing may be (src/site.config.ts). */
export const GET: APIRoute = () =>
  new Response(robotsTxt(siteConfig.site, { preview: siteConfig.preview }), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
