import { withBase } from './language/format';

/** The id of the anchor on a PDU's ratings table in its letter (Annexe two): "ratings-tameside". */
export const ratingsAnchor = (pdu: string) => `ratings-${pdu}`;

/** A query string from named values, in the order given, leaving out empty ones: "?region=x&addressee=region", or "". */
function query(values: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams(Object.entries(values).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A place inside a letter: a section, finding, recommendation or ratings table. */
const inLetter = (id: string, anchor: string) => `/letters/${id}/#${anchor}`;

/** Site-relative paths of every page and file, before the base path is applied. One place, so URLs never drift. */
export const paths = {
  home: () => '/',
  letters: () => '/letters/',
  /** A page of the letters list: the first is /letters/ itself, the next /letters/page/2/ (no letter id can be "page"). */
  lettersPage: (page: number) => (page <= 1 ? '/letters/' : `/letters/page/${page}/`),
  letter: (id: string) => `/letters/${id}/`,
  inLetter,
  /** A letter's citations file, holding the letter and all its findings and recommendations: "/letters/x/citations.bib". */
  letterCitations: (id: string, extension: 'bib' | 'ris' | 'json') => `/letters/${id}/citations.${extension}`,
  /** A PDU's ratings table in a letter's Annexe two. */
  ratingsInLetter: (letterId: string, pdu: string) => inLetter(letterId, ratingsAnchor(pdu)),
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  pdus: () => '/pdus/',
  pdu: (id: string) => `/pdus/${id}/`,
  domains: () => '/domains/',
  domain: (slug: string) => `/domains/${slug}/`,
  findings: () => '/findings/',
  finding: (id: string) => `/findings/${id}/`,
  /** The recommendations page; with filters, its explorer filtered to them (`?region=x&addressee=region`, in the order given). */
  recommendations: (filters: Readonly<Record<string, string | undefined>> = {}) => `/recommendations/${query(filters)}`,
  recommendation: (id: string) => `/recommendations/${id}/`,
  /** A page of the recommendations explorer without JavaScript: page 1 is the recommendations page, then "/recommendations/page/2/". */
  recommendationsPage: (page: number) => (page === 1 ? '/recommendations/' : `/recommendations/page/${page}/`),
  /** The explorer's index, which its script loads on demand: the manifest ("index.json") and one file of rows per year ("2023.json"). */
  explorerIndex: (file = 'index.json') => `/recommendations/explorer/${file}`,
  /** Related (similar) recommendations made under different PDUs or in different letters, in groups (no recommendation id can be "recurring"). */
  recurringRecommendations: () => '/recommendations/recurring/',
  /** A page of the recurring recommendations: the first is /recommendations/recurring/ itself, the next …/recurring/page/2/. */
  recurringRecommendationsPage: (page: number) => (page <= 1 ? '/recommendations/recurring/' : `/recommendations/recurring/page/${page}/`),
  /** The search page; with filters, a search for them (`?domain=…&kind=…`, in the order given). */
  search: (filters: Readonly<Record<string, string | undefined>> = {}) => `/search/${query(filters)}`,
  /** The compare page; with a selection's query string (`?pdus=a,b`), that comparison. */
  compare: (selectionQuery = '') => `/compare/${selectionQuery}`,
  /** The ready-made comparison of a region's PDUs. */
  compareRegion: (region: string) => `/compare/${region}/`,
  data: () => '/data/',
  /** A download on the data page: "ratings.csv", "letters.json". */
  dataFile: (file: string) => `/data/${file}`,
  /** The CSV of one chart's table. */
  chartData: (chartId: string) => `/data/charts/${chartId}.csv`,
  /** One chart as a standalone SVG file, and as a PNG drawn from it. */
  chartSvg: (chartId: string) => `/data/charts/${chartId}.svg`,
  chartPng: (chartId: string) => `/data/charts/${chartId}.png`,
  /** A chart alone, with its title, source and a link back, for other sites to show in an iframe. */
  embed: (chartId: string) => `/embed/${chartId}/`,
  /** The share card (Open Graph image) of a letter, region, PDU, finding or recommendation page. */
  card: (kind: 'letters' | 'regions' | 'pdus' | 'findings' | 'recommendations', id: string) => `/cards/${kind}/${id}.png`,
  feed: () => '/feed.xml',
  /** The Atom feed of a region's letters. */
  regionFeed: (region: string) => `/regions/${region}/feed.xml`,
  /** The Atom feed of the letters that inspected a PDU. */
  pduFeed: (pdu: string) => `/pdus/${pdu}/feed.xml`,
  /** For crawlers: where the sitemap is. */
  robots: () => '/robots.txt',
  /** The sitemap index, naming each part (the name @astrojs/sitemap gives it: src/integrations/sitemap.ts). */
  sitemap: () => '/sitemap-index.xml',
  /** A part of the sitemap, from 0 (the protocol allows 50,000 URLs a file): "/sitemap-0.xml". */
  sitemapPart: (n: number) => `/sitemap-${n}.xml`,
  notFound: () => '/404.html',
  /** Security headers for hosts that read a `_headers` file. */
  headers: () => '/_headers',
  favicon: () => '/favicon.svg',
  /** A file of the search index (src/lib/search/index-format.ts): "manifest.json.gz", "docs.bin.gz", "words/3.bin.gz"… */
  searchIndex: (file: string) => `/search-index/${file}`,
  /** The words the search page suggests from when a query finds nothing. */
  searchVocabulary: () => '/search/vocabulary.json',
  /** The search index's entry file: document count, facet values, word chunks, version. */
  searchIndexManifest: () => '/search-index/manifest.json.gz',
  /** The search index's file of each document's facet values. */
  searchIndexDocs: () => '/search-index/docs.bin.gz',
};

/**
 * The base path the site is built for, from Astro's build (import.meta.env.BASE_URL); "/" elsewhere. The build's
 * preparation thread has no import.meta.env: what it writes (output file paths, share cards, similarity links) never
 * carries the base path, so it must not use href or permalink for anything it hands over.
 */
export const basePath: string = import.meta.env?.BASE_URL ?? '/';

/** A site path with the base path applied, for href and src attributes. */
export function href(path: string): string {
  return withBase(basePath, path);
}

/** The absolute, permanent URL of a site path. */
export function permalink(path: string, site: string): string {
  return new URL(href(path), site).href;
}
