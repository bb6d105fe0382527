import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/publishing/feed';
import { siteConfig } from '../site.config';

/** For crawlers: everything may be read, and where the sitemap is. */
export const GET: APIRoute = () => new Response(robotsTxt(siteConfig.site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
