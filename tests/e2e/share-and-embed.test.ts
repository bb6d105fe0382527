import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectChromium } from './support/browser';
import { axeViolations } from './support/axe';
import { headersFor, readHeadersFile } from './support/headers-file';
import { serveStatic } from './support/server';
import { distDir, elementsIn, is, pageText, parseHtml, root } from './support/site';
import { filesUnder } from './support/links';
import type { Element } from 'hast';
import { must } from '../../src/lib/must';

/** A PNG file's width and height, read from its header (the signature, then the IHDR chunk). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), `${file} starts with IHDR`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const meta = (html: string) => {
  const tree = parseHtml(html);
  const values = new Map<string, string>();
  for (const m of elementsIn(tree, is('meta'))) {
    const key = String(m.properties.property ?? m.properties.name ?? '');
    if (key) values.set(key, String(m.properties.content ?? ''));
  }
  return values;
};

const site = 'https://probation-inspections.example.org';
const cardKinds = ['letters', 'regions', 'pdus', 'findings', 'recommendations'];

describe('share cards on the built site', () => {
  it('are each a 1200 × 630 PNG, one for every letter, region, PDU, finding and recommendation page', () => {
    for (const kind of cardKinds) {
      const pages = readdirSync(`${distDir}/${kind}`, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
      const cards = readdirSync(`${distDir}/cards/${kind}`);
      // Retired ids keep a redirect page and have no card of their own.
      expect(cards.length, kind).toBeGreaterThan(0);
      expect(pages.length, kind).toBeGreaterThanOrEqual(cards.length);
      for (const card of cards) expect(pngSize(`${distDir}/cards/${kind}/${card}`), card).toEqual({ width: 1200, height: 630 });
    }
  });

  it('are named by each such page as its Open Graph image, absolute, with its size and alternative text, as a large Twitter card', () => {
    for (const kind of cardKinds) {
      for (const card of readdirSync(`${distDir}/cards/${kind}`)) {
        const id = card.replace(/\.png$/, '');
        const tags = meta(readFileSync(`${distDir}/${kind}/${id}/index.html`, 'utf8'));
        expect(tags.get('og:image'), id).toBe(`${site}/cards/${kind}/${card}`);
        expect(tags.get('og:image:width')).toBe('1200');
        expect(tags.get('og:image:height')).toBe('630');
        expect(tags.get('og:image:alt')?.length, id).toBeGreaterThan(20);
        expect(tags.get('twitter:card')).toBe('summary_large_image');
      }
    }
  });

  it('leave pages without a card of their own as a small Twitter summary', () => {
    const tags = meta(readFileSync(`${distDir}/data/index.html`, 'utf8'));
    expect(tags.has('og:image')).toBe(false);
    expect(tags.get('twitter:card')).toBe('summary');
  });
});

describe('charts to take away', () => {
  const figures = filesUnder(distDir)
    .filter((f) => f.endsWith('.html') && !f.startsWith('embed/') && !f.startsWith('search-index/'))
    .flatMap((file) =>
      elementsIn(
        parseHtml(readFileSync(`${distDir}/${file}`, 'utf8')),
        (e) => e.tagName === 'figure' && e.properties.dataChart !== undefined,
      ),
    );
  const link = (figure: Element, attribute: string) =>
    elementsIn(figure, (e) => e.tagName === 'a' && e.properties[attribute] !== undefined)[0];

  it('offer beside each CSV the chart as a standalone SVG and as a PNG, and the HTML to embed it', () => {
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      const id = String(figure.properties.dataChart);
      expect(link(figure, 'dataChartSvg')?.properties.href, id).toBe(`/data/charts/${id}.svg`);
      expect(link(figure, 'dataChartPng')?.properties.href, id).toBe(`/data/charts/${id}.png`);
      const snippet = elementsIn(figure, is('code'))[0];
      expect(snippet && pageText(snippet), id).toContain(`<iframe src="${site}/embed/${id}/"`);
    }
  });

  it('serve each chart’s SVG with its namespace, title and description, and its PNG at twice the SVG’s size', () => {
    const ids = new Set(figures.map((f) => String(f.properties.dataChart)));
    for (const id of ids) {
      const svg = readFileSync(`${distDir}/data/charts/${id}.svg`, 'utf8');
      expect(svg, id).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
      expect(svg, id).toMatch(/<title id="title">[^<]+<\/title>\n<desc id="desc">[^<]+<\/desc>/);
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
      expect(pngSize(`${distDir}/data/charts/${id}.png`), id).toEqual({ width: 2 * Number(width), height: 2 * Number(height) });
    }
  });
});

describe('the embed pages', () => {
  const embeds = readdirSync(`${distDir}/embed`);

  it('are one per chart, each the chart alone: title, chart, source and link back, no site furniture, kept out of search engines', () => {
    const ids = new Set(
      readdirSync(`${distDir}/data/charts`)
        .filter((f) => f.endsWith('.csv'))
        .map((f) => f.replace(/\.csv$/, '')),
    );
    expect(new Set(embeds)).toEqual(ids);
    for (const id of embeds) {
      const html = readFileSync(`${distDir}/embed/${id}/index.html`, 'utf8');
      const tags = meta(html);
      expect(html, id).toContain('<html lang="en-GB">');
      expect(tags.get('robots'), id).toBe('noindex');
      expect(html, id).toMatch(new RegExp(`<link rel="canonical" href="${site}/[^"]*#${id}">`));
      expect(html, id).toMatch(/<title>[^<]+ – Probation inspection outcomes<\/title>/);
      expect(html, id).toMatch(/<h1 [^>]*class="chart__title">[^<]+<\/h1>/);
      expect(html, id).toContain('<svg class="chart-svg"');
      expect(html, id).toMatch(/<figcaption class="chart__source">Source: /);
      for (const furniture of ['skip-link', 'site-header', 'site-nav', 'site-footer']) expect(html, id).not.toContain(furniture);
    }
  });
});

describe('an embedded chart in another site’s iframe, in Chromium', () => {
  // The site is served with the headers its _headers file sets; the page that frames it from another origin (localhost
  // rather than 127.0.0.1, so another site too).
  let siteServer: Awaited<ReturnType<typeof serveStatic>>;
  let hostServer: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Awaited<ReturnType<typeof connectChromium>>;
  const hostDir = `${root}.tmp/embed-host`;
  beforeAll(async () => {
    const rules = readHeadersFile(readFileSync(`${distDir}/_headers`, 'utf8'));
    siteServer = await serveStatic(distDir, '/', { headers: (path) => headersFor(rules, path) });
    mkdirSync(hostDir, { recursive: true });
    const frame = (path: string, title: string) =>
      `<iframe src="${siteServer.url}${path.replace(/^\//, '')}" title="${title}" width="100%" height="600"></iframe>`;
    writeFileSync(
      `${hostDir}/index.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news story</title></head><body><main><h1>A news story</h1>${frame('/embed/region-greater-manchester-ratings/', 'Ratings of PDUs in Greater Manchester')}</main></body></html>`,
    );
    writeFileSync(
      `${hostDir}/page.html`,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framing a page</title></head><body><main><h1>Framing a page</h1>${frame('/regions/greater-manchester/', 'A region page')}</main></body></html>`,
    );
    hostServer = await serveStatic(hostDir, '/', { host: 'localhost' });
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await siteServer?.close();
    await hostServer?.close();
    rmSync(hostDir, { recursive: true, force: true });
  });

  it('shows the chart, its title, source and link back, with no site chrome, and passes axe inside the frame', async () => {
    const page = await browser.newPage();
    await page.goto(hostServer.url);
    expect(new URL(hostServer.url).origin).not.toBe(new URL(siteServer.url).origin);
    const frame = must(
      page.frames().find((f) => f.url().includes('/embed/')),
      'the embed frame',
    );
    await frame.waitForSelector('svg.chart-svg');
    expect(await frame.locator('h1').textContent()).toBe('Ratings of PDUs in Greater Manchester');
    expect(await frame.locator('.site-header, nav, footer').count()).toBe(0);
    expect(await frame.locator('figcaption').textContent()).toContain(
      'Source: Regional inspection letter: Greater Manchester, 25 May 2023.',
    );
    expect(await frame.locator('a[target="_blank"]').first().getAttribute('href')).toBe(
      `${site}/regions/greater-manchester/#region-greater-manchester-ratings`,
    );
    expect(await axeViolations(frame)).toEqual([]);
    await page.close();
  });

  it('refuses to show any other page of the site in another site’s frame', async () => {
    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|Refused to frame/i.test(m.text())) refused.push(m.text());
    });
    await page.goto(`${hostServer.url}page.html`);
    await page.waitForLoadState('load');
    const frame = () => page.frames().find((f) => f !== page.mainFrame());
    // Chromium puts its own error page in the frame instead of the site's page (on a busy machine, a moment after load).
    await expect.poll(() => frame()?.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    const framed = frame();
    expect(framed ? await framed.locator('.site-header').count() : 0).toBe(0);
    await expect.poll(() => refused.join('\n'), { timeout: 10_000 }).toMatch(/frame-ancestors/);
    await page.close();
  });
});
