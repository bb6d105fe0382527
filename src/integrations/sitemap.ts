import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapUrlsPerFile } from '../lib/publishing/routes';

/** The pages a sitemap lists, by site path ("/letters/x/"), each with when it last changed, if known. */
export type SitemapPlan = ReadonlyMap<string, string | undefined>;

/**
 * The sitemap, written by @astrojs/sitemap when Astro has written the pages: `/sitemap-index.xml` (the address
 * robots.txt names) naming `/sitemap-0.xml`, `/sitemap-1.xml`… of at most 50,000 URLs each (the protocol's limit),
 * each part dated in the index by its latest page.
 *
 * Which pages it lists, and each page's `lastmod`, come from the route table (src/lib/publishing/routes.ts) through
 * `plan()`: the route table's pages, each dated by the latest recorded version of the letters it shows, so a
 * correction shows as an update. A page Astro built that the plan does not list (a retired id's redirect, an embed
 * page, the 404 page) is left out; a page the plan lists that Astro did not build fails the whole-build check
 * (src/cli/build.mjs), which also refuses any page the route table does not know. Without a plan (a build that did
 * not run the content check's preparation thread) it stops the build rather than write an undated or unfiltered sitemap.
 */
export function sitemapIntegration(base: string, plan: () => SitemapPlan | undefined): AstroIntegration {
  const prefix = base.replace(/\/+$/, '');
  const planned = (): SitemapPlan => {
    const pages = plan();
    if (!pages) throw new Error('The sitemap has no list of pages: the content check did not prepare one (build with `npm run build`).');
    return pages;
  };
  /** "https://host/base/letters/x/" -> "/letters/x/". */
  const sitePath = (url: string) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith(`${prefix}/`)) throw new Error(`The sitemap was given ${url}, outside the site's base path ${base}.`);
    return pathname.slice(prefix.length);
  };
  return sitemap({
    entryLimit: sitemapUrlsPerFile,
    // Plain sitemaps: the pages carry no news, image, video or language alternates.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    filter: (url) => planned().has(sitePath(url)),
    serialize: (item) => {
      const lastmod = planned().get(sitePath(item.url));
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
