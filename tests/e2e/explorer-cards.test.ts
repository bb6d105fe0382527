import { afterAll, beforeAll, describe, it } from 'vitest';
import { axeViolations } from './support/axe';
import { openSite } from './support/browser';
import { explorerColumns } from '../../src/lib/url-state/explorer-options';
import { cards, settled, tooWide } from './support/explorer';

/*
 * The recommendations explorer on a phone and on a wide screen, with JavaScript and without: one table, shown below
 * 55rem as one card per recommendation. (Its pager on cards is tried on the corpus, whose explorer has two pages:
 * corpus.test.ts.)
 */

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

const phone = { width: 390, height: 844 };
const wide = { width: 1280, height: 900 };

/**
 * A page of the explorer at a size, with the site's scripts or without them. "Without" blocks the scripts rather than
 * turning JavaScript off, so axe can still run in the page; the page is then exactly what a reader without JavaScript
 * gets (no script of the site runs).
 */
async function explorer(viewport: { width: number; height: number }, js: boolean, path = '/recommendations/') {
  // A tab of the file's one browser context, at the viewport's size (a context per page costs Chromium twice the work).
  const page = await site.newPage();
  await page.setViewportSize(viewport);
  if (!js) await page.route('**/*.js', (route) => route.abort());
  await page.goto(site.url(path));
  if (js) await page.waitForSelector('[data-explorer-filters]:not([hidden])');
  return { page, close: () => page.close() };
}

describe.concurrent('the recommendations explorer at 390 and 1280 px, with and without JavaScript', () => {
  for (const [name, viewport] of [
    ['390', phone],
    ['1280', wide],
  ] as const)
    for (const js of [true, false])
      it(`at ${name} px ${js ? 'with' : 'without'} JavaScript has nothing wider than the screen, a CSV link and no axe violations`, async ({
        expect,
      }) => {
        const { page, close } = await explorer(viewport, js);
        expect(await tooWide(page)).toEqual([]);
        const csv = page.locator('[data-explorer-download]');
        expect(await csv.isVisible()).toBe(true);
        expect(await csv.getAttribute('href')).toBe('/data/recommendations.csv');
        expect(await page.locator('.explorer__table tbody tr').count()).toBe(28);
        expect(await axeViolations(page)).toEqual([]);
        await close();
      });

  it('shows each recommendation as a card on a phone: its PDU and number, its text, then each value named as the table’s header names it', async ({
    expect,
  }) => {
    const { page, close } = await explorer(phone, false);
    expect(await page.locator('.explorer__table thead').isVisible()).toBe(false);
    const shown = await cards(page);
    expect(shown).toHaveLength(28);
    const labels = explorerColumns.slice(2).map((c) => `"${c.label}: "`);
    expect(labels).toEqual(['"Addressed to: "', '"PDU: "', '"Region: "', '"Date: "', '"Domains: "']);
    for (const card of shown) {
      expect(card.shown, card.id).toBe(true);
      expect(card.name, card.id).toMatch(/^(Manchester North|Tameside|Wigan) recommendation \d+$/);
      expect(card.text.length, card.id).toBeGreaterThan(20);
      expect(
        card.fields.map(([label]) => label),
        card.id,
      ).toEqual(labels);
      for (const [label, value] of card.fields) expect(value.trim(), `${card.id} ${label}`).not.toBe('');
    }
    const first = shown[0];
    expect(first?.name).toBe('Manchester North recommendation 1');
    expect(first?.fields.map(([, value]) => value)).toEqual([
      'Manchester North PDU',
      'Manchester North',
      'Greater Manchester',
      '25 May 2023',
      '1.2 Staff, 2.2 Assessment, 2.3 Planning, 2.4 Implementation and delivery, 2.5 Reviewing',
    ]);
    // Without JavaScript the order cannot change, and the page says what it is.
    expect(await page.locator('[data-explorer-order]').innerText()).toBe('Newest first.');
    expect(await page.locator('[data-explorer-filters]').isVisible()).toBe(false);
    await close();
  });

  it('shows the table on a wide screen, each row headed by its number alone, the header naming the columns', async ({ expect }) => {
    const { page, close } = await explorer(wide, true);
    expect(await page.locator('.explorer__table thead th').allInnerTexts()).toEqual(explorerColumns.map((c) => c.label));
    // Its accessible name says what it is; the PDU's name is clipped to nothing on screen, the PDU being a column.
    const header = page.locator('.explorer__table').getByRole('rowheader').first();
    expect(await header.textContent()).toBe('Manchester North recommendation 1');
    expect(
      await header.evaluate((th) => (th.querySelector('.explorer__of') as HTMLElement).getBoundingClientRect().width),
    ).toBeLessThanOrEqual(1);
    expect((await cards(page)).every((c) => c.fields.every(([label]) => label === 'none'))).toBe(true);
    // The sentence for readers without JavaScript gives way to the control.
    expect(await page.locator('[data-explorer-order]').isVisible()).toBe(false);
    await close();
  });

  it('sorts and filters the cards on a phone with the Sort by control and the filters, keeping both in the URL', async ({ expect }) => {
    const { page, close } = await explorer(phone, true);
    const sort = page.locator('select[name="sort"]');
    expect(await sort.isVisible()).toBe(true);
    expect(await sort.inputValue()).toBe('date-desc');
    await sort.selectOption({ label: 'PDU, Z to A' });
    await settled(page);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('pdu-desc');
    const pdus = (await cards(page)).map((c) => c.fields[1]?.[1] ?? '');
    expect(pdus).toHaveLength(28);
    expect(pdus).toEqual([...pdus].sort((a, b) => b.localeCompare(a)));
    expect(pdus[0]).toBe('Wigan');
    await page.selectOption('select[name="addressee"]', 'hmpps');
    await settled(page);
    const hmpps = await cards(page);
    expect(hmpps.map((c) => c.name)).toEqual([
      'Wigan recommendation 8',
      'Wigan recommendation 9',
      'Tameside recommendation 9',
      'Tameside recommendation 10',
    ]);
    expect(hmpps.every((c) => c.shown && c.fields[0]?.[1] === 'HM Prison and Probation Service')).toBe(true);
    expect(new URL(page.url()).search).toBe('?addressee=hmpps&sort=pdu-desc');
    expect(await page.locator('[data-explorer-download]').innerText()).toBe('Download these 4 rows (CSV)');
    expect(await tooWide(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    // The URL brings the sort back, into the control.
    await page.reload();
    await settled(page);
    expect(await page.inputValue('select[name="sort"]')).toBe('pdu-desc');
    // Clearing the filters keeps the sort.
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => new URL(location.href).search === '?sort=pdu-desc');
    expect(await page.locator('.explorer__table tbody tr').count()).toBe(28);
    await close();
  });

  it('sorts by a column’s header on a wide screen and shows the sort in the Sort by control too', async ({ expect }) => {
    const { page, close } = await explorer(wide, true);
    await page.click('th[data-sort-key="number"] button');
    await settled(page);
    expect(await page.inputValue('select[name="sort"]')).toBe('number-asc');
    await page.selectOption('select[name="sort"]', 'date-desc');
    expect(await page.getAttribute('th[data-sort-key="date"]', 'aria-sort')).toBe('descending');
    expect(await page.getAttribute('th[data-sort-key="number"]', 'aria-sort')).toBeNull();
    await close();
  });
});
