import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholderSite } from '../../src/site.config';
import { backgroundResult, corpusBase, corpusSite } from './support/background';
import { removeScratchFolders, runProcess, scratchOutDir } from './support/build';
import { openSite } from './support/browser';
import { filesUnder } from './support/links';
import { pageTypes } from './support/page-types';
import { distDir, elementsIn, pageText, parseHtml, root } from './support/site';
import { must } from '../support';

// dist/ is built as the README's first command builds it, without the site's address: a preview. The corpus
// (support/background.ts) is built with PI_SITE: a published build. So both are tried without a build of their own.

const noindex = '<meta name="robots" content="noindex">';
const bannerWords = 'Preview: canonical links, citations, feeds, share cards and embeds use a placeholder address.';
const pagesOf = (dir: string) => filesUnder(dir).filter((f) => f.endsWith('.html'));
const count = (text: string, part: string) => text.split(part).length - 1;
/** The embed pages and the redirect pages of retired ids: never indexed, preview or not. */
const alwaysNoindex = (file: string, html: string) => file.startsWith('embed/') || html.includes('http-equiv="refresh"');

describe('a preview: the site built without its address (dist/)', () => {
  it('asks search engines not to index any page, once on each', () => {
    const pages = pagesOf(distDir);
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect(count(readFileSync(join(distDir, page), 'utf8'), noindex), page).toBe(1);
  });

  it('disallows every crawler in robots.txt, names no sitemap, and sends X-Robots-Tag: noindex for every file', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
    expect(readFileSync(join(distDir, '_headers'), 'utf8')).toMatch(/^\/\*\n(?: {2}.+\n)* {2}X-Robots-Tag: noindex\n/);
    // Still built, for the whole-build check and for whoever checks the preview: not advertised to crawlers.
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
  });

  it('gives out links at the placeholder address, as its banner says', () => {
    const letter = readFileSync(join(distDir, 'letters/greater-manchester-2023-05/index.html'), 'utf8');
    expect(letter).toContain(`<link rel="canonical" href="${placeholderSite}/letters/greater-manchester-2023-05/">`);
    expect(letter).toContain(`<meta property="og:image" content="${placeholderSite}/cards/letters/greater-manchester-2023-05.png">`);
    const [banner] = elementsIn(parseHtml(letter), (e) => e.tagName === 'aside' && e.properties.className?.toString() === 'preview-banner');
    expect(pageText(must(banner, 'the banner'))).toBe(bannerWords);
  });
});

describe.concurrent('the preview banner in Chromium', () => {
  let site: Awaited<ReturnType<typeof openSite>>;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  // On every page type, the banner opens the page at 390 × 844 in two short lines at most, with nothing to focus and the
  // page's heading in the first screen: checked on the one load of each page in every-page-type.test.ts.

  it('is not on an embed, which other sites frame', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url(must(pageTypes['embedded chart'], 'the embed page type')));
    expect(await page.locator('.preview-banner').count()).toBe(0);
    await page.close();
  });

  it('is shown without JavaScript', async ({ expect }) => {
    const page = await site.newPage({ javaScript: false, viewport: { width: 390, height: 844 } });
    await page.goto(site.url('/pdus/wigan/'));
    expect(await page.getByRole('complementary', { name: 'Preview' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('a published build: the corpus, built with PI_SITE', () => {
  let corpus: string;
  beforeAll(async () => {
    ({ dir: corpus } = await backgroundResult('corpus'));
  });
  afterAll(removeScratchFolders);

  it('carries neither noindex nor the banner, except on embed and redirect pages, which are never indexed', () => {
    const pages = pagesOf(corpus);
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) {
      const html = readFileSync(join(corpus, page), 'utf8');
      expect(count(html, noindex), page).toBe(alwaysNoindex(page, html) ? 1 : 0);
      expect(html, page).not.toContain('preview-banner');
      expect(html, page).not.toContain(placeholderSite);
    }
  });

  it('gives canonical links, share cards and feeds at its address and base path', () => {
    const B = corpusBase.replace(/\/$/, '');
    const letter = readFileSync(join(corpus, 'letters/north-east-2024-03/index.html'), 'utf8');
    expect(letter).toContain(`<link rel="canonical" href="${corpusSite}${B}/letters/north-east-2024-03/">`);
    expect(letter).toContain(`<meta property="og:image" content="${corpusSite}${B}/cards/letters/north-east-2024-03.png">`);
    expect(readFileSync(join(corpus, 'feed.xml'), 'utf8')).toContain(`<id>${corpusSite}${B}/letters/north-east-2024-03/</id>`);
  });

  it('lets crawlers in, naming its sitemap, and sends no X-Robots-Tag', () => {
    expect(readFileSync(join(corpus, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${corpusSite}${corpusBase}sitemap-index.xml\n`,
    );
    expect(readFileSync(join(corpus, '_headers'), 'utf8')).not.toContain('X-Robots-Tag');
  });

  it('shows no banner in Chromium', async () => {
    const site = await openSite(corpus, corpusBase);
    const page = await site.newPage();
    await page.goto(site.url('/'));
    expect(await page.getByRole('complementary', { name: 'Preview' }).count()).toBe(0);
    await site.close();
  });
});

describe('npm run build given an address that is not one', () => {
  it('refuses it with the reason before building anything', async () => {
    const outDir = join(scratchOutDir(), 'never');
    const run = await runProcess(process.execPath, [join(root, 'src/cli/build.mjs'), '--site', 'inspections.example.gov.uk'], {
      ...process.env,
      PI_OUT_DIR: outDir,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      '--site "inspections.example.gov.uk" is not an absolute URL: give the address the site is served from, e.g. --site https://inspections.example.gov.uk.\nNothing was built.\n',
    );
    expect(existsSync(outDir) || existsSync(`${outDir}.building`)).toBe(false);
  });
});
