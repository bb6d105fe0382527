import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sitemapIntegration, type SitemapPlan } from '../../../src/integrations/sitemap';

// The sitemap integration's hooks, run with the real @astrojs/sitemap as Astro calls them after a build: the pages
// Astro wrote, the site's settings, an output folder. (The built site's own sitemap is checked in e2e/feeds.test.ts.)
let out: string;
afterEach(() => rmSync(out, { recursive: true, force: true }));

const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => quiet, label: 'test' };

/** Runs the integration over the given page paths with the given plan; returns the files written, by name. */
async function written(pagePaths: readonly string[], plan: SitemapPlan | undefined, base = '/'): Promise<Record<string, string>> {
  out = mkdtempSync(join(tmpdir(), 'pi-sitemap-'));
  const { hooks } = sitemapIntegration(base, () => plan) as unknown as {
    hooks: Record<string, (options: object) => Promise<void> | void>;
  };
  await hooks['astro:routes:resolved']?.({ routes: [] });
  await hooks['astro:config:done']?.({
    config: { site: 'https://example.org', base, trailingSlash: 'always', build: { format: 'directory' } },
  });
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${out}/`),
    pages: pagePaths.map((p) => ({ pathname: p.replace(/^\//, '') })),
    logger: quiet,
  });
  return Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}

const locs = (xml = '') => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('the sitemap', () => {
  it('lists the planned pages Astro built, each dated as planned, and leaves out the pages the plan does not list', async () => {
    const plan = new Map([
      ['/', '2026-01-02T03:04:05Z'],
      ['/letters/x/', '2026-01-03T00:00:00Z'],
      ['/regions/wales/', undefined],
    ]);
    const files = await written(['/', '/letters/x/', '/regions/wales/', '/embed/chart/', '/findings/old/', '404/'], plan);
    expect(Object.keys(files).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files['sitemap-0.xml']).sort()).toEqual([
      'https://example.org/',
      'https://example.org/letters/x/',
      'https://example.org/regions/wales/',
    ]);
    expect(files['sitemap-0.xml']).toContain(
      '<url><loc>https://example.org/letters/x/</loc><lastmod>2026-01-03T00:00:00.000Z</lastmod></url>',
    );
    expect(files['sitemap-0.xml']).toContain('<url><loc>https://example.org/regions/wales/</loc></url>');
    expect(files['sitemap-index.xml']).toContain(
      '<sitemap><loc>https://example.org/sitemap-0.xml</loc><lastmod>2026-01-03T00:00:00.000Z</lastmod></sitemap>',
    );
  });

  it('reads the plan by site path under a base path, and addresses its parts there', async () => {
    const files = await written(['/letters/x/'], new Map([['/letters/x/', '2026-01-03T00:00:00Z']]), '/inspections/');
    expect(locs(files['sitemap-0.xml'])).toEqual(['https://example.org/inspections/letters/x/']);
    expect(locs(files['sitemap-index.xml'])).toEqual(['https://example.org/inspections/sitemap-0.xml']);
  });

  it('splits past 50,000 pages into parts, each dated in the index by its latest page', async () => {
    const paths = Array.from({ length: 50_001 }, (_, i) => `/findings/f${i}/`);
    const plan = new Map(paths.map((p, i) => [p, i === 50_000 ? '2026-02-01T00:00:00Z' : '2026-01-01T00:00:00Z']));
    const files = await written(paths, plan);
    expect(locs(files['sitemap-0.xml'])).toHaveLength(50_000);
    expect(locs(files['sitemap-1.xml'])).toEqual(['https://example.org/findings/f50000/']);
    expect(files['sitemap-index.xml']).toContain(
      '<sitemap><loc>https://example.org/sitemap-1.xml</loc><lastmod>2026-02-01T00:00:00.000Z</lastmod></sitemap>',
    );
    expect(files['sitemap-index.xml']).toContain(
      '<sitemap><loc>https://example.org/sitemap-0.xml</loc><lastmod>2026-01-01T00:00:00.000Z</lastmod></sitemap>',
    );
  });

  it('stops the build rather than write a sitemap without the list of pages', async () => {
    await expect(written(['/'], undefined)).rejects.toThrow(/The sitemap has no list of pages/);
  });
});
