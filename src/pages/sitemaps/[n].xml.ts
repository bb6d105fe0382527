import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapPartsOfSite } from '../../data/site';
import { sitemap } from '../../lib/publishing/feed';
import { siteConfig } from '../../site.config';

/** One part for every 50,000 pages of the route table, the pages the whole-build check reads too. */
export const getStaticPaths: GetStaticPaths = async () =>
  (await sitemapPartsOfSite()).map((pages, i) => ({ params: { n: String(i + 1) }, props: { pages } }));

/** A part of the sitemap: its pages with when their letters last changed. */
export const GET: APIRoute = ({ props }) =>
  new Response(sitemap(props.pages, siteConfig.site), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
