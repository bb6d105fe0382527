import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuildsDone } from './support/background';
import { connectChromium } from './support/browser';
import { startDevServer } from './support/dev-server';

// `npm run dev` over the real content, opened in Chromium: the developer loop works as the built site does.
let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
let browser: Browser | undefined;
beforeAll(async () => {
  // The dev server uses Astro's content store in .astro/, as the run's test builds do: it starts after them.
  await astroBuildsDone();
  [server, browser] = await Promise.all([startDevServer(), connectChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const dev = () => {
  if (!server || !browser) throw new Error('The dev server or the browser did not start');
  return { server, browser };
};

describe('npm run dev', () => {
  it('shows the styled home page with no console errors', async () => {
    const { server, browser } = dev();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(server.url('/'), { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    // Only the site's stylesheet sets these: the header in the brand colour, the system font stack.
    expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 61, 92)');
    expect(await page.locator('body').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^system-ui/);
    // The Content-Security-Policy is for built pages: in dev it would block what Vite injects.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(0);
    expect(errors, server.output()).toEqual([]);
    await page.close();
  });

  it('serves every CSV the data page links to, ratings.csv among them', async () => {
    const { server } = dev();
    const html = await (await fetch(server.url('/data/'))).text();
    const links = [...new Set([...html.matchAll(/href="(\/data\/[^"]+\.csv)"/g)].flatMap((m) => (m[1] ? [m[1]] : [])))];
    expect(links).toContain('/data/ratings.csv');
    for (const link of links) {
      const response = await fetch(server.url(link));
      expect(response.status, link).toBe(200);
      expect(response.headers.get('content-type'), link).toMatch(/^text\/csv/);
      expect((await response.text()).split('\n')[0], link).toContain(',');
    }
  });

  it('serves the citations files a letter’s page links to', async () => {
    const { server } = dev();
    const html = await (await fetch(server.url('/letters/greater-manchester-2023-05/'))).text();
    const links = [...html.matchAll(/href="(\/letters\/[^"]+\/citations\.(?:bib|ris|json))"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
    expect(links).toHaveLength(3);
    for (const link of links) {
      const response = await fetch(server.url(link));
      expect(response.status, link).toBe(200);
      expect(await response.text(), link).toContain('greater-manchester-2023-05-staff-improvement-2');
    }
  });

  it('says on the search page that the search index comes from npm run build', async () => {
    const { server, browser } = dev();
    const page = await browser.newPage();
    await page.goto(server.url('/search/'), { waitUntil: 'domcontentloaded' });
    await expect(page.locator('[data-dev-notice]').textContent()).resolves.toMatch(/npm run build/);
    await page.close();
  });

  it('serves the search index of the last build, as it was written, and searches with it', async () => {
    const { server, browser } = dev();
    const manifest = await fetch(server.url('/search-index/manifest.json.gz'));
    expect(manifest.status).toBe(200);
    expect([...new Uint8Array(await manifest.arrayBuffer()).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const page = await browser.newPage();
    await page.goto(server.url('/search/?q=BBR'));
    await page.waitForFunction(() => /\d+ results?/.test(document.querySelector('[data-status]')?.textContent ?? ''), null, {
      timeout: 30_000,
    });
    await expect(page.locator('.result__title a').allInnerTexts()).resolves.toContain(
      'Tameside recommendation 8: reduce waiting times for accredited programmes, particularly…',
    );
    await page.close();
  });
});
