import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite } from './support/browser';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

// Every chart at 320, 390 and 1280 px (one form shown, fitting, its text 12 px or more and unclipped) is checked on the
// one load of each page in every-page-type.test.ts. Here: how the forms change, and a wide table.
describe.concurrent('the charts’ forms in Chromium', () => {
  it('changes shape rather than shrinking: the matrix a block per PDU on a phone, a grid on a wide page', async ({ expect }) => {
    const forms = async (width: number) => {
      const page = await site.newPage({ viewport: { width, height: 844 } });
      await page.goto(site.url('/regions/greater-manchester/'));
      const shown = await page
        .locator('#region-greater-manchester-ratings .chart-form, #region-greater-manchester-scores .chart-form')
        .evaluateAll((forms) => forms.filter((f) => f.getClientRects().length > 0).map((f) => (f as HTMLElement).dataset.form));
      const blockText = await page.locator('#region-greater-manchester-ratings .chart-form:visible svg').first().textContent();
      await page.close();
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
    const page = await site.newPage({ viewport: { width: 390, height: 844 } });
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
    await page.close();
    const desktop = await site.newPage({ viewport: { width: 1280, height: 844 } });
    await desktop.goto(site.url('/pdus/'));
    expect(await desktop.locator('.table-wrap__hint').first().isVisible()).toBe(false);
    await desktop.close();
  });
});
