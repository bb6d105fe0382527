/**
 * The site URL used while PI_SITE is unset: a placeholder, so a build made with it carries it in every canonical
 * link, the feed, the sitemap and every copied link, and the build warns (src/integrations/site-url.ts).
 */
export const placeholderSite = 'https://probation-inspections.example.org';

/** Site settings in one place. The base path and site URL can be overridden at build time. */
export const siteConfig = {
  /** The site's name, shown in the header and page titles. */
  title: 'Probation inspection outcomes',
  /** One line saying what the site is. */
  description: 'Every published probation inspection letter: ratings, findings and recommendations, cross-linked and citable.',
  /** Absolute URL the site is served from (for permanent links, the feed and the sitemap). */
  site: process.env.PI_SITE ?? placeholderSite,
  /** Path prefix when deployed under a sub-path, e.g. "/inspections"; "/" at the root. */
  base: process.env.PI_BASE ?? '/',
  /** Folder holding letters/ and reference/. */
  contentDir: process.env.PI_CONTENT_DIR ?? 'content',
  /** Folder the site is built into. */
  outDir: process.env.PI_OUT_DIR ?? 'dist',
};
