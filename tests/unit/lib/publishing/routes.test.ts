import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { readLetterFile } from '../../../../src/lib/checking/letter-file';
import { loadRegistry } from '../../../../src/lib/model/registry';
import { buildSiteModel } from '../../../../src/lib/model/site-model';
import { sitemap } from '../../../../src/lib/publishing/feed';
import { expectedFiles, outputFile, siteRoutes, sitemapPaths } from '../../../../src/lib/publishing/routes';
import { reference, root } from '../../../support';

const dir = `${root}content/letters`;
const model = buildSiteModel(
  readdirSync(dir).map((file) => {
    const r = readLetterFile(file, readFileSync(`${dir}/${file}`, 'utf8'), reference);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.letter;
  }),
  reference,
);
const charts = siteCharts(model).all;
const registry = {
  ...loadRegistry(`${root}content`),
  retired: [{ kind: 'findings' as const, id: 'old-finding', replacedBy: 'new-finding', reason: 'Merged.' }],
};
const datasetFiles = ['ratings.csv', 'findings.csv'];
const routes = siteRoutes(model, { charts, registry, datasetFiles });

describe('the route table', () => {
  it('lists every page once, and the sitemap lists just the pages', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    const pages = sitemapPaths(routes);
    expect(pages.slice(0, 3)).toEqual(['/', '/letters/', '/regions/']);
    expect(pages).toContain('/compare/greater-manchester/');
    expect(pages).not.toContain('/compare/wales/');
    expect(pages).toContain('/pdus/tameside/');
    expect(pages.filter((p) => p.startsWith('/findings/') && p !== '/findings/')).toHaveLength(model.findings.length);
  });

  it('keeps redirects, downloads, embed pages, share cards and the site’s own files out of the sitemap but in the whole-build check', () => {
    const files = routes.filter((r) => !r.sitemap).map((r) => r.path);
    expect(files).toEqual([
      '/findings/old-finding/',
      '/404.html',
      '/feed.xml',
      '/sitemap.xml',
      '/_headers',
      '/data/letters.json',
      '/data/ratings.csv',
      '/data/findings.csv',
      ...charts.flatMap((c) => [`/data/charts/${c.id}.csv`, `/data/charts/${c.id}.svg`, `/data/charts/${c.id}.png`, `/embed/${c.id}/`]),
      ...model.letters.map((l) => `/cards/letters/${l.letter.id}.png`),
      ...model.regions.map((r) => `/cards/regions/${r.region.id}.png`),
      ...model.pdus.map((p) => `/cards/pdus/${p.id}.png`),
      ...model.findings.map((f) => `/cards/findings/${f.finding.id}.png`),
      ...model.recommendations.map((r) => `/cards/recommendations/${r.recommendation.id}.png`),
    ]);
    expect(expectedFiles(model, charts, registry, datasetFiles)).toEqual(routes.map((r) => outputFile(r.path)));
  });

  it('builds each path into its file', () => {
    expect(outputFile('/')).toBe('index.html');
    expect(outputFile('/letters/x/')).toBe('letters/x/index.html');
    expect(outputFile('/feed.xml')).toBe('feed.xml');
  });

  it('writes the sitemap from the table’s pages, at their permanent URLs', () => {
    const xml = sitemap(sitemapPaths(routes), 'https://example.org');
    expect(xml).toContain('<url><loc>https://example.org/compare/greater-manchester/</loc></url>');
    expect(xml).not.toContain('old-finding');
    expect(xml.match(/<url>/g)).toHaveLength(sitemapPaths(routes).length);
  });
});
