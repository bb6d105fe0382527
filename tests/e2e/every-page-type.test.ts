import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { chartProblems } from './support/charts';
import { readLayout } from './support/layout';
import { chartPages, interactivePageTypes, pageTypes } from './support/page-types';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The widths every page is read at: a small phone, a common phone, a laptop. */
const widths = [320, 390, 1280] as const;

/** The pages whose narrow forms axe also checks at 320 px: every form of chart, and tables in scroll regions. */
const axeAtNarrowest = new Set([
  '/regions/greater-manchester/',
  '/compare/?pdus=wigan,tameside',
  '/embed/region-greater-manchester-ratings/',
]);

/** What the preview banner says (dist/ is a preview: built without the site's address). */
const bannerWords = 'Preview: canonical links, citations, feeds, share cards and embeds use a placeholder address.';

/** Each page the sweep loads: one of every type (named), and every other page with a chart (by its path). */
const sweep = new Map<string, { name: string; type?: string }>();
for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) sweep.set(path, { name: type, type });
for (const path of chartPages) if (!sweep.has(path)) sweep.set(path, { name: path });

// Each page is loaded once, and everything the browser can tell about it is checked on that load (one load, not one per
// kind of check: this file is most of the browser tests' work). At each width in turn: nothing wider than the screen
// outside a labelled, focusable scroll region, no SVG text under 12 px; on a page with charts, each chart shows one form,
// fitting its column, its text at 12 px or more and unclipped; for each page type, at 390 px (a phone held upright, 844
// px high), the preview banner opening the page in two short lines at most with the page's heading still in the first
// screen, and at 390 and 1280 px (the widths the product is read at) no WCAG 2.2 A or AA violation (axe-core; at 320
// px too on the pages whose narrowest forms differ most). Then: for a letter, print; and every request it made came
// from the site, with no Content-Security-Policy violation. Each check is a soft assertion, so a failing test reports
// every check that failed.
describe.concurrent('every page type and every chart in Chromium, at 320, 390 and 1280 px', () => {
  it('shows charts on the home, region, PDU, domain, standard and compare pages', ({ expect }) => {
    for (const path of [
      '/',
      '/regions/greater-manchester/',
      '/pdus/tameside/',
      '/domains/2-court-work-and-case-supervision/',
      '/domains/2-2-assessment/',
      '/compare/?pdus=wigan,tameside',
      '/compare/greater-manchester/',
    ])
      expect(chartPages, path).toContain(path);
  });

  for (const [path, { name, type }] of sweep) {
    const charts = chartPages.includes(path);
    const banner = type !== undefined && type in pageTypes && type !== 'embedded chart';
    const checks = [
      'fits the screen and draws no chart text under 12 px at each width',
      ...(charts ? ['shows each chart in one form that fits, its text 12 px or more and unclipped'] : []),
      ...(banner ? ['opens with the preview banner at 390 × 844, its heading in the first screen'] : []),
      ...(type !== undefined ? [`has no axe-core violation at ${axeAtNarrowest.has(path) ? '320, ' : ''}390 or 1280 px`] : []),
      ...(type === 'letter' ? ['prints without the site’s header, navigation or search'] : []),
      'asks no other origin for anything',
      'breaks no policy',
    ];
    it(`${name}: ${checks.join(', ')}`, async ({ expect }) => {
      const page = await site.newPage();
      const requests: string[] = [];
      const policyViolations: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) policyViolations.push(m.text());
      });
      await page.setViewportSize({ width: widths[0], height: 844 });
      await page.goto(site.url(path));
      // Interactive pages are checked once their content is there.
      if (path.startsWith('/search/')) await page.waitForSelector('.result');
      if (path.startsWith('/compare/?')) await page.waitForSelector('[data-comparison]:not([hidden])');

      for (const width of widths) {
        // The forms follow the width of their container as it changes (container queries), with no reload.
        await page.setViewportSize({ width, height: 844 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const layout = await readLayout(page);
        expect.soft(layout.pageOverflow, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect.soft(layout.overflowing, `${width} px: wider than the screen outside a labelled scroll region`).toEqual([]);
        expect.soft(layout.unlabelledScrollers, `${width} px: scroll regions without a label or focus`).toEqual([]);
        expect.soft(layout.smallSvgText, `${width} px: SVG text under 12 px`).toEqual([]);
        if (charts) expect.soft(await chartProblems(page), `${width} px: the charts`).toEqual([]);
        if (banner && width === 390) await expectBanner(page, expect);
        // axe-core's rules read the document, not its layout, but for the few that measure (target size, reflow), and
        // what is shown at a width (a chart's wide form only on a wide screen): it runs at the two widths read most.
        if (type !== undefined && (width !== widths[0] || axeAtNarrowest.has(path)))
          expect.soft(await axeViolations(page), `${width} px: axe-core violations`).toEqual([]);
      }

      // A letter prints without the site's header, navigation or search.
      if (type === 'letter') {
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.contents']) {
          expect.soft(await page.locator(selector).isVisible(), `${selector} in print`).toBe(false);
        }
        expect.soft(await page.locator('.letter__body').isVisible(), '.letter__body in print').toBe(true);
      }

      // Everything the page asked for, from loading until the network has been quiet for half a second, came from
      // the site itself.
      await page.waitForLoadState('networkidle');
      const origin = new URL(site.url('/')).origin;
      expect
        .soft(
          requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
          'requests to another origin',
        )
        .toEqual([]);
      expect.soft(policyViolations, 'Content-Security-Policy violations').toEqual([]);
      await page.close();
    });
  }
});

/**
 * The preview banner, at 390 × 844: one, named, opening the page, in two short lines at most (0.875rem text and its
 * padding), saying what a preview is, with nothing in it to focus (a keyboard user's first stops stay the skip link and
 * the search box), and the page's own heading still in the first screen.
 */
async function expectBanner(page: Page, expect: ExpectStatic): Promise<void> {
  // One query by role and name (which reads the accessible name of every element of the page), and every fact read from
  // its result, the page's headings' too (one more query would put Playwright's selector engine in a second world of
  // the page, 13 ms of CPU).
  const { banners, headingBottoms } = await page.getByRole('complementary', { name: 'Preview' }).evaluateAll((found) => ({
    banners: found.map((banner) => ({
      box: banner.getBoundingClientRect().toJSON() as DOMRect,
      words: (banner as HTMLElement).innerText,
      focusable: banner.querySelectorAll('a, button, summary, input, [tabindex]').length,
    })),
    headingBottoms: [...document.querySelectorAll('h1')].map((h) => h.getBoundingClientRect().bottom),
  }));
  expect.soft(banners.length, 'preview banners').toBe(1);
  const [banner] = banners;
  expect.soft(banner?.box.y, 'the banner opens the page').toBe(0);
  expect.soft(banner?.box.height, 'the banner’s height').toBeLessThanOrEqual(60);
  expect.soft(banner?.words, 'the banner’s words').toBe(bannerWords);
  expect.soft(banner?.focusable, 'things to focus in the banner').toBe(0);
  expect.soft(headingBottoms, 'the page’s h1s').toHaveLength(1);
  expect.soft(headingBottoms[0], 'the bottom of the h1').toBeLessThan(844);
}
