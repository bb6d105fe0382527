import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';

/** One page of every type the site builds. */
export const pageTypes: Record<string, string> = {
  home: '/',
  regions: '/regions/',
  region: '/regions/greater-manchester/',
  'region without letters': '/regions/london/',
  letters: '/letters/',
  letter: '/letters/greater-manchester-2023-05/',
  pdus: '/pdus/',
  pdu: '/pdus/tameside/',
  domains: '/domains/',
  domain: '/domains/2-court-work-and-case-supervision/',
  standard: '/domains/2-2-assessment/',
  area: '/domains/statutory-victim-work/',
  findings: '/findings/',
  finding: '/findings/greater-manchester-2023-05-staff-improvement-2/',
  recommendation: '/recommendations/greater-manchester-2023-05-tameside-8/',
  explorer: '/recommendations/',
  data: '/data/',
  'not found': '/no-such-page/',
};

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe('every page type', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    it(`has no WCAG 2.2 A or AA violations: ${type}`, async () => {
      const page = await site.newPage();
      await page.goto(site.url(path));
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
