import type { Registry } from '../model/registry';
import type { SiteModel } from '../model/site-model';
import type { Chart } from '../charts/types';
import { caps, regionsWithLetters } from '../model/groups';
import { dataPackageFile, lettersJsonFile } from './open-data';
import { citationFormats } from './citation-formats';
import { lettersOfPdu } from './feed';
import { lastUpdated } from '../model/letter-versions';
import type { LetterVersions } from '../../schemas/letter-versions';
import { paths } from '../urls';
import { siteCardPaths } from '../images/site-cards';
import { laterPages, pageCount } from '../url-state/pagination';
import { explorerPageSize } from './explorer-files';
import { explorerYearFile } from '../url-state/explorer-index';

/** The file a site path is built into: "/letters/x/" -> "letters/x/index.html", "/feed.xml" -> "feed.xml". */
export function outputFile(path: string): string {
  const bare = path.replace(/^\//, '');
  return bare === '' || bare.endsWith('/') ? `${bare}index.html` : bare;
}

/** One row of the route table: a site path, and whether it is a page the sitemap lists. */
export interface Route {
  path: string;
  sitemap: boolean;
  /** The letters whose content the page shows: its sitemap `lastmod` is the latest of their recorded versions. */
  letters?: readonly string[];
}

/** What the route table needs besides the site model: every chart, the id registry and the data downloads' file names. */
export interface RouteSources {
  charts: readonly Chart[];
  registry: Registry;
  datasetFiles: readonly string[];
  /** Rows on a page of the recommendations explorer; the build's (`PI_EXPLORER_PAGE_SIZE`, else 200) when not given. */
  explorerPageSize?: number;
  /** How many groups of recurring recommendations there are (src/lib/model/similar.ts), for the pages that list them; none when not given. */
  recurringGroups?: number;
}

/**
 * The route table: every path a whole build of this content writes, in one list. The pages the site model implies
 * (the list pages, the compare page and each region's ready-made comparison, and each letter, region, PDU, domain,
 * finding and recommendation) are in the sitemap, each with the letters it shows (its `lastmod`); the redirect page of
 * each retired id, the 404 page, the feeds (the site's, each region's with letters, each PDU's), the sitemap itself,
 * robots.txt, the security headers, the search index and its vocabulary, the data files, the data package, each
 * chart's CSV, SVG, PNG and embed page, the share cards and each letter's citation files are not. The sitemap and the
 * whole-build check both read it.
 */
export function siteRoutes(model: SiteModel, sources: RouteSources): Route[] {
  const ids = (letters: readonly { letter: { id: string } }[]) => [...new Set(letters.map((l) => l.letter.id))];
  const all = ids(model.letters);
  const page = (path: string, letters: readonly string[] = all): Route => ({ path, sitemap: true, letters });
  const file = (path: string): Route => ({ path, sitemap: false });
  const retired = sources.registry.retired.map((r) =>
    r.kind === 'letters' ? paths.letter(r.id) : r.kind === 'findings' ? paths.finding(r.id) : paths.recommendation(r.id),
  );
  const withLetters = regionsWithLetters(model.regions);
  const table: Route[] = [
    ...[
      paths.home(),
      paths.letters(),
      paths.regions(),
      paths.pdus(),
      paths.domains(),
      paths.findings(),
      paths.recommendations(),
      paths.recurringRecommendations(),
      paths.search(),
      paths.data(),
      paths.compare(),
    ].map((path) => page(path)),
    ...laterPages(pageCount(model.recommendations.length, sources.explorerPageSize ?? explorerPageSize())).map((n) =>
      page(paths.recommendationsPage(n)),
    ),
    // The later pages of the long lists (the first is the list page itself, above).
    ...laterPages(pageCount(model.letters.length, caps.lettersPerPage)).map((n) => page(paths.lettersPage(n))),
    ...laterPages(pageCount(sources.recurringGroups ?? 0, caps.recurringGroupsPerPage)).map((n) =>
      page(paths.recurringRecommendationsPage(n)),
    ),
    ...withLetters.map((r) => page(paths.compareRegion(r.region.id), ids(r.letters))),
    ...model.letters.map((l) => page(paths.letter(l.letter.id), [l.letter.id])),
    ...model.regions.map((r) => page(paths.region(r.region.id), ids(r.letters))),
    ...model.pdus.map((p) => page(paths.pdu(p.id), ids(lettersOfPdu(p)))),
    ...model.domains.map((d) =>
      page(paths.domain(d.info.slug), ids([...d.ratings, ...d.findings, ...d.recommendations].map((x) => x.letter))),
    ),
    ...model.findings.map((f) => page(paths.finding(f.finding.id), [f.letter.letter.id])),
    ...model.recommendations.map((r) => page(paths.recommendation(r.recommendation.id), [r.letter.letter.id])),
    ...retired.map(file),
    ...[
      paths.notFound(),
      paths.feed(),
      ...withLetters.map((r) => paths.regionFeed(r.region.id)),
      ...model.pdus.map((p) => paths.pduFeed(p.id)),
      paths.sitemap(),
      paths.robots(),
      paths.headers(),
      paths.searchIndexManifest(),
      paths.searchIndexDocs(),
      paths.searchVocabulary(),
      paths.explorerIndex(),
      ...[...new Set(model.recommendations.map((r) => r.letter.letter.date.slice(0, 4)))].map((year) =>
        paths.explorerIndex(explorerYearFile(year)),
      ),
      paths.dataFile(lettersJsonFile),
      paths.dataFile(dataPackageFile),
      ...sources.datasetFiles.map((f) => paths.dataFile(f)),
      ...sources.charts.flatMap((c) => [paths.chartData(c.id), paths.chartSvg(c.id), paths.chartPng(c.id), paths.embed(c.id)]),
      ...siteCardPaths(model),
      ...model.letters.flatMap((l) => citationFormats.map((f) => paths.letterCitations(l.letter.id, f.extension))),
    ].map(file),
  ];
  // The sitemap's parts, as many as its pages need, numbered from 0 (src/integrations/sitemap.ts).
  const parts = Math.max(1, Math.ceil(table.filter((r) => r.sitemap).length / sitemapUrlsPerFile));
  return [...table, ...Array.from({ length: parts }, (_, i) => file(paths.sitemapPart(i)))];
}

/**
 * One page of the sitemap: its site path and, when known, when its content last changed (a UTC date-time). The route
 * table decides which pages the sitemap lists and how each is dated; @astrojs/sitemap writes the files
 * (src/integrations/sitemap.ts).
 */
export interface SitemapPage {
  path: string;
  lastmod?: string | undefined;
}

/** The most URLs one sitemap file may list (the sitemaps.org protocol's limit). */
export const sitemapUrlsPerFile = 50_000;

/** The sitemap's pages, in the route table's order, each with `lastmod`: the latest recorded version of the letters it shows. */
export function sitemapPages(routes: readonly Route[], versions: LetterVersions): SitemapPage[] {
  return routes.filter((r) => r.sitemap).map((r) => ({ path: r.path, lastmod: lastUpdated(versions, r.letters ?? []) }));
}

/** The pages the sitemap lists, in the route table's order. */
export function sitemapPaths(routes: readonly Route[]): string[] {
  return routes.filter((r) => r.sitemap).map((r) => r.path);
}
