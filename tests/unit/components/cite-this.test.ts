/**
 * Issue 23, part 3: "Link to and cite this", rendered by Astro's Container API from the shared examples, checked for
 * what a journalist needs without JavaScript and for accessibility.
 */
import { afterAll, describe, expect, it } from 'vitest';
import CiteThis from '../../../src/components/CiteThis.astro';
import { citeExamples } from '../../fixtures/components/examples';
import { closeBrowser, renderedPage, violationsOf } from './render';

afterAll(closeBrowser);

describe.each(Object.entries(citeExamples))('"Link to and cite this" for a %s', (_, props) => {
  it('shows the permanent link and a readable reference as text, with the copy buttons hidden until a script shows them', async () => {
    const page = await renderedPage(CiteThis, props);
    const read = await page.evaluate(() => ({
      heading: document.querySelector('h2')?.textContent,
      url: document.getElementById('permalink-url')?.textContent,
      reference: document.getElementById('cite-reference')?.textContent?.trim(),
      buttons: [...document.querySelectorAll('button.copy-button')].map((b) => b.hasAttribute('hidden')),
    }));
    await page.close();
    expect(read.heading).toBe('Link to and cite this');
    expect(read.url).toBe(props.citation.url);
    expect(read.reference).toBeTruthy();
    expect(read.buttons.length).toBeGreaterThan(0);
    expect(read.buttons.every(Boolean)).toBe(true);
  });

  it('gives the reference as BibTeX, RIS and CSL-JSON to select', async () => {
    const page = await renderedPage(CiteThis, props);
    const text = (await page.textContent('body')) ?? '';
    await page.close();
    for (const format of ['BibTeX', 'RIS', 'CSL-JSON']) expect(text).toContain(format);
  });

  it('has no accessibility violation (axe-core, WCAG 2.2 A and AA)', async () => {
    const page = await renderedPage(CiteThis, props);
    const violations = await violationsOf(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
