import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { readLayout } from './support/layout';
import { interactivePageTypes, pageTypes } from './support/page-types';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The widths every page is read at: a small phone, a common phone, a laptop. */
const widths = [320, 390, 1280] as const;

// Each page type is loaded once and read at each width in turn: nothing wider than the screen outside a labelled,
// focusable scroll region, no SVG text under 12 px, and (at 390 and 1280 px) no WCAG 2.2 A or AA violation (axe-core).
describe.concurrent('every page type at 320, 390 and 1280 px', () => {
  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    it(`${type}: fits the screen and draws no chart text under 12 px at each width, and has no axe-core violation at 390 or 1280 px`, async ({
      expect,
    }) => {
      const page = await site.newPage();
      await page.setViewportSize({ width: widths[0], height: 844 });
      await page.goto(site.url(path));
      if (path.startsWith('/search/')) await page.waitForSelector('.result');
      if (path.startsWith('/compare/?')) await page.waitForSelector('[data-comparison]:not([hidden])');
      for (const width of widths) {
        await page.setViewportSize({ width, height: 844 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const layout = await readLayout(page);
        expect.soft(layout.pageOverflow, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect.soft(layout.overflowing, `${width} px: wider than the screen outside a labelled scroll region`).toEqual([]);
        expect.soft(layout.unlabelledScrollers, `${width} px: scroll regions without a label or focus`).toEqual([]);
        expect.soft(layout.smallSvgText, `${width} px: SVG text under 12 px`).toEqual([]);
        // axe-core at the two widths the product is read at (a common phone, a laptop): its rules read the document,
        // not its layout, but for the few that measure (target size, reflow), and it is most of this test's time.
        if (width !== widths[0]) expect.soft(await axeViolations(page), `${width} px: axe-core violations`).toEqual([]);
      }
      await page.close();
    });
  }
});
