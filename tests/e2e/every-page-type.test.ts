import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite } from './support/browser';
import { interactivePageTypes, pageTypes } from './support/page-types';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// Each page type is loaded once, and what the browser can tell about it is checked on that load: the requests it
// makes, the Content-Security-Policy and, for a letter, print. (widths.test.ts reads every page type at 320, 390
// and 1280 px, with axe-core at 390 and 1280.) Each check is a soft assertion, so a failing test reports every check that failed.
describe.concurrent('every page type in Chromium', () => {
  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    const checks = [
      'asks no other origin for anything',
      'breaks no policy',
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
