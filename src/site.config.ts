import { placeholderSite, siteOption } from './site-address.mjs';

export { placeholderSite };

/**
 * PI_SITE as the site uses it (its origin), or undefined while it is unset: a preview. An address src/site-address.mjs
 * refuses is kept as given here; the build script (src/cli/build.mjs) and the site-URL integration
 * (src/integrations/site-url.ts) stop the build with the reason before any page is made with it.
 */
const given = siteOption([], process.env.PI_SITE);
const publishedSite = given.ok ? given.site : process.env.PI_SITE;

/** Site settings in one place. The base path and site URL can be overridden at build time. */
export const siteConfig = {
  /** The site's name, shown in the header and page titles. */
  title: 'Probation inspection outcomes',
  /** One line saying what the site is (the feed's subtitle); the home page describes itself with its coverage (homeDescription). */
  description: 'HM Inspectorate of Probation’s inspection letters: ratings, findings and recommendations, cross-linked and citable.',
  /**
   * Absolute URL the site is served from (for permanent links, the feed and the sitemap): PI_SITE, or `--site` given to
   * `npm run build` (which sets PI_SITE for Astro), else the placeholder.
   */
  site: publishedSite ?? placeholderSite,
  /**
   * True when the build has no site address: a preview. Every page then says so in a banner and carries
   * `noindex`, robots.txt disallows everything and `_headers` sends `X-Robots-Tag: noindex`, since every link that
   * leaves the page (canonical, citations, feeds, share cards, embed snippets) carries the placeholder.
   */
  preview: publishedSite === undefined,
  /** Path prefix when deployed under a sub-path, e.g. "/inspections"; "/" at the root. */
  base: process.env.PI_BASE ?? '/',
  /** Folder holding letters/ and reference/. */
  contentDir: process.env.PI_CONTENT_DIR ?? 'content',
  /** Folder the site is built into. */
  outDir: process.env.PI_OUT_DIR ?? 'dist',
};
