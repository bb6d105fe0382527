import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite } from './support/browser';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const phone = { width: 390, height: 844 };

/** The pages a reader opens for a rating, and the PDUs whose overall rating each must show in its first screen. */
const ratingPages: Record<string, { path: string; pdus: string[] }> = {
  letter: { path: '/letters/greater-manchester-2023-05/', pdus: ['manchester-north', 'tameside', 'wigan'] },
  region: { path: '/regions/greater-manchester/', pdus: ['manchester-north', 'tameside', 'wigan'] },
  PDU: { path: '/pdus/wigan/', pdus: ['wigan'] },
};

/** The region page's height at 390 px before its findings and figures were folded, measured on the seed. */
const regionHeightBefore = 25_076;

describe.concurrent('the answer first, on a phone (390 × 844)', () => {
  for (const [name, { path, pdus }] of Object.entries(ratingPages)) {
    it(`the ${name} page shows, in words, the overall rating of every PDU it reports on in its first screen`, async ({ expect }) => {
      const page = await site.newPage({ viewport: phone, javaScript: false });
      await page.goto(site.url(path));
      const shown = await page.$$eval('[data-overall]', (els) =>
        els.map((el) => ({
          pdu: el.getAttribute('data-overall'),
          bottom: el.getBoundingClientRect().bottom,
          text: el.textContent?.trim(),
        })),
      );
      expect(shown.map((s) => s.pdu)).toEqual(pdus);
      for (const s of shown) {
        expect(s.bottom, `${s.pdu}'s overall rating is below the first screen`).toBeLessThanOrEqual(phone.height);
        expect(s.text).toMatch(/Outstanding|Good|Requires improvement|Inadequate/);
      }
      await page.close();
    });
  }

  it('the letter page opens with its summary: ratings, counts, and a link to each section and both annexes', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    const glance = page.locator('.glance');
    expect(await glance.locator('h2').textContent()).toBe('At a glance');
    expect(await glance.textContent()).toContain(
      '39 findings (25 key strengths and 14 areas for improvement), listed in 5 of its 7 sections.',
    );
    expect(await glance.textContent()).toContain(
      '28 recommendations: 14 to the PDUs, 10 to the region and 4 to HM Prison and Probation Service.',
    );
    const targets = await glance.locator('.contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(targets).toEqual([
      '#leadership',
      '#staff',
      '#services-and-interventions',
      '#information-and-facilities',
      '#statutory-victim-work',
      '#learning-from-serious-further-offence-investigations',
      '#summary',
      '#annexe-recommendations',
      '#annexe-ratings',
    ]);
    for (const target of targets) expect(await page.locator(target ?? '').count(), `${target} on the page`).toBe(1);
    // Each PDU's "ratings per standard" link leads to its table in Annexe two.
    for (const href of await glance.locator('.pdu-glance__meta a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(await page.locator(`${href} table`).count(), `${href} holds a ratings table`).toBe(1);
    }
    await page.close();
  });

  it('the region page is at most a third of its former length, with every finding and recommendation still reachable without JavaScript', async ({
    expect,
  }) => {
    const page = await site.newPage({ viewport: phone, javaScript: false });
    await page.goto(site.url('/regions/greater-manchester/'));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(regionHeightBefore / 3);
    // Every finding of the letter and every recommendation to the region is on the page, in a disclosure that opens.
    expect(await page.locator('.fold a[href^="/findings/"]').count()).toBe(39);
    expect(await page.locator('.fold a[href^="/recommendations/greater-manchester-"]').count()).toBe(10);
    const firstFold = page.locator('.fold').nth(2);
    await firstFold.locator('summary').click();
    expect(await firstFold.getAttribute('open')).not.toBeNull();
    // A link to a folded part opens it.
    await page.goto(site.url('/regions/greater-manchester/#findings-staff'));
    expect(await page.locator('#findings-staff').getAttribute('open')).not.toBeNull();
    expect(await page.locator('#findings-staff a[href^="/findings/"]').first().isVisible()).toBe(true);
    await page.close();
  });

  it('long pages list their parts at the top, and every entry leads to a part of the page', async ({ expect }) => {
    const page = await site.newPage();
    for (const path of ['/regions/greater-manchester/', '/pdus/tameside/']) {
      await page.goto(site.url(path));
      const targets = await page.locator('nav.contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(targets.length, `${path} contents`).toBeGreaterThanOrEqual(4);
      for (const target of targets) expect(await page.locator(target).count(), `${path}${target}`).toBe(1);
    }
    await page.close();
  });
});
