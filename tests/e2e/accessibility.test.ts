import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { interactivePageTypes, pageTypes } from './support/page-types';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('every page type', () => {
  for (const [type, path] of Object.entries({ ...pageTypes, ...interactivePageTypes })) {
    it(`has no WCAG 2.2 A or AA violations: ${type}`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(path));
      // Interactive pages are checked once their content is there.
      if (path.startsWith('/search/')) await page.waitForSelector('.result');
      if (path.startsWith('/compare/?')) await page.waitForSelector('[data-comparison]:not([hidden])');
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('reflows at 320 px wide without scrolling sideways (tables scroll inside their own box)', async () => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 320, height: 800 });
    for (const [type, path] of Object.entries(pageTypes)) {
      await page.goto(site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, type).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('prints a letter without the site’s header, navigation or search', async () => {
    const page = await site.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.contents']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.letter__body').isVisible()).toBe(true);
    await page.close();
  });
});
