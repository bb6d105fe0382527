import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite } from './support/browser';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** What has focus, and whether its focus indicator is visible (an outline or a box shadow). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const box = el.getBoundingClientRect();
    return {
      key: `${el.tagName}#${el.id}.${el.className}|${el.textContent?.trim().slice(0, 30)}|${box.x},${box.y + scrollY}`,
      visible,
      tag: el.tagName,
      text: el.textContent?.trim() ?? '',
      inViewport: box.bottom > 0 && box.top < innerHeight,
    };
  });

/** Tabs through a page from the top, checking every stop; returns the stops. */
async function walk(page: Page, limit = 400) {
  const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    if (stops.some((s) => s.key === f.key)) break;
    stops.push(f);
  }
  return stops;
}

describe.concurrent('using the site by keyboard alone', () => {
  it('starts with a skip link that moves focus to the main content', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.text).toBe('Skip to main content');
    expect(first?.visible).toBe(true);
    expect(await page.locator('.skip-link').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await page.close();
  });

  for (const path of [
    '/',
    '/letters/greater-manchester-2023-05/',
    '/recommendations/',
    '/compare/?pdus=wigan,tameside',
    '/findings/greater-manchester-2023-05-staff-improvement-2/',
  ]) {
    it(`reaches the end of ${path} with focus always visible, in view and never trapped`, async ({ expect }) => {
      const page = await site.newPage();
      await page.goto(site.url(path));
      const stops = await walk(page);
      expect(stops.length).toBeGreaterThan(10);
      expect(stops.filter((s) => !s.visible).map((s) => s.key)).toEqual([]);
      expect(stops.filter((s) => !s.inViewport).map((s) => s.key)).toEqual([]);
      // The walk ended by leaving the page (focus went back to the browser), not by cycling inside a widget.
      expect(stops.at(-1)?.key).toMatch(/Sitemap|Feed|Open data/);
      await page.close();
    });
  }

  it('searches, filters and opens a result without a mouse', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('waiting times');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /\d+ results? (for|contains? every word)/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    await page.focus('.result__title a');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/search/'));
    expect(new URL(page.url()).pathname).toMatch(/^\/(recommendations|findings|letters|pdus)\//);
    await page.close();
  });
});
