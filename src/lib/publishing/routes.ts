import type { Registry } from '../model/registry';
import type { SiteModel } from '../model/site-model';
import type { Chart } from '../charts/types';
import { allPaths } from './feed';
import { paths } from '../urls';

/** The file a site path is built into: "/letters/x/" -> "letters/x/index.html", "/feed.xml" -> "feed.xml". */
export function outputFile(path: string): string {
  const bare = path.replace(/^\//, '');
  return bare === '' || bare.endsWith('/') ? `${bare}index.html` : bare;
}

/**
 * Every file a whole build of this content must write: each page the site model implies (letters,
 * regions, PDUs, domains, findings, recommendations, list pages), the redirect page of each retired id,
 * the data files and chart CSVs, the feed, the sitemap, the 404 page and the security headers. The build
 * checks the output against it before publishing, so a build that stopped early is never swapped in.
 */
export function expectedFiles(model: SiteModel, charts: readonly Chart[], registry: Registry, datasetFiles: readonly string[]): string[] {
  const retired = registry.retired.map((r) =>
    r.kind === 'letters' ? paths.letter(r.id) : r.kind === 'findings' ? paths.finding(r.id) : paths.recommendation(r.id),
  );
  return [
    ...allPaths(model),
    ...retired,
    '/404.html',
    paths.feed(),
    '/sitemap.xml',
    '/_headers',
    `${paths.data()}letters.json`,
    ...datasetFiles.map((f) => `${paths.data()}${f}`),
    ...charts.map((c) => `${paths.data()}charts/${c.id}.csv`),
  ].map(outputFile);
}
