import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { must } from '../../src/lib/must';
import { connectChromium } from './support/browser';
import { headersFor, readHeadersFile } from './support/headers-file';
import { serveStatic } from './support/server';
import { distDir, elementsIn, pageText, parseHtml, root } from './support/site';

/** The address the site was built for, which the snippet carries; the test serves the site elsewhere. */
const builtFor = 'https://probation-inspections.example.org';

/** The embed snippet ChartFigure shows for a chart on a built page, as another site would copy it. */
function snippetOf(page: string, chartId: string): string {
  const tree = parseHtml(readFileSync(`${distDir}/${page}`, 'utf8'));
  const figure = must(
    elementsIn(tree, (e) => e.tagName === 'figure' && e.properties.id === chartId)[0],
    `the figure ${chartId} on ${page}`,
  );
  const code = must(elementsIn(figure, (e) => e.tagName === 'code')[0], `the embed snippet of ${chartId}`);
  return pageText(code);
}

/** A chart of each kind, with the page its snippet is copied from. */
const charts = [
  { id: 'region-greater-manchester-ratings', page: 'regions/greater-manchester/index.html' },
  { id: 'latest-scores', page: 'index.html' },
  { id: 'region-greater-manchester-figures-vacancy-rate', page: 'regions/greater-manchester/index.html' },
];

let siteServer: Awaited<ReturnType<typeof serveStatic>>;
let hostServer: Awaited<ReturnType<typeof serveStatic>>;
let browser: Awaited<ReturnType<typeof connectChromium>>;
const hostDir = `${root}.tmp/embed-height-host`;
/** The height each chart's snippet gives its iframe, before any script changes it. */
const fixedHeights = new Map<string, number>();

beforeAll(async () => {
  // The site with the headers its _headers file sets, and the page framing it on another origin (localhost, not 127.0.0.1).
  const rules = readHeadersFile(readFileSync(`${distDir}/_headers`, 'utf8'));
  siteServer = await serveStatic(distDir, '/', { headers: (path) => headersFor(rules, path) });
  mkdirSync(hostDir, { recursive: true });
  const servedAt = siteServer.url.replace(/\/$/, '');
  for (const chart of charts) {
    const snippet = snippetOf(chart.page, chart.id).replaceAll(builtFor, servedAt);
    const [iframe] = snippet.split('\n');
    fixedHeights.set(chart.id, Number(must(/ height="(\d+)"/.exec(iframe ?? ''), `the height of ${chart.id}'s iframe`)[1]));
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A news story</title></head><body style="margin:0"><main>${body}</main></body></html>`;
    // The iframe alone (a host that strips scripts), and the whole snippet with its script.
    writeFileSync(`${hostDir}/${chart.id}-frame.html`, page(iframe ?? ''));
    writeFileSync(`${hostDir}/${chart.id}-snippet.html`, page(snippet));
  }
  hostServer = await serveStatic(hostDir, '/', { host: 'localhost' });
  browser = await connectChromium();
});
afterAll(async () => {
  await browser?.close();
  await siteServer?.close();
  await hostServer?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

/**
 * The embed frame of a host page, once its chart and fonts are drawn. The host page has loaded (goto waits for its load
 * event, which waits for its iframe's document): the frame is read by script, without Playwright's selector engine,
 * which it would inject into each of the frame's and the page's documents (13 ms of CPU each).
 */
async function embedFrame(page: Page): Promise<Frame> {
  const frame = must(
    page.frames().find((f) => f.parentFrame() === page.mainFrame()),
    'the embed frame',
  );
  await frame.evaluate(() => document.fonts.ready);
  return frame;
}

/** How the embed page fits its frame: the frame's inner size, the page's height and where its source line ends. */
const fit = (frame: Frame) =>
  frame.evaluate(() => ({
    frameHeight: window.innerHeight,
    frameWidth: window.innerWidth,
    documentHeight: document.documentElement.scrollHeight,
    sourceBottom: document.querySelector('.chart__source')?.getBoundingClientRect().bottom ?? Infinity,
    scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
  }));

describe.concurrent('the embed snippet in another site’s page, in Chromium', () => {
  for (const chart of charts) {
    it(`${chart.id}: its iframe alone shows the whole embed page at 320, 390 and 640 px wide, source line and all`, async ({ expect }) => {
      // One browser context for the chart's three widths, a fresh page at each (a context per page costs Chromium twice the work).
      const context = await browser.newContext();
      for (const width of [320, 390, 640]) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${hostServer.url}${chart.id}-frame.html`);
        const frame = await embedFrame(page);
        const f = await fit(frame);
        expect(f.frameWidth, `${width} px`).toBeLessThanOrEqual(width);
        expect(f.documentHeight, `document height at ${width} px`).toBeLessThanOrEqual(f.frameHeight);
        expect(f.sourceBottom, `source line at ${width} px`).toBeLessThanOrEqual(f.frameHeight);
        expect(f.scrollsSideways, `sideways at ${width} px`).toBe(false);
        await page.close();
      }
      await context.close();
    });
  }

  it('with its script, fits the iframe to the embed page, so a wide frame keeps no empty space under the chart', async ({ expect }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostServer.url}region-greater-manchester-ratings-snippet.html`);
    const fixed = must(fixedHeights.get('region-greater-manchester-ratings'), 'the fixed height');
    const frame = await embedFrame(page);
    await expect.poll(() => page.locator('iframe').getAttribute('height').then(Number), { timeout: 10_000 }).toBeLessThan(fixed);
    const f = await fit(frame);
    expect(f.documentHeight).toBeLessThanOrEqual(f.frameHeight);
    expect(f.frameHeight - f.sourceBottom).toBeLessThan(20);
    await context.close();
  });
});
