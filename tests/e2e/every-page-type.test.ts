import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { interactivePageTypes, pageTypes } from './support/page-types';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// Each page type is loaded once, and everything the browser can tell about it is checked on that load:
// accessibility (axe-core), the requests it makes, the Content-Security-Policy, reflow at 320 px and, for a
// letter, print. Each check is a soft assertion, so a failing test reports every check that failed.
describe.concurrent('every page type in Chromium', () => {
  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    const checks = [
      'has no WCAG 2.2 A or AA violations',
      'asks no other origin for anything',
      'breaks no policy',
      ...(type in pageTypes ? ['reflows at 320 px'] : []),
      ...(type === 'letter' ? ['prints without the site’s header, navigation or search'] : []),
    ];
    it(`${type}: ${checks.join(', ')}`, async ({ expect }) => {
      const page = await site.newPage();
      const requests: string[] = [];
      const policyViolations: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) policyViolations.push(m.text());
      });
      await page.goto(site.url(path));
      // Interactive pages are checked once their content is there.
      if (path.startsWith('/search/')) await page.waitForSelector('.result');
      if (path.startsWith('/compare/?')) await page.waitForSelector('[data-comparison]:not([hidden])');

      expect.soft(await axeViolations(page), 'axe-core violations').toEqual([]);

      // Reflow: at 320 px wide nothing scrolls sideways (tables scroll inside their own box).
      if (type in pageTypes) {
        await page.setViewportSize({ width: 320, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, 'sideways overflow at 320 px').toBeLessThanOrEqual(0);
      }

      // A letter prints without the site's header, navigation or search.
      if (type === 'letter') {
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.contents']) {
          expect.soft(await page.locator(selector).isVisible(), `${selector} in print`).toBe(false);
        }
        expect.soft(await page.locator('.letter__body').isVisible(), '.letter__body in print').toBe(true);
      }

      // Everything the page asked for, from loading until the network has been quiet for half a second
      // (which the checks above mostly outlast), came from the site itself.
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
