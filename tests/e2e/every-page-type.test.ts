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

// Each page type is loaded once, and everything the browser can tell about it is checked on that load (one load, not
// one per kind of check: this file is most of the browser tests' work). At each width in turn: nothing wider than the
// screen outside a labelled, focusable scroll region, no SVG text under 12 px, and (at 390 and 1280 px, the widths
// the product is read at) no WCAG 2.2 A or AA violation (axe-core). Then: for a letter, print; and every request it
// made came from the site, with no Content-Security-Policy violation. Each check is a soft assertion, so a failing
// test reports every check that failed.
describe.concurrent('every page type in Chromium, at 320, 390 and 1280 px', () => {
  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    const checks = [
      'fits the screen and draws no chart text under 12 px at each width',
      'has no axe-core violation at 390 or 1280 px',
      ...(type === 'letter' ? ['prints without the site’s header, navigation or search'] : []),
      'asks no other origin for anything',
      'breaks no policy',
    ];
    it(`${type}: ${checks.join(', ')}`, async ({ expect }) => {
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
        await page.setViewportSize({ width, height: 844 });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const layout = await readLayout(page);
        expect.soft(layout.pageOverflow, `${width} px: the page scrolls sideways`).toBeLessThanOrEqual(0);
        expect.soft(layout.overflowing, `${width} px: wider than the screen outside a labelled scroll region`).toEqual([]);
        expect.soft(layout.unlabelledScrollers, `${width} px: scroll regions without a label or focus`).toEqual([]);
        expect.soft(layout.smallSvgText, `${width} px: SVG text under 12 px`).toEqual([]);
        // axe-core's rules read the document, not its layout, but for the few that measure (target size, reflow), and
        // what is shown at a width (a chart's wide form only on a wide screen): it runs at the two widths read most.
        if (width !== widths[0]) expect.soft(await axeViolations(page), `${width} px: axe-core violations`).toEqual([]);
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
