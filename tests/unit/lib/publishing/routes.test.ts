import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteCharts } from '../../../../src/lib/charts/catalogue';
import { loadRegistry } from '../../../../src/lib/model/registry';
import { outputFile, siteRoutes, sitemapPages, sitemapPaths, sitemapUrlsPerFile } from '../../../../src/lib/publishing/routes';
import { datasets } from '../../../../src/lib/publishing/open-data';
import { downloadLabel, recommendationsCsv } from '../../../../src/lib/url-state/explorer-state';
import { searchVocabulary } from '../../../../src/lib/search/search-vocabulary';
import { modelOf, must, reference, root } from '../../../support';

const dir = `${root}content/letters`;
const model = modelOf(dir);
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
      '/regions/greater-manchester/feed.xml',
      '/pdus/manchester-north/feed.xml',
      '/pdus/tameside/feed.xml',
      '/pdus/wigan/feed.xml',
      '/sitemap-index.xml',
      '/robots.txt',
      '/_headers',
      '/search-index/manifest.json.gz',
      '/search-index/docs.bin.gz',
      '/search/vocabulary.json',
      '/recommendations/explorer/index.json',
      '/recommendations/explorer/2023.json',
      '/data/letters.json',
      '/data/datapackage.json',
      '/data/ratings.csv',
      '/data/findings.csv',
      ...charts.flatMap((c) => [`/data/charts/${c.id}.csv`, `/data/charts/${c.id}.svg`, `/data/charts/${c.id}.png`, `/embed/${c.id}/`]),
      ...model.letters.map((l) => `/cards/letters/${l.letter.id}.png`),
      ...model.regions.map((r) => `/cards/regions/${r.region.id}.png`),
      ...model.pdus.map((p) => `/cards/pdus/${p.id}.png`),
      ...model.findings.map((f) => `/cards/findings/${f.finding.id}.png`),
      ...model.recommendations.map((r) => `/cards/recommendations/${r.recommendation.id}.png`),
      '/letters/greater-manchester-2023-05/citations.bib',
      '/letters/greater-manchester-2023-05/citations.ris',
      '/letters/greater-manchester-2023-05/citations.json',
      '/sitemap-0.xml',
    ]);
    // What the whole-build check expects: each file once, the pages as their index.html.
    const expected = routes.map((r) => outputFile(r.path));
    expect(new Set(expected).size).toBe(expected.length);
    expect(expected).toEqual(
      expect.arrayContaining(['index.html', 'letters/greater-manchester-2023-05/index.html', 'sitemap-0.xml', '_headers']),
    );
    expect(expected.filter((f) => f.endsWith('/') || f.startsWith('/'))).toEqual([]);
  });

  it('lists each page of the explorer after the first, which is the recommendations page itself', () => {
    const withPages = (explorerPageSize: number) =>
      siteRoutes(model, { charts, registry, datasetFiles, explorerPageSize }).filter((r) => r.path.startsWith('/recommendations/page/'));
    expect(withPages(200)).toEqual([]);
    expect(withPages(10).map((r) => [r.path, r.sitemap])).toEqual([
      ['/recommendations/page/2/', true],
      ['/recommendations/page/3/', true],
    ]);
  });

  it('builds each path into its file', () => {
    expect(outputFile('/')).toBe('index.html');
    expect(outputFile('/letters/x/')).toBe('letters/x/index.html');
    expect(outputFile('/feed.xml')).toBe('feed.xml');
  });

  it('holds a part of the sitemap for every 50,000 of its pages, numbered from 0 as @astrojs/sitemap numbers them', () => {
    expect(sitemapUrlsPerFile).toBe(50_000);
    expect(routes.filter((r) => /^\/sitemap-\d+\.xml$/.test(r.path)).map((r) => r.path)).toEqual(['/sitemap-0.xml']);
  });

  it('dates a page from the latest version of the letters it shows, and a page with none without a date', () => {
    const versions = { 'greater-manchester-2023-05': { sha256: 'a'.repeat(64), recorded: '2026-01-02T03:04:05Z' } };
    const dated = new Map(sitemapPages(routes, versions).map((p) => [p.path, p.lastmod]));
    expect(dated.get('/pdus/wigan/')).toBe('2026-01-02T03:04:05Z');
    expect(dated.get('/domains/2-2-assessment/')).toBe('2026-01-02T03:04:05Z');
    expect(dated.get('/regions/wales/')).toBeUndefined();
    expect(() => sitemapPages(routes, {})).toThrow(/recorded version of letter "greater-manchester-2023-05"/);
  });
});

describe('the explorer’s download', () => {
  it('picks its rows from a CSV the data page publishes, with an id column', () => {
    const recommendations = datasets(model, 'https://example.org').find((d) => d.file === recommendationsCsv);
    expect(recommendations?.columns.map((c) => c.name)).toContain('id');
  });

  it('says what it gives: every recommendation, these rows, or this row', () => {
    expect(downloadLabel(28, false)).toBe('Download all 28 recommendations (CSV)');
    expect(downloadLabel(4, true)).toBe('Download these 4 rows (CSV)');
    expect(downloadLabel(1, true)).toBe('Download this row (CSV)');
  });
});

describe('the search page’s vocabulary', () => {
  const sources = {
    bodies: readdirSync(dir).map((file) => readFileSync(`${dir}/${file}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')),
    acronyms: reference.acronyms,
  };
  const words = searchVocabulary(model, sources);

  it('holds each word of three or more letters of the findings, recommendations, narrative, names and acronyms once, in lower case', () => {
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w) => /^[a-z]{3,}$/.test(w))).toBe(true);
    for (const word of ['victims', 'workloads', 'tameside', 'wigan', 'manchester', 'relationships', 'atherton', 'bbr', 'gmps'])
      expect(words).toContain(word);
  });

  it('lists the most frequent first, the same on every build', () => {
    const count = (w: string) =>
      [...model.findings.map((f) => f.finding.text), ...model.recommendations.map((r) => r.recommendation.text)]
        .join(' ')
        .toLowerCase()
        .split(/[^a-z]+/)
        .filter((x) => x === w).length;
    expect(count(must(words[0], 'the first word'))).toBeGreaterThanOrEqual(count('relationships'));
    expect(searchVocabulary(model, sources)).toEqual(words);
  });
});
