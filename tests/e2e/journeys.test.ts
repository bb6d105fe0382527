import { afterAll, beforeAll, describe, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { openSite } from './support/browser';
import { holdingClipboard } from './support/clipboard';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.concurrent('moving through the site in Chromium', () => {
  it('goes home → region → PDU → recommendation → its anchor in the letter', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/'));
    await page.click('main a[href="/regions/greater-manchester/"] >> nth=0');
    expect(await page.locator('h1').innerText()).toBe('Greater Manchester probation region');
    await page.click('main .pdu-glance a[href="/pdus/tameside/"]');
    expect(await page.locator('h1').innerText()).toBe('Tameside PDU');
    expect(await page.locator('nav.breadcrumbs li').allInnerTexts()).toEqual(['Home', 'Greater Manchester', 'Tameside PDU']);
    await page.click('a[href="/recommendations/greater-manchester-2023-05-tameside-8/"]');
    expect(await page.locator('h1').innerText()).toBe(
      'Tameside recommendation 8: reduce waiting times for accredited programmes, particularly…',
    );
    expect(await page.locator('nav.breadcrumbs li').allInnerTexts()).toEqual([
      'Home',
      'Greater Manchester',
      'Letter of 25 May 2023',
      'Tameside',
      'Recommendation 8',
    ]);
    await page.click('text=Read it in Annexe one');
    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe('/letters/greater-manchester-2023-05/#greater-manchester-2023-05-tameside-8');
    expect(await page.locator(':target').innerText()).toContain('reduce waiting times for accredited programmes');
    await page.close();
  });

  it('copies a finding’s permanent URL to the clipboard with the Copy link button', async ({ expect }) => {
    const context = await site.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(site.url('/findings/greater-manchester-2023-05-staff-improvement-2/'));
    const copied = await holdingClipboard(async () => {
      await page.click('button.copy-button');
      await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent === 'Link copied');
      return page.evaluate(() => navigator.clipboard.readText());
    });
    expect(copied).toBe(`${siteConfig.site}/findings/greater-manchester-2023-05-staff-improvement-2/`);
    await context.close();
  });

  it('shows the permanent URL and citation without JavaScript, with no copy button', async ({ expect }) => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/recommendations/greater-manchester-2023-05-tameside-8/'));
    expect(await page.locator('#permalink-url').innerText()).toBe(
      `${siteConfig.site}/recommendations/greater-manchester-2023-05-tameside-8/`,
    );
    expect(await page.locator('.permalink__citation').innerText()).toContain(
      'HM Inspectorate of Probation (2023) Regional inspection letter: Greater Manchester, 25 May 2023.',
    );
    expect(await page.locator('button.copy-button:visible, button.download-button:visible').count()).toBe(0);
    await page.close();
  });

  it('links PDU names in the letter’s narrative to their pages', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    const links = await page
      .locator('.letter__body a.pdu-link')
      .evaluateAll((as) => as.map((a) => `${a.textContent}→${a.getAttribute('href')}`));
    expect(links).toEqual(
      expect.arrayContaining(['Manchester North→/pdus/manchester-north/', 'Tameside→/pdus/tameside/', 'Wigan→/pdus/wigan/']),
    );
    await page.close();
  });
});
