import { afterAll, beforeAll, describe, it } from 'vitest';
import { must } from '../support';
import { openSite } from './support/browser';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

describe.concurrent('the letter page in Chromium', () => {
  it('follows an in-page link to a recommendation’s anchor and finds it', async ({ expect }) => {
    const page = await site.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url('/letters/greater-manchester-2023-05/'));
    await page.click('a[href="#annexe-recommendations"]');
    expect(new URL(page.url()).hash).toBe('#annexe-recommendations');

    const id = 'greater-manchester-2023-05-tameside-8';
    await page.click(`a[href="#${id}"]`);
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const target = page.locator(':target');
    expect(await target.getAttribute('id')).toBe(id);
    expect(await target.innerText()).toContain(
      'reduce waiting times for accredited programmes, particularly Building Better Relationships.',
    );
    expect(await target.isVisible()).toBe(true);
    const box = must(await target.boundingBox(), 'the target’s bounding box (it is not displayed)');
    const viewport = must(page.viewportSize(), 'the page’s viewport size');
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(viewport.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a finding’s permanent anchor straight from a URL', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/letters/greater-manchester-2023-05/#greater-manchester-2023-05-staff-improvement-2'));
    const target = page.locator(':target');
    expect(await target.innerText()).toContain('Some workloads were high and difficult to manage.');
    await page.close();
  });

  it('reaches the letter from the home page', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/'));
    await page.click('text=Regional inspection letter: Greater Manchester');
    expect(new URL(page.url()).pathname).toBe('/letters/greater-manchester-2023-05/');
    expect(await page.locator('h1').innerText()).toBe('Regional inspection letter: Greater Manchester');
    await page.close();
  });
});
