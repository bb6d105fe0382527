import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openSite } from './support/browser';
import { readCsv } from './support/csv';
import { builtPage, distDir } from './support/site';

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** The PDUs whose rows the chart's form on show (the wide or the narrow one, src/lib/charts/forms.ts) draws. */
const visibleRows = (page: import('playwright-core').Page, chart: string) =>
  page
    .locator(`#${chart} .chart-form:visible svg g.matrix-row, #${chart} .chart-form:visible svg g.bar`)
    .evaluateAll((gs) => gs.filter((g) => (g as SVGGElement).style.display !== 'none').map((g) => g.getAttribute('data-pdu')));

// Its accessibility with a selection showing is checked with every page type (every-page-type.test.ts).
describe.concurrent('the compare page in Chromium', () => {
  it('shows just the PDUs named in the URL', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/compare/?pdus=wigan,tameside'));
    await page.waitForSelector('[data-comparison]:not([hidden])');
    expect(await page.locator('[data-comparison-heading]').innerText()).toBe('Comparing Tameside and Wigan');
    expect(await visibleRows(page, 'compare-ratings')).toEqual(['tameside', 'wigan']);
    expect(await visibleRows(page, 'compare-scores')).toEqual(['tameside', 'wigan']);
    expect(await page.locator('#compare-scores tbody tr:not([hidden]) th').allTextContents()).toEqual(['Tameside', 'Wigan']);
    expect(await page.locator('[data-figures-pdus] thead th:not([hidden])').allInnerTexts()).toEqual(['Figure', 'Tameside', 'Wigan']);
    await page.close();
  });

  it('shows the same PDUs in the narrow forms on a phone, closed up with no gap, every hidden form following too', async ({ expect }) => {
    const page = await site.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url('/compare/?pdus=wigan,tameside'));
    await page.waitForSelector('[data-comparison]:not([hidden])');
    const shown = (chart: string) =>
      page
        .locator(`#${chart} .chart-form`)
        .evaluateAll((forms) => forms.filter((f) => f.getClientRects().length).map((f) => (f as HTMLElement).dataset.form));
    expect(await shown('compare-ratings')).toEqual(['blocks']);
    expect(await shown('compare-scores')).toEqual(['stacked-bars']);
    expect(await visibleRows(page, 'compare-ratings')).toEqual(['tameside', 'wigan']);
    expect(await visibleRows(page, 'compare-scores')).toEqual(['tameside', 'wigan']);
    // Each form, shown or not, draws just the two, the first at the top and the chart ending under the second.
    for (const chart of ['compare-ratings', 'compare-scores']) {
      const forms = await page.locator(`#${chart} svg.chart-svg`).evaluateAll((svgs) =>
        svgs.map((svg) => {
          const rows = [...svg.querySelectorAll<SVGGElement>('g.matrix-row, g.bar')].filter((g) => g.style.display !== 'none');
          return {
            pdus: rows.map((g) => g.dataset.pdu),
            firstAtTop: rows[0]?.getAttribute('transform') === `translate(0 ${svg.getAttribute('data-top')})`,
            height: (svg as SVGSVGElement).viewBox.baseVal.height,
            drawn: Number(svg.getAttribute('height')) / Number(svg.getAttribute('width')),
            ratio: (svg as SVGSVGElement).viewBox.baseVal.height / (svg as SVGSVGElement).viewBox.baseVal.width,
            lastBottom: Math.max(
              ...rows.map(
                (g) =>
                  g.getBBox().y + g.getBBox().height + Number(/translate\(0 ([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 0),
              ),
            ),
          };
        }),
      );
      expect(forms.length, chart).toBe(2);
      for (const form of forms) {
        expect(form.pdus, chart).toEqual(['tameside', 'wigan']);
        expect(form.firstAtTop, chart).toBe(true);
        expect(form.drawn, chart).toBeCloseTo(form.ratio, 2);
        // No more than an axis or some padding under the last row shown.
        expect(form.height - form.lastBottom, chart).toBeLessThan(60);
      }
    }
    await page.close();
  });

  it('puts a choice made in the form into the URL as ?pdus=a,b', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/compare/'));
    await page.check('#pick-pdu-manchester-north');
    await page.check('#pick-pdu-wigan');
    await page.click('[data-compare-form] button[type=submit]');
    await page.waitForSelector('[data-comparison]:not([hidden])');
    expect(new URL(page.url()).search).toBe('?pdus=manchester-north,wigan');
    expect(await visibleRows(page, 'compare-ratings')).toEqual(['manchester-north', 'wigan']);
    await page.close();
  });

  it('says what is wrong with a selection of one, and shows nothing', async ({ expect }) => {
    const page = await site.newPage();
    await page.goto(site.url('/compare/?pdus=wigan'));
    await page.waitForFunction(() => document.querySelector('[data-compare-message]')?.textContent !== '');
    expect(await page.locator('[data-compare-message]').innerText()).toBe('Choose at least 2 PDUs to compare.');
    expect(await page.locator('[data-comparison]').isVisible()).toBe(false);
    await page.close();
  });

  it('offers as CSV exactly the chosen PDUs’ rows of each chart, as the full chart CSV has them', async ({ expect }) => {
    const context = await site.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(site.url('/compare/?pdus=wigan,tameside'));
    await page.waitForSelector('[data-comparison]:not([hidden])');
    for (const chart of ['compare-ratings', 'compare-scores']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#${chart} a[data-csv]`)]);
      expect(download.suggestedFilename()).toBe(`${chart}-wigan-tameside.csv`);
      // The browser is connected remotely, so the download is read as a stream rather than from its path.
      const chunks: Buffer[] = [];
      for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
      const text = Buffer.concat(chunks).toString('utf8');
      expect(text.startsWith('\ufeff')).toBe(true);
      const [head, ...rows] = csvParseRows(text.slice(1));
      const [fullHead, ...fullRows] = readCsv(`${distDir}/data/charts/${chart}.csv`);
      expect(fullRows.length).toBeGreaterThan(2);
      expect(head).toEqual(fullHead);
      expect(rows).toEqual(fullRows.filter((row) => ['Tameside', 'Wigan'].includes(row[0] ?? '')));
    }
    await context.close();
  });

  it('links each ready-made region comparison to CSVs of exactly that region’s PDUs', ({ expect }) => {
    const html = builtPage('/compare/greater-manchester/');
    const links = [...html.matchAll(/href="(\/data\/charts\/[^"]+\.csv)"/g)].map((m) => m[1]);
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(
        readCsv(`${distDir}${link}`)
          .slice(1)
          .map((row) => row[0]),
        link,
      ).toEqual(['Manchester North', 'Tameside', 'Wigan']);
  });

  it('offers a ready-made comparison of a region’s PDUs that works without JavaScript', async ({ expect }) => {
    const page = await site.newPage({ javaScript: false });
    await page.goto(site.url('/compare/greater-manchester/'));
    expect(await page.locator('#region-greater-manchester-scores .chart-form:visible svg g.bar').count()).toBe(3);
    expect(await page.locator('.figure-comparison thead th').allInnerTexts()).toEqual(['Figure', 'Manchester North', 'Tameside', 'Wigan']);
    await page.close();
  });
});
