/**
 * Issue 23, part 3: the chart components, rendered by Astro's Container API from the shared examples
 * (tests/fixtures/components/examples.ts), checked for what every chart owes a reader and for accessibility.
 */
import { afterAll, describe, expect, it } from 'vitest';
import ChartFigure from '../../../src/components/charts/ChartFigure.astro';
import { chartExamples } from '../../fixtures/components/examples';
import { closeBrowser, renderedPage, violationsOf } from './render';

afterAll(closeBrowser);

describe.each(Object.entries(chartExamples))('the chart figure for %s', (_, chart) => {
  it('gives the chart a heading, a takeaway, an SVG with a title and a description, and its data as a table with a caption', async () => {
    const page = await renderedPage(ChartFigure, { chart });
    const read = await page.evaluate((id) => {
      const svg = document.querySelector('svg');
      return {
        labelledBy: document.querySelector('figure')?.getAttribute('aria-labelledby'),
        heading: document.getElementById(`${id}-heading`)?.textContent,
        takeaway: document.querySelector('.chart__takeaway')?.textContent,
        svgTitle: svg?.querySelector('title')?.textContent?.trim(),
        svgDesc: svg?.querySelector('desc')?.textContent?.trim(),
        caption: document.querySelector('table caption')?.textContent,
        rows: document.querySelectorAll('table tbody tr').length,
      };
    }, chart.id);
    await page.close();
    expect(read.labelledBy).toBe(`${chart.id}-heading`);
    expect(read.heading).toBe(chart.title);
    expect(read.takeaway).toBe(chart.takeaway);
    expect(read.svgTitle).toBeTruthy();
    expect(read.svgDesc).toBeTruthy();
    expect(read.caption).toBe(chart.table.caption);
    expect(read.rows).toBe(chart.table.rows.length);
  });

  it('offers its data (CSV) and the chart (SVG, PNG) to download, and the HTML to embed it', async () => {
    const page = await renderedPage(ChartFigure, { chart });
    const downloads = await page.$$eval('a[download]', (links) => links.map((a) => a.getAttribute('download')));
    const embed = await page.textContent('.chart__embed code');
    await page.close();
    expect(downloads).toEqual([`${chart.id}.csv`, `${chart.id}.svg`, `${chart.id}.png`]);
    expect(embed).toContain('<iframe');
  });

  it('has no accessibility violation (axe-core, WCAG 2.2 A and AA)', async () => {
    const page = await renderedPage(ChartFigure, { chart });
    const violations = await violationsOf(page);
    await page.close();
    expect(violations).toEqual([]);
  });
});
