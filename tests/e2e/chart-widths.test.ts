import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './support/axe';
import { chartProblems } from './support/charts';
import { openSite } from './support/browser';
import { filesUnder } from './support/links';
import { distDir } from './support/site';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** Every built page that shows a chart (by its path), the compare page with a selection, and an embed page of each kind of chart. */
const chartPages: string[] = [
  ...filesUnder(distDir)
    .filter(
      (f) => f.endsWith('index.html') && !f.startsWith('embed/') && readFileSync(`${distDir}/${f}`, 'utf8').includes('class="chart__svg"'),
    )
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    // The compare page shows its charts once PDUs are chosen: it is visited with a selection.
    .map((path) => (path === '/compare/' ? '/compare/?pdus=wigan,tameside' : path)),
  '/embed/region-greater-manchester-ratings/',
  '/embed/latest-scores/',
  '/embed/region-greater-manchester-figures-workload/',
];

/** The pages whose narrow forms axe also checks at 320 px: every form of chart, and tables in scroll regions. */
const axeAtNarrowest = new Set([
  '/regions/greater-manchester/',
  '/compare/?pdus=wigan,tameside',
  '/embed/region-greater-manchester-ratings/',
]);

describe.concurrent('every chart in Chromium, at 320, 390 and 1280 px', () => {
  it('are on the home, region, PDU, domain, standard and compare pages', ({ expect }) => {
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

  for (const path of chartPages) {
    it(`${path}: text at 12 px or more, nothing clipped, nothing wider than its column, one form shown`, async ({ expect }) => {
      const page = await site.newPage();
      await page.setViewportSize({ width: 320, height: 844 });
      await page.goto(site.url(path));
      if (path.startsWith('/compare/?')) await page.waitForSelector('[data-comparison]:not([hidden])');
      for (const width of [320, 390, 1280]) {
        // The forms follow the width of their container as it changes (container queries), with no reload.
        await page.setViewportSize({ width, height: 844 });
        expect.soft(await chartProblems(page), `${path} at ${width} px`).toEqual([]);
        if (width === 320 && axeAtNarrowest.has(path)) expect.soft(await axeViolations(page), `axe at ${width} px`).toEqual([]);
      }
      await page.close();
    });
  }

  it('changes shape rather than shrinking: the matrix a block per PDU on a phone, a grid on a wide page', async ({ expect }) => {
    const forms = async (width: number) => {
      const context = await site.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(site.url('/regions/greater-manchester/'));
      const shown = await page
        .locator('#region-greater-manchester-ratings .chart-form, #region-greater-manchester-scores .chart-form')
        .evaluateAll((forms) => forms.filter((f) => f.getClientRects().length > 0).map((f) => (f as HTMLElement).dataset.form));
      const blockText = await page.locator('#region-greater-manchester-ratings .chart-form:visible svg').first().textContent();
      await context.close();
      return { shown, blockText };
    };
    const phone = await forms(390);
    expect(phone.shown).toEqual(['blocks', 'stacked-bars']);
    expect(phone.blockText).toContain('2.2 Assessment');
    expect((await forms(1280)).shown).toEqual(['grid', 'bars']);
  });
});

describe.concurrent('a wide table in Chromium', () => {
  it('scrolls sideways only inside its labelled, focusable region, which says so, and the page does not', async ({ expect }) => {
    const context = await site.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.url('/pdus/'));
    // The page in front, so it renders frames (a scroll-state query is evaluated as a frame is drawn) and takes the keys.
    await page.bringToFront();
    const region = page.locator('.table-wrap').first();
    expect(await region.getAttribute('role')).toBe('region');
    expect(await region.getAttribute('tabindex')).toBe('0');
    const label = await region.getAttribute('aria-labelledby');
    expect(await page.locator(`caption#${label}`).innerText()).toBe('PDUs, their region and latest inspection');
    const widths = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => region.locator('.table-wrap__hint').isVisible()).toBe(true);
    // The keyboard scrolls it.
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    // A table that fits says nothing about scrolling.
    await context.close();
    const wide = await site.newContext({ viewport: { width: 1280, height: 844 } });
    const desktop = await wide.newPage();
    await desktop.goto(site.url('/pdus/'));
    expect(await desktop.locator('.table-wrap__hint').first().isVisible()).toBe(false);
    await wide.close();
  });
});
