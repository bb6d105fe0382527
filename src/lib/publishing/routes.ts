import type { Registry } from '../model/registry';
import type { SiteModel } from '../model/site-model';
import type { Chart } from '../charts/types';
import { regionsWithLetters } from '../model/groups';
import { lettersJsonFile } from './open-data';
import { paths } from '../urls';
import { siteCardPaths } from '../images/site-cards';

/** The file a site path is built into: "/letters/x/" -> "letters/x/index.html", "/feed.xml" -> "feed.xml". */
export function outputFile(path: string): string {
  const bare = path.replace(/^\//, '');
  return bare === '' || bare.endsWith('/') ? `${bare}index.html` : bare;
}

/** One row of the route table: a site path, and whether it is a page the sitemap lists. */
export interface Route {
  path: string;
  sitemap: boolean;
}

/** What the route table needs besides the site model: every chart, the id registry and the data downloads' file names. */
export interface RouteSources {
  charts: readonly Chart[];
  registry: Registry;
  datasetFiles: readonly string[];
}

/**
 * The route table: every path a whole build of this content writes, in one list. The pages the site model implies
 * (the list pages, the compare page and each region's ready-made comparison, and each letter, region, PDU, domain,
 * finding and recommendation) are in the sitemap; the redirect page of each retired id, the 404 page, the feed, the
 * sitemap itself, the security headers, the data files, each chart's CSV, SVG, PNG and embed page, and the share cards are not. The sitemap and the whole-build
 * check both read it.
 */
export function siteRoutes(model: SiteModel, sources: RouteSources): Route[] {
  const page = (path: string): Route => ({ path, sitemap: true });
  const file = (path: string): Route => ({ path, sitemap: false });
  const retired = sources.registry.retired.map((r) =>
    r.kind === 'letters' ? paths.letter(r.id) : r.kind === 'findings' ? paths.finding(r.id) : paths.recommendation(r.id),
  );
  return [
    ...[
      paths.home(),
      paths.letters(),
      paths.regions(),
      paths.pdus(),
      paths.domains(),
      paths.findings(),
      paths.recommendations(),
      paths.search(),
      paths.data(),
      paths.compare(),
      ...regionsWithLetters(model.regions).map((r) => paths.compareRegion(r.region.id)),
      ...model.letters.map((l) => paths.letter(l.letter.id)),
      ...model.regions.map((r) => paths.region(r.region.id)),
      ...model.pdus.map((p) => paths.pdu(p.id)),
      ...model.domains.map((d) => paths.domain(d.info.slug)),
      ...model.findings.map((f) => paths.finding(f.finding.id)),
      ...model.recommendations.map((r) => paths.recommendation(r.recommendation.id)),
    ].map(page),
    ...retired.map(file),
    ...[
      paths.notFound(),
      paths.feed(),
      paths.sitemap(),
      paths.headers(),
      paths.dataFile(lettersJsonFile),
      ...sources.datasetFiles.map((f) => paths.dataFile(f)),
      ...sources.charts.flatMap((c) => [paths.chartData(c.id), paths.chartSvg(c.id), paths.chartPng(c.id), paths.embed(c.id)]),
      ...siteCardPaths(model),
    ].map(file),
  ];
}

/** The pages the sitemap lists, in the route table's order. */
export function sitemapPaths(routes: readonly Route[]): string[] {
  return routes.filter((r) => r.sitemap).map((r) => r.path);
}

/**
 * Every file a whole build of this content must write: the route table's paths as output files. The build checks
 * the output against it before publishing, so a build that stopped early is never swapped in.
 */
export function expectedFiles(model: SiteModel, charts: readonly Chart[], registry: Registry, datasetFiles: readonly string[]): string[] {
  return siteRoutes(model, { charts, registry, datasetFiles }).map((r) => outputFile(r.path));
}
