import { withBase } from './words/format';

/** Site-relative paths of every page, before the base path is applied. One place, so URLs never drift. */
export const paths = {
  home: () => '/',
  letters: () => '/letters/',
  letter: (id: string) => `/letters/${id}/`,
  /** A place inside a letter: a section, finding, recommendation or ratings table. */
  inLetter: (id: string, anchor: string) => `/letters/${id}/#${anchor}`,
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  pdus: () => '/pdus/',
  pdu: (id: string) => `/pdus/${id}/`,
  domains: () => '/domains/',
  domain: (slug: string) => `/domains/${slug}/`,
  findings: () => '/findings/',
  finding: (id: string) => `/findings/${id}/`,
  recommendations: () => '/recommendations/',
  recommendation: (id: string) => `/recommendations/${id}/`,
  search: () => '/search/',
  compare: (query = '') => `/compare/${query}`,
  data: () => '/data/',
  feed: () => '/feed.xml',
};

/** The base path the site is built for, from Astro's build (import.meta.env.BASE_URL); "/" elsewhere. */
export const basePath: string = import.meta.env.BASE_URL ?? '/';

/** A site path with the base path applied, for href and src attributes. */
export function href(path: string): string {
  return withBase(basePath, path);
}

/** The absolute, permanent URL of a site path. */
export function permalink(path: string, site: string): string {
  return new URL(href(path), site).href;
}
