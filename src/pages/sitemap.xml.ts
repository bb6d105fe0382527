import type { APIRoute } from 'astro';
import { charts, letterVersions, registry, similar, siteModel } from '../data/site';
import { sitemap } from '../lib/publishing/feed';
import { datasets } from '../lib/publishing/open-data';
import { siteRoutes, sitemapPages } from '../lib/publishing/routes';
import { siteConfig } from '../site.config';

/** Every page, for crawlers, with when its letters last changed: the pages of the route table the whole-build check reads too. */
export const GET: APIRoute = async () => {
  const model = await siteModel();
  const routes = siteRoutes(model, {
    charts: (await charts()).all,
    registry: await registry(),
    datasetFiles: datasets(model, siteConfig.site).map((d) => d.file),
    recurringGroups: (await similar()).recurring.length,
  });
  return new Response(sitemap(sitemapPages(routes, await letterVersions()), siteConfig.site), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
